// Hands a file to the user with a blob link (what FileSaver.js does): it works in Excel on the
// web and for Windows (WebView2), and Excel for Mac's web view once ignored it but was fixed
// (OfficeDev/office-js#471). Where a host still ignores it, the pane's message names the
// command-line way, so the user is never left without one.
export function offerDownload(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the host time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const PDF_TYPE = "application/pdf";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
