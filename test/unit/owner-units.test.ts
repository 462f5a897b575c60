// Owner cells read as a person reads them: each unit named counts for the measure.
import { isEveryUnit, ownerUnits } from "../../src/domain/owner-units";
import { summariseProgress } from "../../src/domain/progress";
import type { MeasureRow } from "../../src/domain/plan-reading";

const names = (owner: string) => ownerUnits(owner).map((unit) => unit.name);

describe("the units an owner cell names", () => {
  it("reads numbered lists, lines, commas and division names side by side", () => {
    expect(names("1. สำนักปลัดเทศบาล 2. กองคลัง 3. กองช่าง")).toEqual([
      "สำนักปลัดเทศบาล",
      "กองคลัง",
      "กองช่าง",
    ]);
    expect(names("สำนักปลัด\n- กองคลัง")).toEqual(["สำนักปลัด", "กองคลัง"]);
    expect(names("กองคลัง, กองช่าง")).toEqual(["กองคลัง", "กองช่าง"]);
    expect(names("สำนักปลัด กองคลัง")).toEqual(["สำนักปลัด", "กองคลัง"]);
    // A section of a division is one unit.
    expect(names("งานนิติการฯ สำนักปลัด")).toEqual(["งานนิติการฯ สำนักปลัด"]);
  });

  it("knows every unit, and one name whatever its spacing", () => {
    expect(isEveryUnit("ทุกสำนัก/ กอง")).toBe(true);
    expect(isEveryUnit("-ทุกส่วนราชการ")).toBe(true);
    expect(isEveryUnit("กองคลัง")).toBe(false);
    expect(ownerUnits("กอง คลัง")[0].key).toBe(ownerUnits("กองคลัง")[0].key);
  });

  it("count a measure for each unit it names in the per-unit progress", () => {
    const measure = (owner: string, row: number) =>
      ({
        row,
        sourceRows: [row],
        text: { owner, result: "ทำแล้ว", measure: "ม", period: "" },
        raw: {},
        ticked: [],
        unreadableStatus: [],
      }) as unknown as MeasureRow;
    const progress = summariseProgress(
      [measure("1. สำนักปลัด 2. กองคลัง", 1), measure("กอง คลัง", 2), measure("กองคลัง", 3)],
      new Date(Date.UTC(2026, 0, 1)),
      2569,
      false
    );
    expect(progress.byOwner.map((unit) => [unit.owner, unit.total])).toEqual([
      ["สำนักปลัด", 1],
      ["กองคลัง", 3],
    ]);
  });
});
