import { Button, ButtonProps, Spinner, Text, useId } from "@fluentui/react-components";

/** A button that shows it is working (a spinner in place of its icon, and not clickable again
 * meanwhile) and, when it cannot be used, says why: the reason is linked with aria-describedby
 * and the button stays focusable so a screen-reader user reaches it. */
export function BusyButton({
  busy,
  disabledReason,
  children,
  ...props
}: ButtonProps & { busy: boolean; disabledReason?: string | null }) {
  const reasonId = useId("reason");
  const blocked = busy || Boolean(disabledReason);
  return (
    <>
      <Button
        {...props}
        disabledFocusable={blocked}
        aria-busy={busy || undefined}
        aria-describedby={disabledReason ? reasonId : undefined}
        icon={busy ? <Spinner size="tiny" /> : props.icon}
      >
        {children}
      </Button>
      {disabledReason && (
        <Text size={200} id={reasonId}>
          {disabledReason}
        </Text>
      )}
    </>
  );
}
