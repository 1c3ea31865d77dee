import rule from "../../src/rules/missing-satisfaction.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["shuzi", "shipin", "gongjijin", "liangpin"]),
    { name: "a flat list without levels gives nothing to judge by", table: table({}, [["", "", "培训人数", ">=", 200, "人"]]) },
    {
      name: "a satisfaction item filed under 效益 counts (satisfaction-misfiled reports the place)",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
        ["效益指标", "社会效益指标", "市民满意程度", ">=", 85, "%"],
      ]),
    },
  ],
  invalid: [
    { name: "数字经济专项", table: SEED.shuzi(), errors: [{ messageId: "missingSatisfaction", indicator: null }] },
    { name: "食品抽查检验专项经费", table: SEED.shipin(), errors: [{ messageId: "missingSatisfaction", indicator: null }] },
    { name: "公积金办事大厅", table: SEED.gongjijin(), errors: [{ messageId: "missingSatisfaction", indicator: null }] },
    { name: "两品一标认证补贴", table: SEED.liangpin(), errors: [{ messageId: "missingSatisfaction", indicator: null }] },
  ],
});
