import { createContext, ReactNode, useContext, useMemo } from "react";
import type { Language, MessageKey } from "../i18n/catalogue";
import { MessageParams, translate } from "../i18n/translate";

export interface Translator {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const TranslatorContext = createContext<Translator>({
  language: "th",
  t: (key, params) => translate("th", key, params),
});

export function TranslatorProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  const value = useMemo<Translator>(
    () => ({ language, t: (key, params) => translate(language, key, params) }),
    [language]
  );
  return <TranslatorContext.Provider value={value}>{children}</TranslatorContext.Provider>;
}

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
