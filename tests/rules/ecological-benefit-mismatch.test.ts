import rule from "../../src/rules/ecological-benefit-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // 绿色制造 节能环保 under 生态效益 is ecological.
    ...seedValid(["jinrong"]),
    {
      name: "air and water indicators are ecological",
      table: table({}, [
        ["效益指标", "生态效益指标", "城区PM10浓度同比下降", ">=", 3, "%"],
        ["", "", "农田灌溉水有效利用系数", ">=", 0.58, null],
      ]),
    },
    { name: "ecological words in the value count too", table: table({}, [["效益指标", "生态效益指标", "项目区治理成效", null, "水土流失减少", null]]) },
  ],
  invalid: [
    {
      name: "金融专项: 进一步发挥保持社会稳定作用 under 生态效益",
      table: SEED.jinrong(),
      errors: [{ messageId: "notEcological", indicator: "进一步发挥保持社会稳定作用", cell: "D19" }],
    },
    {
      name: "two rows with nothing ecological",
      table: table({}, [
        ["效益指标", "生态效益指标", "带动就业人数", ">=", 100, "人"],
        ["", "", "企业营业收入", ">=", 5, "亿元"],
      ]),
      errors: [
        { messageId: "notEcological", indicator: "带动就业人数", cell: "D10", data: { indicator: "带动就业人数" } },
        { messageId: "notEcological", indicator: "企业营业收入", cell: "D11" },
      ],
    },
  ],
});
