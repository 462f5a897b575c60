// The cover memo written by the command line, rendered by LibreOffice Writer and checked from the
// PDF's geometry: the form's lines where the regulation puts them, page numbers from page 2 on,
// no page opening with a signature, the emblem at the top left, every measure in ข้อเท็จจริง,
// and the chosen digits throughout. A short plan (4 measures) and a long one (40), with and
// without the emblem, each with three comment levels.
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { toThaiDigits } from "../../src/domain/thai-text";
import { seedWithBudgets } from "../support/budget-seed";
import { writeMemoPlan } from "../support/memo-fixtures";
import { solidPng } from "../support/png";
import { colourBox, PdfPage, pdfPages } from "../support/pdf-layout";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";
import { PageGeometry, pdfGeometry } from "./pdf-geometry";
import { pageCount } from "./render-pdf";

const TODAY = new Date(Date.UTC(2024, 3, 24));
const directory = scratchDirectory();
const artifacts = join(__dirname, "..", "..", "artifacts", "rendered");
const squeeze = (text: string) => text.replace(/\s+/g, "");
const EMBLEM_RGB: [number, number, number] = [0xc0, 0x10, 0x10];
const APPROVERS = [
  "นายสมชาย ใจดี|ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ|ความเห็นหัวหน้าส่วนราชการ",
  "นายอรุณ คุ่มทัน|ปลัดเทศบาลตำบลบ้านตัวอย่าง|ความเห็นปลัดเทศบาล",
  "นายวิชัย มั่นคง|นายกเทศมนตรีตำบลบ้านตัวอย่าง|ความเห็น/คำสั่งนายกเทศมนตรี",
];
// Lines of a signature block: "(name)", a position, "ลงชื่อ ....".
const SIGNATURE_LINE =
  /^\(|^ลงชื่อ|^หัวหน้าฝ่าย|^รักษาราชการแทน|^ผู้อำนวยการ|^ปลัดเทศบาลตำบล|^นายกเทศมนตรีตำบล/;
const PAGE_NUMBER = /^-\s*([0-9๐-๙]+)\s*-$/;

interface Rendered {
  pdf: string;
  docx: string;
  pages: PdfPage[];
  names: string[];
}

// 2565's scores for the plan of 2566: indicators 5, 9 and 10 under 85 (9 the lowest).
const LAST_YEAR_SCORES = "2565:90,88,86,91,80,87,86,88,60,75";
const VARIANTS: Record<
  string,
  { count: number; emblem: boolean; thaiDigits: boolean; scores?: string }
> = {
  short: { count: 4, emblem: true, thaiDigits: true },
  shortPlain: { count: 4, emblem: false, thaiDigits: false },
  long: { count: 40, emblem: true, thaiDigits: false, scores: LAST_YEAR_SCORES },
  longPlain: { count: 40, emblem: false, thaiDigits: true },
};
type Variant = "short" | "shortPlain" | "long" | "longPlain";

const isPortrait = (page: PdfPage) => page.height > page.width;
const memoPages = (memo: Rendered) => memo.pages.filter(isPortrait);
const bodyLines = (page: PdfPage) => page.lines.filter((line) => !PAGE_NUMBER.test(line.text));
const fold = (digits: string) =>
  Number(digits.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));

describe("the memo rendered by LibreOffice Writer", () => {
  const memos = {} as Record<Variant, Rendered>;

  beforeAll(async () => {
    const emblem = join(directory, "emblem.png");
    writeFileSync(emblem, solidPng(60, 66, EMBLEM_RGB));
    const docs: string[] = [];
    for (const [variant, { count, emblem: withEmblem, thaiDigits, scores }] of Object.entries(
      VARIANTS
    )) {
      const plan = join(directory, `plan-${variant}.xlsx`);
      const names = await writeMemoPlan(plan, count);
      const docx = join(directory, `memo-${variant}.docx`);
      const out: string[] = [];
      const args = [
        ...["memo", plan, "-o", docx, "--department", "สำนักปลัดเทศบาล โทร. 0 5641 1234"],
        ...["--number", "ชน 52006/123", "--date", "2024-04-24"],
        ...["--legal", "ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526"],
        ...APPROVERS.flatMap((approver) => ["--approver", approver]),
        ...(withEmblem ? ["--emblem", emblem] : []),
        ...(thaiDigits ? ["--thai-digits"] : []),
        ...(scores ? ["--scores", scores] : []),
      ];
      const code = await runCli(args, {
        out: (t) => out.push(t),
        err: (t) => out.push(t),
        today: TODAY,
      });
      if (code !== 0) throw new Error(out.join("\n"));
      docs.push(docx);
      memos[variant as Variant] = { docx, pdf: docx.replace(/\.docx$/, ".pdf"), pages: [], names };
    }
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", directory, ...docs], {
      stdio: "ignore",
      timeout: 300_000,
    });
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter((file) => file.startsWith("memo-")))
      rmSync(join(artifacts, old));
    for (const [variant, memo] of Object.entries(memos)) {
      memo.pages = pdfPages(memo.pdf);
      execFileSync("pdftoppm", ["-png", "-r", "60", memo.pdf, join(artifacts, `memo-${variant}`)]);
      copyFileSync(memo.pdf, join(artifacts, `memo-${variant}.pdf`));
    }
  }, 400_000);

  it("puts ที่ at the left margin and วันที่ at the middle of the same line", () => {
    for (const memo of Object.values(memos)) {
      const words = memo.pages[0].lines.flatMap((line) => line.words);
      const number = words.find((word) => word.text === "ที่")!;
      const date = words.find((word) => word.text === "วันที่")!;
      expect(Math.abs(number.y - date.y)).toBeLessThan(2);
      expect(number.x).toBeCloseTo(85, -1); // 3 cm
      expect(date.x).toBeCloseTo(85 + (595 - 85 - 57) / 2, -1); // the middle of the text
    }
  });

  it("numbers the pages from the second on, centred at the top as - 2 -", () => {
    for (const memo of Object.values(memos)) {
      const portrait = memoPages(memo);
      expect(portrait.length).toBeGreaterThan(1);
      portrait.forEach((page, index) => {
        const number = page.lines.find((line) => PAGE_NUMBER.test(line.text));
        if (index === 0) return expect(number).toBeUndefined();
        expect(fold(PAGE_NUMBER.exec(number!.text)![1])).toBe(index + 1);
        expect(number!.yMin).toBeLessThan(page.lines.filter((l) => l !== number)[0].yMin);
        const centre = number!.xMin + (number!.words.at(-1)!.x - number!.xMin) / 2;
        expect(Math.abs(centre - (85 + 538) / 2)).toBeLessThan(15);
      });
    }
  });

  it("starts no page with a signature block", () => {
    for (const memo of Object.values(memos)) {
      for (const page of memoPages(memo).slice(1)) {
        expect(bodyLines(page)[0].text).not.toMatch(SIGNATURE_LINE);
      }
    }
  });

  it("draws the emblem at the top left, level with บันทึกข้อความ, only when given", () => {
    for (const [variant, memo] of Object.entries(memos)) {
      const box = colourBox(memo.pdf, 1, EMBLEM_RGB);
      if (!VARIANTS[variant as Variant].emblem) {
        expect(box).toBeNull();
        continue;
      }
      const title = memo.pages[0].lines.find((line) => line.text === "บันทึกข้อความ")!;
      expect(box!.left).toBeCloseTo(85, -1);
      expect(box!.bottom - box!.top).toBeCloseTo((1.5 / 2.54) * 72, -1); // 1.5 cm high
      expect(box!.top).toBeLessThan(title.yMax);
      expect(box!.bottom).toBeGreaterThan(title.yMin);
      const images = execFileSync("pdfimages", ["-list", memo.pdf]).toString().split("\n").slice(2);
      expect(images.filter((line) => /^\s*1\s/.test(line))).toHaveLength(1);
    }
  });

  it("names every measure in ข้อเท็จจริง, one line each with its status", () => {
    for (const [variant, memo] of Object.entries(memos)) {
      const text = squeeze(
        memoPages(memo)
          .flatMap(bodyLines)
          .map((l) => l.text)
          .join("")
      );
      const digits = VARIANTS[variant as Variant].thaiDigits ? toThaiDigits : (t: string) => t;
      const facts = text.slice(
        text.indexOf(squeeze(digits("2. ข้อเท็จจริง"))),
        text.indexOf(squeeze(digits("3. ข้อกฎหมาย")))
      );
      expect(facts.length).toBeGreaterThan(0);
      memo.names.forEach((name, index) =>
        expect(facts).toContain(squeeze(digits(`${index + 1}) ${name} :`)))
      );
    }
  });

  it("tells last year's weak indicators and the measures for each in เรื่องเดิม, only when scores are given", () => {
    // pdftotext may put a tone mark before its vowel: compare without tone marks.
    const plain = (text: string) => squeeze(text).replace(/[\u0e48-\u0e4b]/g, "");
    for (const [variant, memo] of Object.entries(memos)) {
      const text = plain(
        memoPages(memo)
          .flatMap(bodyLines)
          .map((l) => l.text)
          .join("")
      );
      const digits = VARIANTS[variant].thaiDigits ? toThaiDigits : (t: string) => t;
      const background = text.slice(
        text.indexOf(plain(digits("1. เรื่องเดิม"))),
        text.indexOf(plain(digits("2. ข้อเท็จจริง")))
      );
      expect(background.length).toBeGreaterThan(0);
      if (!VARIANTS[variant].scores) {
        expect(background).not.toContain(plain("ตัวชี้วัด"));
        continue;
      }
      expect(background).toContain(
        plain("ผลการประเมินปี 2565 ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (60.00)")
      );
      for (const [number, name] of [
        [5, "การแก้ไขปัญหาการทุจริต"],
        [9, "การเปิดเผยข้อมูล"],
        [10, "การป้องกันการทุจริต"],
      ]) {
        expect(background).toMatch(
          new RegExp(
            `-ตัวชีวัดที${number}${plain(String(name))}\\(\\d+\\.\\d\\d\\)(มีมาตรการรองรับ|ยังไม่มีมาตรการรองรับ)`
          )
        );
      }
    }
  });

  it("states summary figures that add up to the measures, as the report's summary does", () => {
    // 4 measures ticked not started, in progress, done, not started (test/support/memo-fixtures).
    const text = squeeze(
      memoPages(memos.short)
        .flatMap(bodyLines)
        .map((l) => l.text)
        .join("")
    );
    // pdftotext may put a tone mark before its vowel (ทั้ง → ทัง้): compare the figures.
    expect(text).toContain("หมด๔มาตรการดำเนินการแล้วเสร็จ๑มาตรการ(ร้อยละ๒๕)");
    expect(text).toContain("อยู่ระหว่างดำเนินการ๑มาตรการยังไม่ดำเนินการ๒มาตรการ");
  });

  it("writes every number in Thai digits when asked, and in Arabic digits otherwise", async () => {
    for (const [variant, memo] of Object.entries(memos)) {
      const thai = VARIANTS[variant as Variant].thaiDigits;
      const text = memo.pages
        .flatMap(bodyLines)
        .map((line) => line.text)
        .join("\n");
      expect(text).toMatch(thai ? /[๐-๙]/ : /[0-9]/);
      expect(text).not.toMatch(thai ? /[0-9]/ : /[๐-๙]/);
      // Writer draws page numbers in Arabic whatever the format: Word reads this one as ๑ ๒ ๓.
      const xml = await (
        await JSZip.loadAsync(readFileSync(memo.docx))
      )
        .file("word/document.xml")!
        .async("string");
      expect(xml).toContain(`w:fmt="${thai ? "thaiNumbers" : "decimal"}"`);
    }
  });

  it("has the memo form's header lines and the signer in parentheses", () => {
    const text = squeeze(
      memoPages(memos.short)
        .flatMap((page) => page.lines)
        .map((l) => l.text)
        .join("")
    );
    for (const expected of [
      "บันทึกข้อความ",
      "ส่วนราชการสำนักปลัดเทศบาลโทร.๐๕๖๔๑๑๒๓๔",
      "ที่ชน๕๒๐๐๖/๑๒๓",
      "วันที่๒๔เมษายน๒๕๖๗",
      "เรียนนายกเทศมนตรีตำบลบ้านตัวอย่าง",
      "๓.ข้อกฎหมาย/ระเบียบ",
      "จึงเรียนมาเพื่อโปรดพิจารณา(นางสาวสุกัญญาอ่อนพร)หัวหน้าฝ่ายแผนงานและงบประมาณรักษาราชการแทน",
      "ความเห็น/คำสั่งนายกเทศมนตรี",
    ]) {
      expect(text).toContain(expected);
    }
  });
});

// A finance division's plan (seed 001 with both budgets, the first six figures) with problems and
// recommendations, so the annual layout attaches all seven columns: each amount printed as the
// report prints it, on one line, right-aligned inside its ruled column.
function annualPlan() {
  return seedWithBudgets().map((row) => {
    if (row.length < 6) return row;
    if (row[0] === "มาตรการ") return [...row, "ปัญหา/อุปสรรค", "ข้อเสนอแนะ"];
    const budgets = row[6] === "๑๒,๕๐๐" ? ["๑๒๕,๐๐๐", ...row.slice(7)] : row.slice(6);
    const notes = row[0] === "" ? ["", ""] : ["บุคลากรมีไม่เพียงพอ", "ควรจัดอบรมเพิ่มเติม"];
    return [...row.slice(0, 6), ...budgets, ...notes];
  });
}

describe("the memo's attached table with budgets, rendered by LibreOffice Writer", () => {
  const AMOUNTS = ["125,000.00", "50,000.00", "20,000.00", "8,000.00"].concat([
    "10,000.00",
    "30,000.50",
    "2,500.00",
    "4,000.00",
  ]);
  const attached = {} as Record<"thai" | "arabic", PageGeometry[]>;

  beforeAll(async () => {
    const plan = await writeWorkbook(join(directory, "budgets.xlsx"), [
      { name: "แผน", rows: annualPlan() },
    ]);
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter((file) => file.startsWith("memo-budgets-")))
      rmSync(join(artifacts, old));
    for (const variant of ["thai", "arabic"] as const) {
      const docx = join(directory, `budgets-${variant}.docx`);
      const out: string[] = [];
      const args = ["memo", plan, "-o", docx, "--layout", "annual", "--date", "2024-04-24"].concat([
        "--department",
        "กองคลัง โทร. 0 4288 1234",
        "--number",
        "ลย 52105/45",
      ]);
      const code = await runCli(variant === "thai" ? [...args, "--thai-digits"] : args, {
        out: (t) => out.push(t),
        err: (t) => out.push(t),
        today: TODAY,
      });
      if (code !== 0) throw new Error(out.join("\n"));
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", directory, docx], {
        stdio: "ignore",
        timeout: 120_000,
      });
      const pdf = docx.replace(/\.docx$/, ".pdf");
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "60",
        pdf,
        join(artifacts, `memo-budgets-${variant}`),
      ]);
      attached[variant] = pdfGeometry(pdf, pageCount(pdf)).filter((p) => p.width > p.height);
    }
  }, 300_000);

  it("prints each amount with separators and two decimals, on one line, right-aligned in its column", () => {
    for (const [variant, pages] of Object.entries(attached)) {
      expect(pages.length).toBeGreaterThan(0);
      const words = pages.flatMap((page) => page.words.map((word) => ({ word, page })));
      for (const amount of AMOUNTS) {
        const text = variant === "thai" ? toThaiDigits(amount) : amount;
        const found = words.find(({ word }) => word.text === text);
        if (!found) throw new Error(`${variant}: "${text}" is not one word on one line`);
        const { word, page } = found;
        const middle = (word.yMin + word.yMax) / 2;
        const across = page.rules.filter(
          (rule) => !rule.horizontal && rule.from <= middle && rule.to >= middle
        );
        const left = Math.max(...across.filter((r) => r.at <= word.xMin).map((r) => r.at));
        const right = Math.min(...across.filter((r) => r.at >= word.xMax).map((r) => r.at));
        // Inside its column's rules, nearer the right rule than the left.
        expect(Number.isFinite(left) && Number.isFinite(right)).toBe(true);
        expect(right - word.xMax).toBeLessThan(10);
        expect(right - word.xMax).toBeLessThan(word.xMin - left);
      }
    }
  });

  it("keeps the budget headers' word งบประมาณ whole", () => {
    for (const pages of Object.values(attached)) {
      const whole = pages[0].words.filter((word) => word.text.includes("งบประมาณ"));
      expect(whole.length).toBeGreaterThanOrEqual(2);
    }
  });
});
