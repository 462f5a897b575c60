import { createContext, ReactNode, useContext, useMemo } from "react";
import type { Language, MessageKey } from "../i18n/catalogue";
import { toThaiDigits } from "../domain/thai-text";
import { formatNumber, MessageParams, translate } from "../i18n/translate";

export interface Translator {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A number as the pane shows it (Thai digits everywhere or nowhere: the user's setting). */
  num: (value: number) => string;
  /** A text already formatted (a score, a date, a sentence from another module) with its
   * digits as the pane shows them. */
  digits: (text: string) => string;
}

const TranslatorContext = createContext<Translator>({
  language: "th",
  t: (key, params) => translate("th", key, params),
  num: (value) => formatNumber(value),
  digits: (text) => text,
});

export function TranslatorProvider({
  language,
  thaiDigits = false,
  children,
}: {
  language: Language;
  thaiDigits?: boolean;
  children: ReactNode;
}) {
  const value = useMemo<Translator>(
    () => ({
      language,
      t: (key, params) => translate(language, key, params, { thaiDigits }),
      num: (number) => formatNumber(number, { thaiDigits }),
      digits: (text) => (thaiDigits ? toThaiDigits(text) : text),
    }),
    [language, thaiDigits]
  );
  return <TranslatorContext.Provider value={value}>{children}</TranslatorContext.Provider>;
}

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
