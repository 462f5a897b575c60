// The words staff type in a budget cell for "no budget used": an empty amount, not an error
// (a common entry in real plans, as "-" is).
const NO_BUDGET_WORDS = new Set(
  ["ไม่ใช้งบประมาณ", "ไม่ใช้งบ", "ไม่มี", "ไม่มีงบประมาณ", "-", "–", "—"].map((word) =>
    word.normalize("NFC")
  )
);

/** Whether a cell's text says no amount ("ไม่ใช้ งบประมาณ" too: spaces inside are not read). */
export function isNoBudgetText(text: string): boolean {
  return NO_BUDGET_WORDS.has(text.normalize("NFC").replace(/\s/g, ""));
}
