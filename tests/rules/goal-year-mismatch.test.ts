import rule from "../../src/rules/goal-year-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { fuwuxing, jinrong, laojiu, shuangyiliu } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "老旧小区: 2023 年 in a 2023 table", table: laojiu() },
    { name: "双一流: cites 〔2019〕19号", table: shuangyiliu() },
    { name: "服务型制造: last year's 2022 policy paid out in 2023", table: fuwuxing() },
    { name: "金融专项: 2023 年市本级…", table: jinrong() },
    { name: "no budget year", table: table({ year: null, goal: "2025 年完成" }, []) },
  ],
  invalid: [
    {
      name: "a goal for next year",
      table: table({ goal: "2024 年底前完成 20 个村的改造" }, []),
      errors: [{ messageId: "goal", indicator: null, cell: "B8", data: { label: "总体目标", text: "2024 年", year: 2023 } }],
    },
    {
      name: "a later year in the name and in the goal",
      table: (() => {
        const t = table({ name: "2024 年农村公路养护资金", goal: "到2025年全面完成养护" }, []);
        t.fields = [{ label: "项目(政策)名称", text: "2024 年农村公路养护资金", cell: "B4" }];
        return t;
      })(),
      errors: [
        { messageId: "name", indicator: null, cell: "B4", data: { text: "2024 年" } },
        { messageId: "goal", indicator: null, cell: "B8", data: { text: "2025 年" } },
      ],
    },
  ],
});
