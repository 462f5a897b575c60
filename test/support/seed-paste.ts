// The seed reports' tables as a person pastes them into Excel: the title lines above the table in
// column A, each table row across cells, a cell's paragraphs (<p>/<li> in the converted text) as
// lines inside the cell, page-break repeats and blank lines as they came.
import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../src/domain/plan-layout";

export const SEEDS = {
  ayutthaya: "000_2c906d758831dc0a.txt",
  wangsaphung: "001_b2aa82242ee0bf58.txt",
  memo: "002_522cc637746c1372.txt",
} as const;

/** Seed 001's report settings, as its title lines give them (round 12 of 2566). */
export const WANGSAPHUNG_SETTINGS = {
  organisation: "เทศบาลเมืองวังสะพุง",
  district: "วังสะพุง",
  province: "เลย",
  fiscalYear: 2566,
  round: 12 as const,
  preparerName: "",
  preparerPosition: "",
};

const TITLE_LINES = 6;

function cellFromConverted(text: string): string {
  const paragraphs = [...text.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)].map((match) => match[2]);
  return (paragraphs.length > 0 ? paragraphs.join("\n") : text).trim();
}

const isTableLine = (line: string) => line.includes("\t");
// The converter marks a table's end with a row of dashes; a paste has no such row.
const isEndMarker = (line: string) => /^-+(\t-+)+\s*$/.test(line);

/** Every table of a seed, each with up to six title lines that precede it. */
export function pastedSeedTables(seed: string): CellValue[][][] {
  const lines = readFileSync(join(__dirname, "..", "fixtures", seed), "utf8").split(/\r?\n/);
  const tables: CellValue[][][] = [];
  let index = 0;
  while (index < lines.length) {
    if (!isTableLine(lines[index]) || isEndMarker(lines[index])) {
      index++;
      continue;
    }
    const title = lines
      .slice(0, index)
      .filter((line) => line.trim() && !isTableLine(line))
      .slice(-TITLE_LINES)
      .map((line): CellValue[] => [line.replace(/\*/g, "").trim()]);
    const rows: CellValue[][] = [];
    while (index < lines.length && !isEndMarker(lines[index])) {
      const line = lines[index];
      if (line.trim() && !isTableLine(line)) break;
      rows.push(line.trim() ? line.split("\t").map(cellFromConverted) : []);
      index++;
    }
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    tables.push([...title, [], ...rows]);
  }
  return tables;
}
