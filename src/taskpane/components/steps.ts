/** The pane's steps, in the order of the year's work. */
export const STEPS = ["plan", "track", "scores", "report", "export"] as const;
export type Step = (typeof STEPS)[number];
