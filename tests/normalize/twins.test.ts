/**
 * The seed's twins (xlsx one sheet per table, xlsx stacked, xls, GB18030 CSV; made by
 * scripts/make-fixtures.ts) normalize to the same records as the text — ignoring where
 * things sit (location, cells) and how the deadline is written (deadlineDate must match).
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/api/normalize-files.js";
import type { FileRecords, Table } from "../../src/model/records.js";

const dir = path.resolve("fixtures/seed");
const TWINS = ["seed-per-sheet.xlsx", "seed-stacked.xlsx", "seed.xls", "seed-gb18030.csv"];

/** BIFF8 as SheetJS writes it keeps 255 characters of a text cell; only the .xls twin's long goals are cut. */
const XLS_TEXT_LIMIT = 255;

function comparable(t: Table, textLimit = Infinity) {
  const cut = (s: string | null) => (s === null ? null : s.slice(0, textLimit));
  return {
    kind: t.kind,
    title: t.title,
    name: t.name,
    year: t.year,
    department: t.department,
    implementer: t.implementer,
    budget: t.budget && { amount: t.budget.amount, unit: t.budget.unit },
    budgetItems: t.budgetItems.map((b) => ({ label: b.label, amount: b.money.amount, unit: b.money.unit })),
    goal: cut(t.goal),
    goals: t.goals.map((g) => ({ label: g.label, text: cut(g.text) })),
    declaredUnit: t.declaredUnit,
    indicators: t.indicators.map((i) => ({
      level1: i.level1,
      level1Raw: i.level1Raw,
      level2: i.level2,
      level2Raw: i.level2Raw,
      name: i.name,
      operator: i.operator,
      operatorRaw: i.operatorRaw,
      value: i.value,
      unit: i.unit,
      deadlineDate: i.deadlineDate,
      weight: i.weight,
      extra: i.extra,
    })),
    issues: t.issues.map((x) => ({ code: x.code, text: x.text })),
  };
}

let text: FileRecords;
beforeAll(async () => {
  text = await normalizeFile(path.join(dir, "shenyang-2022-report-and-2023-targets.txt"));
});

describe.each(TWINS)("twin %s", (file) => {
  it("normalizes to the same records as the seed text", async () => {
    const twin = await normalizeFile(path.join(dir, file));
    expect(twin.error).toBeNull();
    expect(twin.tables).toHaveLength(16);
    const limit = file.endsWith(".xls") ? XLS_TEXT_LIMIT : Infinity;
    expect(twin.tables.map((t) => comparable(t, limit))).toEqual(text.tables.map((t) => comparable(t, limit)));
  });
});

it("the xlsx twin keeps each table on its own sheet and cells on that sheet", async () => {
  const twin = await normalizeFile(path.join(dir, "seed-per-sheet.xlsx"));
  const sheets = twin.tables.map((t) => t.location.sheet);
  expect(new Set(sheets).size).toBe(16);
  for (const t of twin.tables) for (const i of t.indicators) expect(i.location.sheet).toBe(t.location.sheet);
  // Percent-formatted 1 → 100 %, date cells → 2023 年 12 月 as a month.
  const old = twin.tables[0].indicators.find((i) => i.name === "验收合格率");
  expect(old).toMatchObject({ value: 100, unit: "%", deadlineDate: { year: 2023, month: 12, day: null } });
});
