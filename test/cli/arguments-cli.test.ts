// The command line's arguments by Node's conventions (issue 14), run as a user runs the built
// command: `--opt=value`, --lang anywhere, unknown options and commands refused in one line with
// exit 2, --version, each command's help complete, warnings on stderr.
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { COMMAND_SPECS, CommandName, OptionName } from "../../src/cli/args";
import { runBuilt } from "../support/cli-run";
import { scratchDirectory } from "../support/xlsx-fixtures";

const directory = scratchDirectory();
// A guard against a hang on a loaded machine (each run is a Node process), not a speed check.
jest.setTimeout(60_000);
const TEN = "90,90,90,90,90,90,90,90,90,90";
const COMMANDS = Object.keys(COMMAND_SPECS) as CommandName[];
const SHORT: Partial<Record<OptionName, string>> = { output: "-o" };

/** A refusal as users meet it: one line on stderr, nothing on stdout, exit 2. */
function refusal(line: string) {
  return { code: 2, out: "", err: `${line}\n` };
}

describe("options as Node's util.parseArgs reads them", () => {
  it("takes --option=value as --option value", () => {
    const result = runBuilt(["score", "--year=2566", `--scores=${TEN}`]);
    expect(result.code).toBe(0);
    expect(result.out.split("\n")[0]).toBe(
      "ปีงบประมาณ 2566: IIT 90.00 EIT 90.00 OIT 90.00 คะแนนรวม 90.00 ผล ผ่าน"
    );
  });

  it.each([
    [["--lang", "en", "score", "--year", "2566", "--scores", TEN]],
    [["score", "--year", "2566", "--lang=en", "--scores", TEN]],
  ])("understands --lang before or after the command: %p", (args) => {
    expect(runBuilt(args).out.split("\n")[0]).toBe(
      "Fiscal year 2566: IIT 90.00 EIT 90.00 OIT 90.00 total 90.00 result pass"
    );
  });

  it("refuses an unknown option in one line, Thai by default and English on request", () => {
    expect(runBuilt(["validate", "plan.xlsx", "--sheets", "แผน"])).toEqual(
      refusal("ไม่รู้จักตัวเลือก --sheets: ดูตัวเลือกที่ใช้ได้ด้วย npx ita-tracker validate --help")
    );
    expect(runBuilt(["--lang", "en", "report", "plan.xlsx", "--json"])).toEqual(
      refusal("Unknown option --json: see the options with npx ita-tracker report --help")
    );
  });

  it("refuses an unknown command, an option without its value and a stray word", () => {
    expect(runBuilt(["valdate", "plan.xlsx"])).toEqual(
      refusal(
        'ไม่รู้จักคำสั่ง "valdate": ใช้ได้ validate, score, report, template, memo, next-year, merge, snapshot (ดู npx ita-tracker --help)'
      )
    );
    expect(runBuilt(["report", "plan.xlsx", "--lang", "en", "-o"])).toEqual(
      refusal("The option --output needs a value: --output VALUE or --output=VALUE")
    );
    expect(runBuilt(["template", "-o", "x.xlsx", "--force=yes"])).toEqual(
      refusal("ตัวเลือก --force ไม่รับค่า: ใช้ --force อย่างเดียว")
    );
    expect(runBuilt(["template", "-o", "x.xlsx", "--org", "เทศบาลตำบล", "บ้านนา"])).toEqual(
      refusal(
        'ไม่เข้าใจ "บ้านนา": หากเป็นค่าของตัวเลือกที่มีช่องว่าง ให้ใส่ในเครื่องหมายคำพูด เช่น --org "เทศบาลตำบล บ้านตัวอย่าง"'
      )
    );
  });

  it("prints the package's version", () => {
    const { version } = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")
    );
    expect(runBuilt(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  it("keeps every value of a repeated --approver, in signing order", async () => {
    const plan = join(directory, "plan.xlsx");
    const given = ["--example", "--year", "2570", "--org", "เทศบาลตำบลบ้านตัวอย่าง"];
    expect(runBuilt(["template", "-o", plan, ...given]).code).toBe(0);
    const memo = join(directory, "memo.docx");
    const written = runBuilt([
      ...["memo", plan, `--output=${memo}`, "--department=สำนักปลัด", "--number", "1/2570"],
      ...["--approver=นายหนึ่ง ใจดี|ปลัด|ความเห็นปลัด", "--approver", "นายสอง ใจงาม|นายก|คำสั่ง"],
    ]);
    expect(written).toMatchObject({ code: 0, err: "" });
    const zip = await JSZip.loadAsync(readFileSync(memo));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml.indexOf("นายหนึ่ง ใจดี")).toBeGreaterThan(0);
    expect(xml.indexOf("นายสอง ใจงาม")).toBeGreaterThan(xml.indexOf("นายหนึ่ง ใจดี"));
  });
});

describe("values and inputs refused in one plain line", () => {
  const round = 'ตัวเลือก --round ใช้ได้เฉพาะ 6 หรือ 12 ไม่ใช่ "{value}"';
  it.each([
    [["report", "plan.xlsx", "-o", "out.xlsx", "--round", "7"], round.replace("{value}", "7")],
    [["report", "plan.xlsx", "-o", "out.xlsx", "--round", "six"], round.replace("{value}", "six")],
    [["memo", "plan.xlsx", "-o", "memo.docx", "--round=7"], round.replace("{value}", "7")],
    [["snapshot", "plan.xlsx", "-o", "out.xlsx", "--round", "7"], round.replace("{value}", "7")],
    [
      ["report", "plan.xlsx", "-o", "out.xlsx", "--round", "7", "--lang", "en"],
      'The option --round takes 6 or 12, not "7"',
    ],
    [
      ["report", "plan.xlsx", "-o", "out.xlsx", "--layout", "table"],
      'ตัวเลือก --layout ใช้ได้เฉพาะ status, results, annual หรือ plan ไม่ใช่ "table"',
    ],
  ])("refuses %j naming the values allowed", (args, line) => {
    expect(runBuilt(args)).toEqual(refusal(line));
  });

  it.each([
    ["report", "xlsx"],
    ["memo", "docx"],
    ["next-year", "xlsx"],
    ["snapshot", "xlsx"],
  ])("names the missing -o of %s and points to its help", (command, extension) => {
    expect(runBuilt([command, "plan.xlsx"])).toEqual(
      refusal(`ต้องระบุไฟล์ผลลัพธ์ด้วย -o ชื่อไฟล์.${extension} (ดูวิธีใช้: npx ita-tracker ${command} --help)`)
    );
  });

  it("names a missing output, plan file or division copy, in English on request", () => {
    expect(runBuilt(["template"])).toEqual(
      refusal("ต้องระบุไฟล์ผลลัพธ์ด้วย -o ชื่อไฟล์.xlsx (ดูวิธีใช้: npx ita-tracker template --help)")
    );
    expect(runBuilt(["merge", "plan.xlsx", "copy.xlsx", "--lang", "en"])).toEqual(
      refusal("Give the output file with -o FILE.xlsx (see npx ita-tracker merge --help)")
    );
    expect(runBuilt(["report", "-o", "out.xlsx"])).toEqual(
      refusal(
        "ต้องระบุไฟล์แผน เช่น npx ita-tracker report แผน.xlsx (ดูวิธีใช้: npx ita-tracker report --help)"
      )
    );
    expect(runBuilt(["merge", "plan.xlsx", "-o", "merged.xlsx"])).toEqual(
      refusal("ต้องระบุสำเนาแผนของกองอย่างน้อยหนึ่งไฟล์ต่อจากไฟล์แผน (ดูวิธีใช้: npx ita-tracker merge --help)")
    );
  });

  it("says the report is written as .xlsx, with --pdf for its PDF", () => {
    expect(runBuilt(["report", "plan.xlsx", "-o", "out.docx"])).toEqual(
      refusal(
        'รายงานเขียนเป็นไฟล์ .xlsx เท่านั้น ไม่ใช่ "out.docx": ใช้ -o รายงาน.xlsx และเพิ่ม --pdf หากต้องการ PDF ด้วย (บันทึกข้อความ .docx ใช้คำสั่ง memo)'
      )
    );
  });
});

describe("the help", () => {
  it("lists every command in the usage, with the exit codes", () => {
    for (const lang of ["th", "en"]) {
      const { code, out } = runBuilt(["--help", "--lang", lang]);
      expect(code).toBe(0);
      for (const command of COMMANDS) expect(out).toContain(`npx ita-tracker ${command} `);
      expect(out).toMatch(/0 .+; 1 .+; 2 /);
    }
  });

  it.each(COMMANDS.flatMap((command) => [[command, "th"] as const, [command, "en"] as const]))(
    "of %s (%s) lists each of its options, an example and the exit codes",
    (command, lang) => {
      const { code, out } = runBuilt([command, "--help", "--lang", lang]);
      expect(code).toBe(0);
      const spec: { options: OptionName[] } = COMMAND_SPECS[command];
      for (const option of [...spec.options, "lang", "help", "version"]) {
        const short = SHORT[option as OptionName];
        expect(out).toContain(short ? `${short}, --${option} ` : `--${option}`);
      }
      expect(out).toMatch(
        lang === "th" ? /\nตัวอย่าง:\n {2}npx ita-tracker / : /\nExample:\n {2}npx ita-tracker /
      );
      expect(out).toMatch(/(exit code\)|Exit codes): 0 /);
    }
  );
});

describe("warnings go to stderr", () => {
  it("keeps the score's result on stdout and its warning on stderr", () => {
    const result = runBuilt(["score", "--year", "2566", "--scores", TEN, "--stated", "80"]);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain("[คำเตือน]");
    expect(result.err).toBe(
      "[คำเตือน] คะแนนรวมที่รายงานไว้ (80.00) ต่างจากที่คำนวณได้ (90.00) เกิน 0.01 คะแนน\n"
    );
  });
});
