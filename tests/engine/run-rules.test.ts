import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runRules, sortFindings } from "../../src/engine/run-rules.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { defineRule, type RuleModule } from "../../src/model/finding.js";
import { table } from "../helpers/table.js";

const satisfaction = defineRule({
  id: "test-satisfaction",
  meta: {
    category: "threshold",
    severity: "warning",
    recommended: true,
    docs: { summary: { zh: "满意度下限", en: "Satisfaction floor" } },
    messages: {
      low: { zh: "满意度 {value}% 低于 {floor}%", en: "Satisfaction {value}% is below {floor}%" },
    },
    options: z.object({ floor: z.number().default(80) }).strict(),
  },
  *check(t, ctx) {
    for (const ind of t.indicators) {
      if (ind.name.includes("满意度") && typeof ind.value === "number" && ind.value < ctx.options.floor) {
        yield { messageId: "low", data: { value: ind.value, floor: ctx.options.floor }, indicator: ind };
      }
    }
  },
});

const noCost = defineRule({
  id: "test-no-cost",
  meta: {
    category: "structure",
    severity: "error",
    recommended: true,
    docs: { summary: { zh: "缺少成本指标", en: "No cost indicator" } },
    messages: { missing: { zh: "缺少成本指标", en: "No cost indicator" } },
  },
  *check(t) {
    if (!t.indicators.some((i) => i.level1 === "成本指标")) {
      yield { messageId: "missing" };
      yield { messageId: "missing" }; // a duplicate the engine drops
    }
  },
});

const deadline = defineRule({
  id: "test-deadline",
  meta: {
    category: "deadline",
    severity: "info",
    recommended: false,
    docs: { summary: { zh: "时限", en: "Deadline" } },
    messages: { year: { zh: "完成时限 {year} 年不在 {budget} 年内", en: "Deadline {year} is outside {budget}" } },
  },
  *check(t, ctx) {
    const budget = ctx.settings.budgetYear ?? t.year ?? 0;
    for (const ind of t.indicators) {
      if (ind.deadlineDate && ind.deadlineDate.year !== budget) {
        yield { messageId: "year", data: { year: ind.deadlineDate.year, budget }, indicator: ind, at: { sheet: ind.location.sheet, row: ind.location.row, cell: ind.cells.deadline ?? ind.cells.name } };
      }
    }
  },
});

const crashing = defineRule({
  id: "test-crash",
  meta: {
    category: "consistency",
    severity: "error",
    recommended: true,
    docs: { summary: { zh: "崩溃", en: "Crash" } },
    messages: { never: { zh: "不会", en: "never" } },
  },
  check() {
    throw new Error("boom");
  },
});

const CATALOGUE = [crashing, deadline, noCost, satisfaction] as unknown as RuleModule<string, unknown>[];
const T = table({ name: "融资担保补助项目" }, [
  ["产出指标", "数量指标", "补助机构数", ">=", 10, "户", "2024 年 12 月"],
  ["满意度指标", "服务对象满意度指标", "担保机构满意度", ">=", 70, "%"],
  ["", "", "企业满意度", ">=", 60, "%"],
]);
const cfg = (raw: unknown, extra: Parameters<typeof resolveConfig>[1] = {}) => resolveConfig(raw, { catalogue: CATALOGUE, ...extra });

describe("runRules", () => {
  it("attaches rule id, category, severity, message, table, indicator and location", () => {
    const found = runRules(T, cfg({ rules: { "test-crash": "off" } }), "zh", CATALOGUE);
    const sat = found.filter((f) => f.ruleId === "test-satisfaction");
    expect(sat).toHaveLength(2);
    expect(sat[0]).toMatchObject({
      category: "threshold",
      severity: "warning",
      messageId: "low",
      message: "满意度 70% 低于 80%",
      data: { value: 70, floor: 80 },
      table: "融资担保补助项目",
      indicator: "担保机构满意度",
      location: { sheet: "Sheet1", row: 11, cell: "D11" },
    });
  });

  it("renders messages in English with --lang en", () => {
    const found = runRules(T, cfg({}), "en", CATALOGUE);
    expect(found.find((f) => f.ruleId === "test-satisfaction")?.message).toBe("Satisfaction 70% is below 80%");
    expect(found.find((f) => f.ruleId === "test-no-cost")?.message).toBe("No cost indicator");
  });

  it("points table-level findings at the table's first cell and drops duplicates", () => {
    const found = runRules(T, cfg({}), "zh", CATALOGUE).filter((f) => f.ruleId === "test-no-cost");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ indicator: null, location: { sheet: "Sheet1", cell: "A4", row: 4 } });
  });

  it("uses the draft's `at` over the indicator's location", () => {
    const found = runRules(T, cfg({ extends: ["strict"] }), "zh", CATALOGUE).filter((f) => f.ruleId === "test-deadline");
    expect(found.map((f) => f.location?.cell)).toEqual(["H10"]);
    expect(found[0].severity).toBe("warning"); // strict lifts info to warning
  });

  it("turns a crashing rule into an internal-rule-error finding and keeps going", () => {
    const found = runRules(T, cfg({}), "zh", CATALOGUE);
    const crash = found.filter((f) => f.ruleId === "internal-rule-error");
    expect(crash).toHaveLength(1);
    expect(crash[0]).toMatchObject({ category: "parse", severity: "error", table: "融资担保补助项目", indicator: null });
    expect(crash[0].message).toContain("test-crash");
    expect(crash[0].message).toContain("boom");
    expect(found.some((f) => f.ruleId === "test-satisfaction")).toBe(true);
  });

  it("applies severity overrides, off, and options merged over defaults", () => {
    const found = runRules(T, cfg({ rules: { "test-satisfaction": ["error", { floor: 65 }], "test-no-cost": "off" } }), "zh", CATALOGUE);
    expect(found.some((f) => f.ruleId === "test-no-cost")).toBe(false);
    const sat = found.filter((f) => f.ruleId === "test-satisfaction");
    expect(sat.map((f) => [f.indicator, f.severity, f.data.floor])).toEqual([["企业满意度", "error", 65]]);
  });

  it("passes settings.budgetYear to rules", () => {
    const found = runRules(T, cfg({ extends: "strict", settings: { budgetYear: 2024 } }), "zh", CATALOGUE);
    const years = found.filter((f) => f.ruleId === "test-deadline").map((f) => f.indicator);
    expect(years).toEqual(["担保机构满意度", "企业满意度"]);
  });

  it("sorts by sheet, row, column and rule id", () => {
    const found = runRules(T, cfg({ extends: "strict" }), "zh", CATALOGUE);
    const keys = found.map((f) => `${f.location?.row}:${f.location?.cell}:${f.ruleId}`);
    expect(keys).toEqual(["4:A4:internal-rule-error", "4:A4:test-no-cost", "10:H10:test-deadline", "11:D11:test-satisfaction", "12:D12:test-satisfaction"]);
    const shuffled = [...found].reverse();
    expect(sortFindings(shuffled)).toEqual(found);
  });
});
