// The user's pane preferences (language, Thai digits, intro seen), kept in the browser's local
// storage for this add-in's origin: they belong to the person, not to a workbook. Stored values
// are read back only when they are one of the values the pane writes; storage that is missing
// or refused (some locked-down web views) just means the defaults.
import type { Language } from "../i18n/catalogue";

export interface Preferences {
  language: Language | null;
  thaiDigits: boolean;
  introSeen: boolean;
}

const KEYS = {
  language: "ita-tracker.language",
  thaiDigits: "ita-tracker.thaiDigits",
  introSeen: "ita-tracker.introSeen",
} as const;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function loadPreferences(): Preferences {
  const language = read(KEYS.language);
  return {
    language: language === "th" || language === "en" ? language : null,
    thaiDigits: read(KEYS.thaiDigits) === "true",
    introSeen: read(KEYS.introSeen) === "true",
  };
}

export function savePreference<Key extends keyof Preferences>(
  key: Key,
  value: NonNullable<Preferences[Key]>
): void {
  try {
    window.localStorage.setItem(KEYS[key], String(value));
  } catch {
    // Not remembered this time; the pane works the same.
  }
}
