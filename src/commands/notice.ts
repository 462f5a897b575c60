// The dialog a ribbon command opens to tell the user something: the message key and language
// come in the query string, the text from the catalogue (textContent, never markup).
import { messageKeyOr, translate } from "../i18n/translate";

const query = new URLSearchParams(window.location.search);
const key = query.get("message") ?? "";
const language = query.get("lang") === "en" ? "en" : "th";
const message = document.getElementById("message");
if (message) {
  message.textContent = translate(language, messageKeyOr(key, "error.unknown"));
}
document.documentElement.lang = language;
