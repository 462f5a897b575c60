// A report package's chart as the file holds it: read from its DrawingML part, each series'
// cached name and values, for comparing what the file writer drew.
import { strFromU8, unzipSync } from "fflate";

const cached = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);

/** The XML of the package's chart whose title holds `title`. */
export function chartXmlTitled(packageBytes: Uint8Array, title: string): string {
  const xml = Object.entries(unzipSync(packageBytes))
    .filter(([name]) => name.startsWith("xl/charts/"))
    .map(([, bytes]) => strFromU8(bytes))
    .find((text) => text.includes(title));
  if (!xml) throw new Error(`No chart titled "${title}" in the package`);
  return xml;
}

/** Each <c:ser>'s name and values, in order. */
export function chartSeries(xml: string): { name: string; values: number[] }[] {
  return [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: cached(/<c:tx>(.*?)<\/c:tx>/.exec(ser)![1])[0],
    values: cached(/<c:val>(.*?)<\/c:val>/.exec(ser)![1]).map(Number),
  }));
}

/** Clustered columns, as the status chart of both rounds is drawn. */
export const CLUSTERED_COLUMNS = '<c:barDir val="col"/><c:grouping val="clustered"/>';
