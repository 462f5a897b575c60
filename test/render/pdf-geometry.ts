// Geometry of a rendered PDF: the words (pdftotext -bbox-layout) and the table's ruled lines
// (pdftocairo -svg), for checks that measure where text lies instead of reading it. Clipped text
// stays in a PDF's text layer, so "the text is there" proves nothing; where it lies does.
import { execFileSync } from "child_process";

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Word extends Box {
  text: string;
}

/** A ruled line: a cell border, in points from the page's top left. */
export interface Rule {
  horizontal: boolean;
  /** y of a horizontal rule, x of a vertical one. */
  at: number;
  /** Its extent along its length. */
  from: number;
  to: number;
}

export interface PageGeometry {
  page: number;
  width: number;
  height: number;
  words: Word[];
  rules: Rule[];
}

const number = (text: string) => Number.parseFloat(text);

function wordsOf(html: string): { width: number; height: number; words: Word[] }[] {
  return html
    .split("<page ")
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const words = [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
        ),
      ].map((m) => ({
        xMin: number(m[1]),
        yMin: number(m[2]),
        xMax: number(m[3]),
        yMax: number(m[4]),
        text: m[5],
      }));
      return { width: number(size[1]), height: number(size[2]), words };
    });
}

/** Black lines of one page's SVG (cell borders; charts draw theirs in grey), in the
 * page's top-left coordinates. */
function rulesOf(svg: string): Rule[] {
  const rules: Rule[] = [];
  const stroked =
    /<path style="fill:none;[^"]*stroke:rgb\(0%,0%,0%\)[^"]*" d="M ([-\d.]+) ([-\d.]+) L ([-\d.]+) ([-\d.]+) "(?: transform="matrix\(([^)]*)\)")?/g;
  for (const m of svg.matchAll(stroked)) {
    const [a, b, c, d, e, f] = (m[5] ?? "1,0,0,1,0,0").split(",").map(number);
    const point = (x: number, y: number) => [a * x + c * y + e, b * x + d * y + f];
    const [x1, y1] = point(number(m[1]), number(m[2]));
    const [x2, y2] = point(number(m[3]), number(m[4]));
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > 5) {
      rules.push({
        horizontal: true,
        at: (y1 + y2) / 2,
        from: Math.min(x1, x2),
        to: Math.max(x1, x2),
      });
    } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > 5) {
      rules.push({
        horizontal: false,
        at: (x1 + x2) / 2,
        from: Math.min(y1, y2),
        to: Math.max(y1, y2),
      });
    }
  }
  return rules;
}

export function pdfGeometry(pdf: string, pages: number): PageGeometry[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    maxBuffer: 1 << 28,
  }).toString();
  return wordsOf(html)
    .slice(0, pages)
    .map((page, index) => {
      const svg = execFileSync(
        "pdftocairo",
        ["-svg", "-f", String(index + 1), "-l", String(index + 1), pdf, "-"],
        { maxBuffer: 1 << 28 }
      ).toString();
      return { page: index + 1, ...page, rules: rulesOf(svg) };
    });
}

const TOLERANCE = 1;

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return width > 0 && height > 0 ? width * height : 0;
}

const area = (box: Box) => (box.xMax - box.xMin) * (box.yMax - box.yMin);

/** Every page's problems (see clippingProblems). */
export function allClippingProblems(pages: PageGeometry[], margin: number): string[] {
  return pages.flatMap((page, index) => clippingProblems(page, margin, pages[index + 1]));
}

/** Everything that shows text cut by a row's edge, over another text, or off the printable
 * area: a word crossing a ruled row line, two words drawn over each other, a word within
 * `margin` points of the page's edge. Empty when nothing is clipped. */
export function clippingProblems(
  page: PageGeometry,
  margin: number,
  nextPage?: PageGeometry
): string[] {
  const problems: string[] = [];
  // LibreOffice also draws a chart that starts a page at the foot of the page before, past its
  // bottom edge, where nothing prints: such a word is excused when the next page has it in place.
  // The ghost may be cut into words differently (a Thai word split at its marks), so its text is
  // looked for in the next page's printed text above its footer (the page numbers repeat).
  const footer = (of: PageGeometry) => of.height - 2 * margin - 20;
  const printedNext = (nextPage?.words ?? [])
    .filter((word) => word.yMax < footer(nextPage!))
    .map((w) => w.text)
    .join("");
  const ghost = (word: Word) => word.yMin > footer(page) && printedNext.includes(word.text);
  const where = (word: Word) =>
    `page ${page.page}: "${word.text}" at (${word.xMin.toFixed(1)}, ${word.yMin.toFixed(1)})`;
  for (const word of page.words) {
    if (
      word.xMin < margin - TOLERANCE ||
      word.yMin < margin - TOLERANCE ||
      word.xMax > page.width - margin + TOLERANCE ||
      (word.yMax > page.height - margin + TOLERANCE && !ghost(word))
    ) {
      problems.push(`${where(word)} lies outside the printable area`);
    }
    const crossed = page.rules.find((rule) => {
      const [low, high, along0, along1] = rule.horizontal
        ? [word.yMin, word.yMax, word.xMin, word.xMax]
        : [word.xMin, word.xMax, word.yMin, word.yMax];
      return (
        along1 > rule.from &&
        along0 < rule.to &&
        low < rule.at - TOLERANCE &&
        high > rule.at + TOLERANCE
      );
    });
    if (crossed) {
      const edge = crossed.horizontal ? "below its row's edge" : "across its column's edge";
      problems.push(`${where(word)} runs ${edge} at ${crossed.at.toFixed(1)}`);
    }
  }
  // Words sorted by top: only words whose tops are close can overlap. The ghost of the next
  // page's chart is not printed (clipped at the page's foot), so it covers nothing.
  const sorted = page.words.filter((word) => !ghost(word)).sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].yMin < sorted[i].yMax; j++) {
      const shared = overlapArea(sorted[i], sorted[j]);
      if (shared > 0.2 * Math.min(area(sorted[i]), area(sorted[j]))) {
        problems.push(`${where(sorted[i])} and "${sorted[j].text}" are drawn over each other`);
      }
    }
  }
  return problems;
}

/** A chart's frame on a page: charts are framed in grey, cell borders in black. */
export interface Frame {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

// Pixels per point of the rendering chartFrames reads: at 72 dpi a frame's one-pixel edge that
// falls between two pixel rows is drawn as two rows too light to count, so a frame went unseen.
const FRAME_PIXELS_PER_POINT = 2;

/** The chart frames on one page, top to bottom, in points: the page rendered at 144 dpi, the
 * rows where a line runs the widest length any line on the page runs (a frame's top or bottom
 * edge; gridlines run the narrower plot area). */
export function chartFrames(pdf: string, page: number): Frame[] {
  const at = String(page);
  const dpi = String(72 * FRAME_PIXELS_PER_POINT);
  const image = execFileSync("pdftoppm", ["-gray", "-r", dpi, "-f", at, "-l", at, pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(image.toString("latin1"))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = image.subarray(header[0].length);
  const lines: { y: number; left: number; length: number }[] = [];
  for (let y = 0; y < height; y++) {
    let run = 0;
    let longest = { y, left: 0, length: 0 };
    for (let x = 0; x < width; x++) {
      run = pixels[y * width + x] < 235 ? run + 1 : 0;
      if (run > longest.length) longest = { y, left: x - run + 1, length: run };
    }
    if (longest.length > width / 2) lines.push(longest);
  }
  const widest = Math.max(...lines.map((line) => line.length));
  // An edge is one line, however many pixel rows it takes.
  const edges = lines
    .filter((line) => line.length > widest - 4 * FRAME_PIXELS_PER_POINT)
    .filter((line, index, all) => index === 0 || line.y - all[index - 1].y > 1);
  const points = (pixels: number) => pixels / FRAME_PIXELS_PER_POINT;
  const frames: Frame[] = [];
  for (let i = 0; i + 1 < edges.length; i += 2) {
    const [top, bottom] = [edges[i], edges[i + 1]];
    frames.push({
      top: points(top.y),
      bottom: points(bottom.y),
      left: points(top.left),
      right: points(top.left + top.length),
    });
  }
  return frames;
}
