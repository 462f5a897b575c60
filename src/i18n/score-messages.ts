// A score warning in words, in the user's language.
import type { ScoreWarning } from "../domain/scores";
import type { Language } from "./catalogue";
import { translate } from "./translate";

export function scoreWarningMessage(language: Language, warning: ScoreWarning): string {
  const params = Object.fromEntries(
    Object.entries(warning.params).map(([key, value]) => [key, value.toFixed(2)])
  );
  return translate(language, `score.warning.${warning.code}`, params);
}
