import { describe, expect, it } from "vitest";
import { runRules, sortFindings } from "../../src/engine/run-rules.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { defineRule, type RuleModule } from "../../src/model/finding.js";
import { project } from "../helpers/tsv.js";

const satisfaction = defineRule({
  id: "test-satisfaction",
  meta: {
    name: { zh: "满意度下限", en: "Satisfaction floor" },
    category: "threshold",
    severity: "warning",
    recommended: true,
    docs: { summary: { zh: "满意度下限", en: "Satisfaction floor" } },
    messages: {
      low: { zh: "满意度 {value}% 低于 {floor}%", en: "Satisfaction {value}% is below {floor}%" },
    },
    options: (z) => z.object({ floor: z.number().default(80) }).strict(),
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
    name: { zh: "缺少成本", en: "No cost" },
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
    name: { zh: "时限", en: "Deadline" },
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
    name: { zh: "崩溃", en: "Crash" },
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
const T = project({ name: "融资担保补助项目" }, [
  ["产出指标", "数量指标", "补助机构数", ">=", "10", "户", "2024 年 12 月"],
  ["满意度指标", "服务对象满意度指标", "担保机构满意度", ">=", "70", "%", "2023 年 12 月"],
  ["", "", "企业满意度", ">=", "60", "%", "2023 年 12 月"],
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
      location: { sheet: "Sheet1", row: 10, cell: "D10" },
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
    expect(found[0]).toMatchObject({ indicator: null, location: { sheet: "Sheet1", cell: "A1", row: 1 } });
  });

  it("uses the draft's `at` over the indicator's location", () => {
    const found = runRules(T, cfg({ extends: ["strict"] }), "zh", CATALOGUE).filter((f) => f.ruleId === "test-deadline");
    expect(found.map((f) => f.location?.cell)).toEqual(["H9"]);
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
    expect(keys).toEqual(["1:A1:internal-rule-error", "1:A1:test-no-cost", "9:H9:test-deadline", "10:D10:test-satisfaction", "11:D11:test-satisfaction"]);
    const shuffled = [...found].reverse();
    expect(sortFindings(shuffled)).toEqual(found);
  });

  it("hands every rule the table's semantic facts, computed once", () => {
    const seen: unknown[] = [];
    const spy = (id: string) =>
      defineRule({
        id,
        meta: { name: { zh: "探针", en: "Probe" }, category: "structure", severity: "info", recommended: true, docs: { summary: { zh: "探针", en: "Probe" } }, messages: { m: { zh: "探针。", en: "Probe." } } },
        check(_t, ctx) {
          seen.push(ctx.facts);
          expect(ctx.facts.indicators.map((f) => f.measure)).toEqual(["count", "satisfaction", "satisfaction"]);
          return [];
        },
      }) as unknown as RuleModule<string, unknown>;
    const probes = [spy("probe-a"), spy("probe-b")];
    runRules(T, resolveConfig({}, { catalogue: probes }), "zh", probes);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
