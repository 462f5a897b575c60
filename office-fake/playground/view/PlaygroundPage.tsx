// The playground page: a banner saying this is no real Excel, the workbook's sheets on the left
// and the add-in's pane on the right, as Excel shows a task pane.
import { useRef, useState } from "react";
import type { FakeExcelHost } from "../../excel";
import type { WorkbookSeed } from "../workbook-seed";
import { Language, message } from "../messages";
import { SheetView } from "./SheetView";
import { useWorkbookVersion } from "./use-fake";

type PaneWindow = Window & { fakeExcel?: FakeExcelHost; playgroundWorkbook?: WorkbookSeed };

const startLanguage: Language =
  new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "th";

export function PlaygroundPage() {
  const [language, setLanguage] = useState<Language>(startLanguage);
  const frame = useRef<HTMLIFrameElement>(null);
  const [fake, setFake] = useState<FakeExcelHost | null>(null);
  const [source, setSource] = useState("");
  const [empty, setEmpty] = useState(false);
  // The page draws again whenever the version moves: the view reads the fake's model afresh.
  const changed = useWorkbookVersion(fake);
  const say = (key: Parameters<typeof message>[1], params = {}) => message(language, key, params);

  const paneLoaded = () => {
    const pane = frame.current?.contentWindow as PaneWindow | null;
    setFake(pane?.fakeExcel ?? null);
    setSource(pane?.playgroundWorkbook?.source ?? "");
    setEmpty(pane?.playgroundWorkbook?.empty === true);
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%" }} lang={language}>
      <header
        data-testid="playground-banner"
        style={{ background: "#fff0b3", borderBottom: "3px solid #c98a00", padding: "6px 12px" }}
      >
        <strong style={{ fontSize: 15 }}>{say("banner.title")}</strong>{" "}
        <button type="button" onClick={() => setLanguage(language === "th" ? "en" : "th")}>
          {say("language.switch")}
        </button>
        <div>{say("banner.body")}</div>
        <div>
          {say("banner.source", {
            source: source || say(empty ? "banner.empty" : "banner.example"),
          })}
        </div>
      </header>
      <div style={{ display: "flex", flex: 1, minHeight: 0 }}>
        <main style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
          {fake ? (
            <SheetView fake={fake} language={language} changed={changed} />
          ) : (
            <p style={{ padding: 12 }}>{say("pane.waiting")}</p>
          )}
        </main>
        <iframe
          ref={frame}
          title={say("pane.title")}
          src={startLanguage === "en" ? "/taskpane.html?lang=en" : "/taskpane.html"}
          onLoad={paneLoaded}
          style={{ width: 360, border: 0, borderLeft: "1px solid #bbb" }}
        />
      </div>
    </div>
  );
}
