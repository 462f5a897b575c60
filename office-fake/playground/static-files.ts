// Answers a request with a file under one folder, never outside it: the built pane for the
// browser tests and the playground alike (Node's http module; no server library is needed for
// a handful of static files on 127.0.0.1).
import { createReadStream, existsSync, statSync } from "fs";
import { ServerResponse } from "http";
import { extname, join, normalize } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

export function contentType(path: string): string {
  return TYPES[extname(path)] ?? "application/octet-stream";
}

/** The path part of a request's URL, decoded; null when it does not decode. */
export function requestPath(url: string | undefined): string | null {
  try {
    return normalize(decodeURIComponent(new URL(url ?? "/", "http://x").pathname));
  } catch {
    return null;
  }
}

/** Sends root + path, or 404 when it is not a file inside root. */
export function sendFile(
  root: string,
  path: string | null,
  response: ServerResponse,
  headers: Record<string, string> = {}
): void {
  const file = path === null ? "" : join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { ...headers, "Content-Type": contentType(file) });
  createReadStream(file).pipe(response);
}
