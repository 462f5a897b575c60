// The steps as tabs. Written here rather than Fluent's TabList: TabList brings tabster's
// arrow-key navigation, 23 KB gzipped, which alone would take the pane's first JavaScript past its
// 150 KB budget. This follows the WAI-ARIA tabs pattern instead (one tab in the Tab order, ←/→,
// Home and End move and select) with Fluent's tokens, so it looks and themes like Fluent.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KeyboardEvent, useRef } from "react";
import { useTranslator } from "../i18n-context";
import { Step, STEPS } from "./steps";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

const MOVES: Record<string, (index: number) => number> = {
  ArrowRight: (index) => (index + 1) % STEPS.length,
  ArrowLeft: (index) => (index - 1 + STEPS.length) % STEPS.length,
  Home: () => 0,
  End: () => STEPS.length - 1,
};

export function StepTabs({
  selected,
  onSelect,
}: {
  selected: Step;
  onSelect: (step: Step) => void;
}) {
  const { t } = useTranslator();
  const styles = useStyles();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const to = MOVES[event.key]?.(index);
    if (to === undefined) return;
    event.preventDefault();
    tabs.current[to]?.focus();
    onSelect(STEPS[to]);
  };
  return (
    <div role="tablist" aria-label={t("step.list")} className={styles.list}>
      {STEPS.map((step, index) => (
        <button
          key={step}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`tab-${step}`}
          aria-controls={`panel-${step}`}
          aria-selected={step === selected}
          tabIndex={step === selected ? 0 : -1}
          className={mergeClasses(styles.tab, step === selected && styles.selected)}
          onClick={() => onSelect(step)}
          onKeyDown={(event) => move(event, index)}
        >
          {t(`step.${step}`)}
        </button>
      ))}
    </div>
  );
}
