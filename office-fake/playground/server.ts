// The playground's web server, on 127.0.0.1 only: the playground page (the sheet view beside the
// pane), the built pane from dist/ with office.js swapped for the double around the fake Excel,
// and the workbook the fake starts with. The pages may load nothing from anywhere else (their
// Content-Security-Policy says so), so nothing leaves the machine.
import { existsSync, readFileSync } from "fs";
import { createServer, IncomingMessage, ServerResponse } from "http";
import { AddressInfo } from "net";
import { join, resolve } from "path";
import { contentType, requestPath, sendFile } from "./static-files";
import type { WorkbookSeed } from "./workbook-seed";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const BUNDLES = join(ROOT, "artifacts/playground");
const PAGE = join(__dirname, "playground.html");
// The pane's office.js tag, as written or as the production build minifies it (src unquoted).
const OFFICE_JS_TAG =
  /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/;
const DOUBLE_TAGS =
  '<script src="/playground/workbook.js"></script><script src="/playground/pane-office.js"></script>';

// Fluent UI puts its styles in <style> elements; a download is a blob: link; an emblem preview
// is a data: or blob: image. Nothing may be fetched from another origin.
const HEADERS = {
  "Cache-Control": "no-store",
  "Content-Security-Policy":
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'",
};

export interface Playground {
  url: string;
  close(): Promise<void>;
}

/** What is missing before the playground can serve: the build's outputs. */
export function missingBuild(): string[] {
  return [join(DIST, "taskpane.html"), join(BUNDLES, "pane-office.js"), join(BUNDLES, "view.js")]
    .filter((file) => !existsSync(file))
    .map((file) => file.slice(ROOT.length + 1));
}

/** The built pane's page loading the double instead of Microsoft's office.js. */
function panePage(): string {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  if (!OFFICE_JS_TAG.test(html)) {
    throw new Error(
      "dist/taskpane.html no longer loads office.js from Microsoft's CDN as expected"
    );
  }
  return html.replace(OFFICE_JS_TAG, DOUBLE_TAGS);
}

function send(response: ServerResponse, body: string, type: string): void {
  response.writeHead(200, { ...HEADERS, "Content-Type": type }).end(body);
}

function handler(seed: WorkbookSeed, pane: string) {
  const workbookScript = `window.playgroundWorkbook = ${JSON.stringify(seed)};\n`;
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405).end();
      return;
    }
    const path = requestPath(request.url);
    if (path === "/" || path === "/index.html")
      send(response, readFileSync(PAGE, "utf8"), contentType(PAGE));
    else if (path === "/taskpane.html") send(response, pane, contentType(path));
    else if (path === "/playground/workbook.js") send(response, workbookScript, contentType(path));
    else if (path?.startsWith("/playground/")) sendFile(BUNDLES, path.slice(11), response, HEADERS);
    else sendFile(DIST, path, response, HEADERS);
  };
}

/** Serves the playground on 127.0.0.1:port (0: any free port) with the fake holding `seed`. */
export async function startPlayground(seed: WorkbookSeed, port: number): Promise<Playground> {
  const server = createServer(handler(seed, panePage()));
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
