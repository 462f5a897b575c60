import { catalogues, Language, MessageKey, th } from "./catalogue";

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

/** A key from outside the code (a query string, an Excel error code) as a message key, or the fallback. */
export function messageKeyOr(key: string, fallback: MessageKey): MessageKey {
  return key in th ? (key as MessageKey) : fallback;
}
