/**
 * Cell texts that name Object.prototype members ("valueOf", "constructor", "__proto__", "toString")
 * are data like any other: lookups keyed by cell text must not find the prototype's functions.
 * (Found by the normalize fuzz test: a 一级 cell reading "valueOf" became a function.)
 */
import { describe, expect, it } from "vitest";
import { toWan } from "../../src/audit/extract.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { runRules } from "../../src/engine/run-rules.js";
import { Table } from "../../src/model/records.js";
import { normalizeWorkbook } from "../../src/normalize/index.js";
import { grid } from "../helpers/grid.js";

const NAMES = ["valueOf", "constructor", "__proto__", "toString", "hasOwnProperty"];

describe("prototype member names in cells", () => {
  for (const name of NAMES) {
    it(`"${name}" as 一级, 二级 and unit stays text through normalize and the rules`, () => {
      const g = grid([
        ["项目(政策)名称", "测试项目"],
        ["预算资金情况", 100],
        ["一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"],
        [name, name, "件数", ">=", 5, name, "2023年12月"],
        ["产出指标", "数量指标", "完成率", ">=", 95, "%", "2023年12月"],
      ]);
      const [table] = normalizeWorkbook({ path: "x.xlsx", format: "xlsx", grids: [g] });
      expect(() => Table.parse(table)).not.toThrow();
      const first = table.indicators[0];
      expect(first.level1).toBe(name);
      expect(first.level2).toBe(name);
      expect(first.unit).toBe(name);
      const findings = runRules(table, resolveConfig({ extends: ["strict"] }), "zh");
      expect(findings.filter((f) => f.ruleId === "internal-rule-error")).toEqual([]);
      for (const f of findings) expect(typeof f.message).toBe("string");
      expect(toWan({ amount: 5, unit: name, text: "5", cell: null })).toBe(5);
    });
  }
});
