// A mutation fuzzer over valid workbooks: truncated, bytes flipped, parts swapped, dropped or
// doubled, with a fixed seed, run through validate, report and memo (the built command, child
// processes) until a time budget is spent. Every run keeps the corpus's contract: a result, or
// exit 2 with one plain line; never a hang, a raw error or 1 GB; no input changed, nothing stray.
import { createHash } from "crypto";
import { unzipSync } from "fflate";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { errorLines, plainRefusalProblem, Run, runAll, runCommand } from "../corpus/run-command";
import { planPackage, planSheetXml, RawEntry, rawZip } from "../support/raw-package";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";

const SEED = 17;
const BUDGET_MS = 60_000;
const MAX_MUTANTS = 120;
jest.setTimeout(10 * 60_000);

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (bytes: Buffer, random: () => number) => Buffer;

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)];

function partsOf(bytes: Buffer): RawEntry[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

const MUTATIONS: [string, Mutation][] = [
  ["truncate", (bytes, random) => bytes.subarray(0, Math.floor(random() * bytes.length))],
  [
    "flip bytes",
    (bytes, random) => {
      const copy = Buffer.from(bytes);
      const flips = 1 + Math.floor(random() * 8);
      for (let i = 0; i < flips; i++)
        copy[Math.floor(random() * copy.length)] ^= 1 << Math.floor(random() * 8);
      return copy;
    },
  ],
  [
    "swap two parts",
    (bytes, random) => {
      const parts = partsOf(bytes);
      const a = Math.floor(random() * parts.length);
      const b = Math.floor(random() * parts.length);
      [parts[a].data, parts[b].data] = [parts[b].data, parts[a].data];
      return rawZip(parts);
    },
  ],
  [
    "drop a part",
    (bytes, random) => {
      const parts = partsOf(bytes);
      parts.splice(Math.floor(random() * parts.length), 1);
      return rawZip(parts);
    },
  ],
  [
    "double a part under its name",
    (bytes, random) => {
      const parts = partsOf(bytes);
      return rawZip([...parts, pick(parts, random)]);
    },
  ],
  [
    "flip bytes inside a part, checksums kept right",
    (bytes, random) => {
      const parts = partsOf(bytes);
      const part = pick(parts, random);
      const data = Buffer.from(part.data);
      for (let i = 0; i < 4; i++)
        data[Math.floor(random() * data.length)] = Math.floor(random() * 256);
      part.data = data;
      return rawZip(parts);
    },
  ],
];

function digest(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function contractProblem(run: Run): string | null {
  if (run.code === 2) return plainRefusalProblem(run);
  if (run.signal || run.peakMb > 1024) return `killed or over 1 GB`;
  if (run.code !== 0 && run.code !== 1) return `exit ${run.code}`;
  if (errorLines(run).length > 0) return `exit ${run.code} with errors: ${run.stderr.join(" | ")}`;
  if (run.args[0] === "validate") JSON.parse(run.stdout.join("\n"));
  return null;
}

describe("mutated workbooks", () => {
  it("keep the contract under every mutation, within the time budget", async () => {
    const root = scratchDirectory();
    const inputs = join(root, "in");
    const outputs = join(root, "out");
    mkdirSync(inputs);
    mkdirSync(outputs);
    const excel = join(root, "exceljs.xlsx");
    await writeWorkbook(excel, [
      {
        name: "แผน",
        rows: [
          ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ผลการดำเนินการ"],
          ["เผยแพร่ข้อมูล", "ประกาศ", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570", "ดำเนินการแล้ว", "ครบ"],
        ],
        merges: ["A3:B3"],
      },
    ]);
    const seeds = [planPackage(planSheetXml(11)), readFileSync(excel)];
    const random = generator(SEED);
    const started = performance.now();
    const failures: string[] = [];
    const written: string[] = [];
    let mutants = 0;
    while (performance.now() - started < BUDGET_MS && mutants < MAX_MUTANTS) {
      // A batch of two mutants (six runs, two at a time), then the budget is looked at again.
      const batch = [0, 1].map(() => {
        const [name, mutate] = pick(MUTATIONS, random);
        const path = join(inputs, `${String(mutants++).padStart(3, "0")}.xlsx`);
        writeFileSync(path, mutate(pick(seeds, random), random));
        return { name, path, digest: digest(path) };
      });
      const jobs = batch.flatMap(({ path }, index) => {
        const stem = join(outputs, `${mutants - 2 + index}`);
        // Year and organisation given, so a mutant that loses its settings still reaches the writers.
        const given = ["--year", "2570", "--org", "เทศบาลตำบลตัวอย่าง"];
        return [
          ["validate", path, "--json"],
          ["report", path, "-o", `${stem}-report.xlsx`, ...given],
          [
            "memo",
            path,
            "-o",
            `${stem}-memo.docx`,
            ...given,
            "--department",
            "กองคลัง",
            "--number",
            "1",
          ],
        ].map((args) => () => runCommand(args, outputs));
      });
      const runs = await runAll(jobs);
      runs.forEach((run, index) => {
        const { name, path } = batch[Math.floor(index / 3)];
        const problem = contractProblem(run);
        if (problem) failures.push(`${path} (${name}) ${run.args[0]}: ${problem}`);
        if (run.code === 0 && run.args[0] !== "validate") written.push(run.args[3]);
      });
      for (const each of batch) {
        if (digest(each.path) !== each.digest) failures.push(`${each.path} was changed`);
      }
    }
    expect(failures).toEqual([]);
    expect(mutants).toBeGreaterThanOrEqual(10);
    const names = (paths: string[]) => paths.map((path) => path.slice(outputs.length + 1)).sort();
    expect(readdirSync(outputs).sort()).toEqual(names(written));
    process.stdout.write(`fuzz: ${mutants} mutants of ${seeds.length} workbooks, seed ${SEED}\n`);
  });
});
