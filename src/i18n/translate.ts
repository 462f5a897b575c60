import { catalogues, Language, MessageKey, th } from "./catalogue";
import { toThaiDigits } from "../domain/thai-text";

export type MessageParams = Record<string, string | number>;

export interface TranslateOptions {
  /** Numbers given as parameters in Thai digits (the pane's setting). */
  thaiDigits?: boolean;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** A number as the messages show it (years and row numbers too, so never grouped), in Thai
 * digits when chosen. */
export function formatNumber(value: number, options: TranslateOptions = {}): string {
  return options.thaiDigits ? toThaiDigits(String(value)) : String(value);
}

/** Puts the params into a message's {placeholders} (an unknown one stays as written);
 * `{count:item|items}` is the count with the word its plural category asks for
 * (Intl.PluralRules: English "1 item", "2 items"). */
export function fillPlaceholders(
  text: string,
  params: MessageParams,
  language: Language = "th",
  options: TranslateOptions = {}
): string {
  const show = (value: string | number) =>
    typeof value === "number" ? formatNumber(value, options) : value;
  return text.replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      if (one === undefined || typeof value !== "number") return show(value);
      return `${show(value)} ${pluralOf(language, value) === "one" ? one : other}`;
    }
  );
}

/** Looks a message up and fills its {placeholders}. */
export function translate(
  language: Language,
  key: MessageKey,
  params: MessageParams = {},
  options: TranslateOptions = {}
): string {
  return fillPlaceholders(catalogues[language][key], params, language, options);
}

/** Thai unless the Office UI language says English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale && /^en\b/i.test(locale) ? "en" : "th";
}

/** A key from outside the code (a query string, an Excel error code) as a message key, or the fallback. */
export function messageKeyOr(key: string, fallback: MessageKey): MessageKey {
  return key in th ? (key as MessageKey) : fallback;
}
