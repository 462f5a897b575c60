import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ReactNode, useState } from "react";
import { useTranslator } from "../i18n-context";

// A step fits a 700 px pane: the first few of a long list, its count, and the way to see all.
const FIRST = 5;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function CappedList(props: {
  items: ReactNode[];
  label?: string;
  className?: string;
  /** Beside the show-all button, e.g. "go to the first one". */
  actions?: ReactNode;
}) {
  const { t } = useTranslator();
  const styles = useStyles();
  const id = useId("list");
  const [all, setAll] = useState(false);
  const { items } = props;
  return (
    <>
      <ul id={id} className={props.className ?? styles.list} aria-label={props.label}>
        {all ? items : items.slice(0, FIRST)}
      </ul>
      {(props.actions || items.length > FIRST) && (
        <div>
          {props.actions}
          {items.length > FIRST && (
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={all}
              aria-controls={id}
              onClick={() => setAll(!all)}
            >
              {all
                ? t("plan.showFewer", { count: FIRST })
                : t("plan.showAll", { count: items.length })}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
