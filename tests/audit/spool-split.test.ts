/**
 * The findings split by group (spool.ts) are read back in chunks of 64 KiB: every row must come
 * back whole and in order, also one longer than a chunk and rows whose text crosses a chunk's end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FindingRow } from "../../src/model/audit.js";
import { splitByGroup } from "../../src/audit/spool.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-split-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const row = (p: string, message: string): FindingRow => ({
  path: p,
  finding: { ruleId: "vague-value", category: "measurability", severity: "warning", message, messageId: "vague", table: "项目表", indicator: "完成率", location: { sheet: "Sheet1", cell: "F11" } } as FindingRow["finding"],
});

describe("findings split by group", () => {
  it("reads every group's rows back whole and in order", () => {
    const rows: { group: string; row: FindingRow }[] = [];
    for (let i = 0; i < 3000; i++) rows.push({ group: i % 3 === 0 ? "甲局" : "乙局", row: row(`d/${i}.xlsx`, `指标值含糊：“${"较好".repeat(i % 50)}” ${i}`) });
    rows.splice(1500, 0, { group: "甲局", row: row("d/long.xlsx", "长".repeat(100_000)) });
    const read = splitByGroup(tmp, rows);
    for (const g of ["甲局", "乙局"]) expect([...read(g)], g).toEqual(rows.filter((r) => r.group === g).map((r) => r.row));
    expect([...read("丙局")]).toEqual([]);
  });
});
