import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/** A unit inside the value that differs from the 度量单位 column (28.8万元 with %). */
export default defineRule({
  id: "unit-value-mismatch",
  meta: {
    name: { zh: "指标值与单位列矛盾", en: "Value and unit column disagree" },
    category: "unit",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "指标值中自带的单位与度量单位列矛盾（如指标值 28.8万元、度量单位 %）。",
        en: "The unit written inside the value contradicts the unit column (28.8万元 with %).",
      },
    },
    messages: {
      valueUnit: {
        zh: "指标“{name}”的指标值“{value}”自带单位“{valueUnit}”，与度量单位列的“{unit}”矛盾；请只保留正确的一个。",
        en: "Indicator “{name}”: the value “{value}” carries the unit “{valueUnit}”, which contradicts the unit column “{unit}”; keep the right one.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const column = f.unit;
      const inValue = f.value.unitInfo;
      if (!column?.info || column.source !== "column" || !inValue || !f.value.unit) continue;
      if (inValue.canonical === column.info.canonical) continue;
      yield {
        messageId: "valueUnit",
        data: { name: f.indicator.name, value: f.value.raw, valueUnit: f.value.unit, unit: column.text },
        indicator: f.indicator,
        at: cellOf(f, "unit"),
      };
    }
  },
});
