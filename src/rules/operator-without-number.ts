/**
 * An operator with nothing to compare: "≥", "≧ %", "不低于" with no number after it. The target was never
 * filled in. An error, never fixed automatically: only the department knows the number.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

export default defineRule<"noNumber" | "noNumberUnit">({
  id: "operator-without-number",
  meta: {
    name: { zh: "运算符号后没有数值", en: "Operator without a number" },
    category: "measurability",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "指标值只有运算符号（如“≥”“≧ %”），没有目标数值，无法考核。",
        en: "The target holds an operator and no number (“≥”, “≧ %”), so it cannot be assessed.",
      },
    },
    messages: {
      noNumber: {
        zh: "“{indicator}”的指标值“{value}”只有运算符号，没有目标数值；请在运算符号后填写数值，如“≥ 95%”。",
        en: "“{indicator}”: the target “{value}” has an operator and no number; write the number after it, e.g. “≥ 95%”.",
      },
      noNumberUnit: {
        zh: "“{indicator}”的指标值“{value}”只有运算符号和单位“{unit}”，没有目标数值；请在运算符号后填写数值，如“≥ 95{unit}”。",
        en: "“{indicator}”: the target “{value}” has an operator and the unit “{unit}” but no number; write the number, e.g. “≥ 95{unit}”.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<"noNumber" | "noNumberUnit">> {
    for (const f of facts.indicators) {
      const v = f.value;
      const operatorOnly = v.kind === "operator-only" || (v.kind === "empty" && f.operator !== null && f.operatorIn === "column");
      if (operatorOnly) {
        yield { messageId: "noNumber", data: { indicator: f.indicator.name, value: [f.operatorRaw, v.raw].filter(Boolean).join(" ") }, indicator: f.indicator, at: cellOf(f, "value") };
      } else if (v.kind === "unit-only" && f.operator !== null) {
        yield { messageId: "noNumberUnit", data: { indicator: f.indicator.name, value: v.raw, unit: v.unit ?? "" }, indicator: f.indicator, at: cellOf(f, "value") };
      }
    }
  },
});
