// An SVG emblem drawn to a PNG in the web view, for the .docx's fallback picture: Word 2016 and
// later draw the SVG, LibreOffice and older Word draw this PNG instead.
import type { MemoEmblem } from "../domain/memo-form";

const HEIGHT_PX = 236; // 2 cm at 300 dpi: sharp in print at the emblem's 1.5 cm

/** The emblem with a PNG fallback when it is an SVG; unchanged when the web view cannot draw it. */
export async function withRasterFallback(emblem: MemoEmblem): Promise<MemoEmblem> {
  if (emblem.type !== "svg") return emblem;
  const url = URL.createObjectURL(new Blob([emblem.data.slice()], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the SVG cannot be drawn"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.height = HEIGHT_PX;
    canvas.width = Math.max(1, Math.round((HEIGHT_PX * emblem.width) / emblem.height));
    canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) return emblem;
    return { ...emblem, fallback: new Uint8Array(await new Response(png).arrayBuffer()) };
  } catch {
    // Not drawable here (an SVG the web view refuses): Word still draws the SVG itself.
    return emblem;
  } finally {
    URL.revokeObjectURL(url);
  }
}
