import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { isKnownUnit } from "./utils/measure.js";
import { sameUnit, unitInValue } from "./utils/text.js";

/** A unit inside the value that differs from the 度量单位 column (28.8万元 with %). */
export default defineRule({
  id: "unit-value-mismatch",
  meta: {
    category: "unit",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "指标值单位与单位列矛盾", en: "Value's unit contradicts the unit column" },
      summary: {
        zh: "指标值中自带的单位与度量单位列矛盾（如指标值 28.8万元、度量单位 %）。",
        en: "The unit written inside the value contradicts the unit column (28.8万元 with %).",
      },
    },
    messages: {
      valueUnit: {
        zh: "指标“{name}”的指标值“{value}”自带单位“{valueUnit}”，与度量单位列的“{unit}”矛盾。",
        en: "Indicator “{name}”: the value “{value}” carries the unit “{valueUnit}”, which contradicts the unit column “{unit}”.",
      },
    },
  },
  *check(table) {
    for (const ind of table.indicators) {
      const unit = ind.unit?.trim() || null;
      if (!unit || !isKnownUnit(unit)) continue;
      const inValue = unitInValue(ind.valueRaw);
      if (inValue && isKnownUnit(inValue) && !sameUnit(inValue, unit)) {
        yield {
          messageId: "valueUnit",
          data: { name: ind.name, value: ind.valueRaw ?? "", valueUnit: inValue, unit },
          indicator: ind,
          at: indicatorCell(ind, "unit"),
        };
      }
    }
  },
});
