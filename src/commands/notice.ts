// The dialog a ribbon command opens to tell the user something: the message key and language
// come in the query string, the text from the catalogue (textContent, never markup).
import { wireNoticeButton } from "../excel/ribbon";
import { MessageParams, messageKeyOr, translate } from "../i18n/translate";

const query = new URLSearchParams(window.location.search);
const key = query.get("message") ?? "";
const language = query.get("lang") === "en" ? "en" : "th";
function paramsFrom(text: string | null): MessageParams {
  try {
    const parsed: unknown = JSON.parse(text ?? "{}");
    if (!parsed || typeof parsed !== "object") return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(([, value]) => ["string", "number"].includes(typeof value))
    ) as MessageParams;
  } catch {
    // A damaged link still shows the message, without its details.
    return {};
  }
}

const message = document.getElementById("message");
if (message) {
  message.textContent = translate(
    language,
    messageKeyOr(key, "error.unknown"),
    paramsFrom(query.get("params"))
  );
}
const ok = document.getElementById("ok");
if (ok) {
  ok.textContent = translate(language, "notice.ok");
  wireNoticeButton(ok);
}
document.documentElement.lang = language;
