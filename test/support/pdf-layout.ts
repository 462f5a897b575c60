// A rendered PDF read geometrically: `pdftotext -bbox-layout` gives every page's lines with their
// boxes (points from the top left), and `pdftoppm` a page's pixels, for checks of where things are.
import { execFileSync } from "child_process";

export interface PdfWord {
  x: number;
  y: number;
  text: string;
}

export interface PdfLine {
  xMin: number;
  yMin: number;
  yMax: number;
  text: string;
  words: PdfWord[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const attribute = (tag: string, name: string) =>
  Number(new RegExp(`${name}="([0-9.]+)"`).exec(tag)?.[1]);

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Every page's lines, top to bottom. */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, pageTag, body]) => {
    const lines = [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(
      ([, lineTag, inner]) => {
        const words = [...inner.matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map(
          ([, tag, text]) => ({
            x: attribute(tag, "xMin"),
            y: attribute(tag, "yMin"),
            text: unescape(text),
          })
        );
        return {
          xMin: attribute(lineTag, "xMin"),
          yMin: attribute(lineTag, "yMin"),
          yMax: attribute(lineTag, "yMax"),
          text: words.map((word) => word.text).join(" "),
          words,
        };
      }
    );
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    return { width: attribute(pageTag, "width"), height: attribute(pageTag, "height"), lines };
  });
}

/** The box (in points) of the pixels of one page close to a colour, or null when there are none. */
export function colourBox(
  pdf: string,
  page: number,
  rgb: [number, number, number]
): { left: number; top: number; right: number; bottom: number } | null {
  const dpi = 36; // half a point a pixel: enough for a 1.5 cm image
  const ppm = execFileSync("pdftoppm", [
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    pdf,
  ]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not write a binary PPM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + (y * width + x) * 3;
      if (rgb.every((value, index) => Math.abs(ppm[at + index] - value) < 40)) {
        box = box ?? { left: x, top: y, right: x, bottom: y };
        box = {
          left: Math.min(box.left, x),
          top: Math.min(box.top, y),
          right: Math.max(box.right, x),
          bottom: Math.max(box.bottom, y),
        };
      }
    }
  }
  const points = 72 / dpi;
  return (
    box && {
      left: box.left * points,
      top: box.top * points,
      right: (box.right + 1) * points,
      bottom: (box.bottom + 1) * points,
    }
  );
}
