import { catalogues, Language, MessageKey } from "./catalogue";

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its {placeholders}. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** Thai unless the Office UI language says English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale && /^en\b/i.test(locale) ? "en" : "th";
}
