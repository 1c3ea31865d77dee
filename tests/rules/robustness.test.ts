/**
 * Every table rule on arbitrary tables read through the real pipeline: never a throw (the engine would
 * turn one into a crash finding), every finding names a message of its rule with all placeholders
 * filled and no empty quotes, and every fix edit starts from the text the cell really holds.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { parseA1 } from "../../src/model/a1.js";
import { isTableRule } from "../../src/model/finding.js";
import { EMPTY_PAIR, localize, placeholders } from "../../src/i18n/format.js";
import { RULES } from "../../src/rules/index.js";
import { runRule } from "../helpers/rule-tester.js";
import { projectText, readTables } from "../helpers/tsv.js";

const level1 = fc.constantFrom("", "产出指标", "效益指标", "满意度指标", "成本指标（0-20分）", "过程指标", "成效指标", "实施效果指标", "其他");
const level2 = fc.constantFrom("", "数量指标", "质量指标", "时效指标 (必填)", "成本指标", "经济成本指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "产出指标", "满意度指标");
const name = fc.constantFrom("", "担保机构满意度", "资金到位率", "降低担保费率", "成本控制率", "逾期发放率", "足额发放率", "设备利用率", "20万元", "培训人数。", "XX合格率", "审批时限", "社会成本指标", "年度申请就学补助户数", "是否按时足额发放", "按月发放", "填表人：张三", "0", "苗木成活率(≥**%)", "受益人数(人)", "valueOf", "toString");
const op = fc.constantFrom("", ">=", "<=", "=", ">", "<", "≧", "＝", "不低于", "定性", "约");
const value = fc.constantFrom("", "100", "0", "95", "100%", "≥95%", "≦380万", "=100百分比", "≧ %", "公里", "万亩", "是", "否", "高", "稳步提高", "长远", "增加岗位", "2023年底", "全年", "≥**%", "……", "建筑面积2.6万平方米,展示面积1万平方米", ">=101人/次", "1130元/月/人", "-5", "1e9");
const unit = fc.constantFrom("", "%", "万元", "元", "户", "个", "人/次", "良好", "天", "元/人/年", "百分比", "人数", "M");
const deadline = fc.constantFrom("", "2023 年 12 月", "2024年3月", "按时", "12月底");
const row = fc.tuple(level1, level2, name, op, value, unit, deadline);
const goal = fc.constantFrom("", "合计 12357 亿元", "全面完成 855 个老旧小区改造", "保障了社会稳定", "2024 年完成");
const budget = fc.constantFrom("", "100", "12357", "9.31", "详见附件");

const rules = RULES.filter(isTableRule);

it("never throws, fills every message, and edits only what the cell holds", () => {
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), goal, budget, (rows, g, b) => {
      const text = projectText({ goal: g || null, budget: b || null, fields: [["项目期", "2022年3月-2023年11月"]] }, rows);
      const grid = text.split("\n").map((l) => l.split("\t"));
      const cellText = (a1: string) => {
        const p = parseA1(a1);
        return p ? (grid[p.r]?.[p.c] ?? "").trim() : undefined;
      };
      for (const t of readTables(text)) {
        for (const rule of rules) {
          for (const f of runRule(rule, t)) {
            const template = rule.meta.messages[f.messageId as keyof typeof rule.meta.messages];
            expect(template, `${rule.id}/${f.messageId}`).toBeDefined();
            for (const p of placeholders(template.zh)) expect(f.data?.[p], `${rule.id}/${f.messageId} {${p}}`).not.toBeUndefined();
            for (const lang of ["zh", "en"] as const) expect(localize(template, lang, f.data)).not.toMatch(EMPTY_PAIR);
            for (const e of f.fix?.edits ?? []) {
              expect(e.from, `${rule.id} ${e.cell}`).toBe(cellText(e.cell));
              expect(e.to).not.toBe(e.from);
            }
          }
        }
      }
    }),
    { numRuns: 150, seed: 20230 },
  );
});
