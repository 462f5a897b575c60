import { en, th } from "../../src/i18n/catalogue";
import { cliHelpEn, cliHelpTh } from "../../src/i18n/cli-help-messages";
import { languageFromLocale, translate } from "../../src/i18n/translate";

// "{count}" or, in English, "{count:item|items}" (the word for the count's plural category).
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)(?::[^|}]*\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe("the message catalogue", () => {
  it("has every key in Thai and in English, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
    for (const [key, text] of [...Object.entries(th), ...Object.entries(en)]) {
      expect(`${key}: ${text.trim().length > 0}`).toBe(`${key}: true`);
    }
  });

  it.each([
    ["the pane's", th, en],
    ["the command line's", cliHelpTh, cliHelpEn],
  ] as [string, Record<string, string>, Record<string, string>][])(
    "uses the same placeholders in both languages (%s texts)",
    (_, thai, english) => {
      expect(Object.keys(english).sort()).toEqual(Object.keys(thai).sort());
      for (const key of Object.keys(thai)) {
        expect(`${key}: ${placeholders(english[key])}`).toBe(`${key}: ${placeholders(thai[key])}`);
        expect(`${key}: ${english[key].trim().length > 0}`).toBe(`${key}: true`);
      }
    }
  );

  it("writes the Thai catalogue in Thai", () => {
    const thaiLetters = /[\u0E01-\u0E5B]/;
    const untranslated = Object.entries(th).filter(
      ([key, text]) => !thaiLetters.test(text) && key !== "language.switch"
    );
    expect(untranslated).toEqual([]);
  });

  it("fills placeholders and picks the language from the Office locale", () => {
    expect(translate("en", "template.inserted", { sheet: "Plan", rows: 3 })).toBe(
      'Created sheet "Plan" (3 measures)'
    );
    expect(translate("en", "template.inserted", { sheet: "Plan", rows: 1 })).toBe(
      'Created sheet "Plan" (1 measure)'
    );
    expect(
      translate("th", "template.inserted", { sheet: "แผน", rows: 12 }, { thaiDigits: true })
    ).toBe('สร้างแผ่นงาน "แผน" แล้ว (๑๒ มาตรการ)');
    expect(languageFromLocale("en-US")).toBe("en");
    expect(languageFromLocale("th-TH")).toBe("th");
    expect(languageFromLocale(undefined)).toBe("th");
  });
});
