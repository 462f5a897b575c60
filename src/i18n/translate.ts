import { catalogues, Language, MessageKey, th } from "./catalogue";

export type MessageParams = Record<string, string | number>;

/** Puts the params into a message's {placeholders}; an unknown one stays as written. */
export function fillPlaceholders(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** Looks a message up and fills its {placeholders}. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return fillPlaceholders(catalogues[language][key], params);
}

/** Thai unless the Office UI language says English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale && /^en\b/i.test(locale) ? "en" : "th";
}

/** A key from outside the code (a query string, an Excel error code) as a message key, or the fallback. */
export function messageKeyOr(key: string, fallback: MessageKey): MessageKey {
  return key in th ? (key as MessageKey) : fallback;
}
