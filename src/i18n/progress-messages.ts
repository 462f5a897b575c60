// A plan's progress in one phrase, in the user's language: by status, or, for a plan without
// status columns, the measures with a reported result (never "done 0" for a plan that cannot say).
import type { Progress } from "../domain/progress";
import type { Language } from "./catalogue";
import { translate } from "./translate";

export function progressText(language: Language, progress: Progress): string {
  return progress.hasStatus
    ? translate(language, "progress.doneCount", {
        total: progress.total,
        done: progress.counts.done,
      })
    : translate(language, "progress.resultCount", {
        total: progress.total,
        count: progress.withResult,
      });
}
