/**
 * The structure, classification, operator and threshold rules on arbitrary tables: they never throw,
 * every finding names a message of its rule with all its placeholders filled, and every fix edit
 * starts from the text the cell holds.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { placeholders } from "../../../src/i18n/format.js";
import type { Indicator } from "../../../src/model/records.js";
import { RULES } from "../../../src/rules/index.js";
import { runRule } from "../../helpers/rule-tester.js";
import { table, type Row } from "../../helpers/table.js";

const MINE = new Set([
  "cost-misfiled", "duplicate-indicator", "ecological-benefit-mismatch", "empty-indicator-name", "full-wording-below-100",
  "indicator-name-punctuation", "missing-cost-indicator", "missing-first-level", "missing-indicator-value", "missing-satisfaction", "nonstandard-level",
  "operator-bulk-filled", "operator-direction", "operator-lookalike", "operator-missing", "operator-strict", "percent-over-100",
  "process-indicator-misfiled", "rate-at-least-100", "rate-implausibly-low", "rate-under-quantity", "satisfaction-floor",
  "satisfaction-misfiled", "satisfaction-target", "second-level-misplaced", "template-placeholder",
  "transfer-missing-cost-indicator", "value-in-unit-column", "weights-sum",
]);
const rules = RULES.filter((r) => MINE.has(r.id));

const level1 = fc.constantFrom("", "产出指标", "效益指标", "满意度指标", "成本指标（0-20分）", "过程指标", "其他");
const level2 = fc.constantFrom("", "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "进度指标");
const name = fc.constantFrom("", " ", "担保机构满意度", "资金到位率", "降低担保费率", "成本控制率", "贷款逾期率", "足额发放率", "设备利用率", "对控制基建项目成本影响程度", "培训人数。", "XX合格率", "审批时限", "社会成本指标", "违法案件查处率");
const op = fc.constantFrom(null, ">=", "<=", "=", ">", "<");
/** Spellings as the normalizer keeps them next to the operator it read. */
const SPELLINGS: Record<string, string[]> = {
  ">=": ["≧", "=>", "≥", "不低于", "以上"],
  "<=": ["≤", "＜＝", "不高于"],
  "=": ["＝"],
  ">": ["＞"],
  "<": ["＜"],
  none: ["定性", "约", "≧"],
};
const raw = fc.constantFrom(null, 0, 1, 2, 3, 4);
const value = fc.oneof(fc.constant(null), fc.constant(""), fc.double({ min: -10, max: 1e7, noNaN: true }), fc.constantFrom(100, 0, 10, 95, "良好", "**", "……"));
const unit = fc.constantFrom(null, "%", "万元", "元", "户", "个", "良好", "天", "元/人/年");
const row = fc.tuple(level1, level2, name, op, value, unit, fc.constantFrom(null, "2023 年 12 月"), fc.constantFrom(null, 10, 50)) as fc.Arbitrary<Row>;

it("never throws, fills every placeholder, and edits only what the cell holds", () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 12 }), fc.array(raw, { maxLength: 12 }), fc.constantFrom("project", "transfer", "department", "unknown") as fc.Arbitrary<"project">, (rows, raws, kind) => {
      const t = table({ kind }, rows);
      raws.forEach((r, k) => {
        const ind = t.indicators[k];
        if (r === null || !ind) return;
        const options = SPELLINGS[ind.operator ?? "none"];
        t.indicators[k] = { ...ind, operatorRaw: options[r % options.length] } as Indicator;
      });
      for (const rule of rules) {
        for (const f of runRule(rule, t)) {
          const template = rule.meta.messages[f.messageId as keyof typeof rule.meta.messages];
          expect(template, `${rule.id}/${f.messageId}`).toBeDefined();
          for (const p of placeholders(template.zh)) expect(f.data?.[p], `${rule.id}/${f.messageId} {${p}}`).not.toBeUndefined();
          for (const e of f.fix?.edits ?? []) {
            const ind = f.indicator as Indicator;
            const cellText = e.cell === ind.cells.operator ? ind.operatorRaw : e.cell === ind.cells.value ? ind.valueRaw : e.cell === ind.cells.name ? ind.name : undefined;
            expect(e.from, `${rule.id} ${e.cell}`).toBe(cellText);
            expect(e.to).not.toBe(e.from);
          }
        }
      }
    }),
    { numRuns: 300, seed: 20230 },
  );
});
