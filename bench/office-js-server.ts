// office.js served as the CDN serves it: over HTTPS at its own address, which Chromium is told
// resolves to this machine (--host-resolver-rules), with a certificate made for the run. The
// page under test is the built taskpane.html unchanged, and no request is intercepted: a
// Playwright route sends every request through the test process and slowed first paint.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { createServer } from "https";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { join } from "path";

export interface OfficeJsServer {
  /** Chromium's arguments that send office.js's host here and no other name anywhere. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

export async function serveOfficeJs(script: string): Promise<OfficeJsServer> {
  const folder = mkdtempSync(join(tmpdir(), "ita-bench-tls-"));
  try {
    execFileSync(
      "openssl",
      [
        ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
        ...["-subj", "/CN=appsforoffice.microsoft.com"],
        ...["-keyout", join(folder, "key.pem"), "-out", join(folder, "cert.pem")],
      ],
      { stdio: "ignore" }
    );
    const tls = {
      key: readFileSync(join(folder, "key.pem")),
      cert: readFileSync(join(folder, "cert.pem")),
    };
    const body = readFileSync(script);
    const server = createServer(tls, (_request, response) => {
      response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
      response.end(body);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    return {
      chromiumArgs: [
        `--host-resolver-rules=MAP appsforoffice.microsoft.com 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
        // The certificate is the run's own; only office.js's host resolves to anything.
        "--ignore-certificate-errors",
      ],
      close: () => new Promise((done) => server.close(() => done())),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
