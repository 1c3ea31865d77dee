import rule from "../../src/rules/value-in-unit-column.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(),
    { name: "a unit without a value is missing-indicator-value's", table: table({}, [["产出指标", "数量指标", "培训人数", ">=", null, "人"]]) },
    {
      name: "composite, uncommon and Latin units",
      table: table({}, [
        ["产出指标", "成本指标", "人均补助标准", null, null, "元/人/年"],
        ["", "数量指标", "服务户次", null, null, "户次"],
        ["", "", "新增装机容量", null, null, "千瓦"],
        ["", "", "绿化面积", null, null, "m²"],
      ]),
    },
  ],
  invalid: [
    {
      name: "公积金-style rows: 良好 and 促进发展 in the unit column",
      table: table({}, [
        ["效益指标", "社会效益指标", "对外窗口服务环境", null, null, "良好", null],
        ["", "", "促进地区社会发展", null, null, "促进发展"],
      ]),
      errors: [
        { messageId: "valueInUnit", indicator: "对外窗口服务环境", cell: "G10", data: { text: "良好" } },
        { messageId: "valueInUnit", indicator: "促进地区社会发展", cell: "G11", data: { text: "促进发展" } },
      ],
    },
  ],
});
