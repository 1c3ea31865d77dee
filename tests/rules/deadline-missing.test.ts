import rule from "../../src/rules/deadline-missing.js";
import { expect, it } from "vitest";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { gongjijin, patch, saobao } from "./seed-tables.js";

const noDeadline = { deadline: null, deadlineDate: null };

ruleTester(rule, {
  valid: [
    { name: "扫保: every row has a deadline", table: saobao() },
    {
      name: "a shifted row keeps its date in the column beyond 完成时限",
      table: patch(table({}, [["效益指标", "社会效益指标", "促进地区社会发展", null, null, "促进发展", null]]), 0, { ...noDeadline, extra: { I: "2023 年 12 月" } }),
    },
    {
      name: "a table without a 完成时限 column",
      table: (() => {
        const t = patch(table({}, [["产出指标", "数量指标", "培训人数", ">=", 200, "人"]]), 0, noDeadline);
        delete t.indicators[0].cells.deadline;
        return t;
      })(),
    },
  ],
  invalid: [
    { name: "公积金: 对外窗口服务环境 has no 完成时限", table: gongjijin(), errors: [{ messageId: "missing", indicator: "对外窗口服务环境", cell: "H12", data: { name: "对外窗口服务环境" } }] },
    {
      name: "two rows without deadlines",
      table: patch(patch(table({}, [["产出指标", "数量指标", "培训人数", ">=", 200, "人"], ["", "", "培训场次", ">=", 4, "场"], ["", "", "发放手册", ">=", 500, "本"]]), 0, noDeadline), 2, { deadline: " " }),
      errors: [
        { messageId: "missing", indicator: "培训人数", cell: "H10" },
        { messageId: "missing", indicator: "发放手册", cell: "H12" },
      ],
    },
  ],
});

it("points at the table's 完成时限 column when the row was read as shifted", () => {
  const t = patch(gongjijin(), 2, { cells: { ...gongjijin().indicators[2].cells, deadline: "I12" } });
  const [f] = runRule(rule, t);
  expect(f.at?.cell).toBe("H12");
});
