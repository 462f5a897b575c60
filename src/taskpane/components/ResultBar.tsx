import { MessageBarBody, MessageBarIntent } from "@fluentui/react-components";
import { Revealed } from "./Revealed";
import { NoticeBar } from "./NoticeBar";

/** An action's one-sentence result, under the button that caused it: brought into view and
 * announced. */
export function ResultBar(props: { intent: MessageBarIntent; text: string; testId?: string }) {
  return (
    <Revealed announce={props.text}>
      <div role="status" data-testid={props.testId}>
        <NoticeBar intent={props.intent} layout="multiline">
          <MessageBarBody>{props.text}</MessageBarBody>
        </NoticeBar>
      </div>
    </Revealed>
  );
}
