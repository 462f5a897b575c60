import { MessageBar, MessageBarProps } from "@fluentui/react-components";

/** A message bar without a title: its text is what it says. Fluent points every bar's
 * aria-labelledby at its title's id, which without a title names nothing (axe lists it for
 * review); bars with a title (ErrorBar, HostNotice, Intro) use MessageBar itself. */
export function NoticeBar(props: MessageBarProps) {
  return <MessageBar {...props} aria-labelledby={undefined} />;
}
