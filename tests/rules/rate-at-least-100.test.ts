import rule from "../../src/rules/rate-at-least-100.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable, corpusTable } from "../helpers/tsv.js";

const col = { columns: ["一级指标", "二级指标", "三级指标", "指标值"] };

ruleTester(rule, {
  valid: [
    { name: "seed 浑南: = 100 %", table: seedTable("浑南科技城建设发展专项资金") },
    { name: "satisfaction (satisfaction-target's), growth and cost-control rates", table: project({}, [["满意度指标", "服务对象满意度指标", "群众满意度", ">=", "100", "%", ""], ["效益指标", "经济效益指标", "产值增长率", ">=", "100", "%", ""], ["产出指标", "成本指标", "成本控制率", ">=", "100", "%", ""]]) },
  ],
  invalid: [
    {
      name: "seed 服务型制造: 资金到位率 and 经费拨付到位率 >= 100 %",
      table: seedTable("服务型制造示范企业、示范平台（项目）认定奖励"),
      errors: [
        { messageId: "atLeastHundred", indicator: "资金到位率", cell: "E409", fix: "safe" },
        { messageId: "atLeastHundred", indicator: "经费拨付到位率", cell: "E410", fix: "safe" },
      ],
    },
    {
      name: "corpus 36: 逾期发放率 and 就学补助及时发放率 >=100% written inside the value",
      table: project(col, [["产出指标", "质量指标", "逾期发放率", ">=100%"], ["", "时效指标", "就学补助及时发放率", ">=100%"]]),
      errors: [
        { messageId: "badAtLeastHundred", indicator: "逾期发放率", cell: "E9", fix: "none" },
        { messageId: "atLeastHundred", indicator: "就学补助及时发放率", cell: "E10", fix: "safe" },
      ],
    },
    { name: "> 100 % cannot be met", table: project({}, [["产出指标", "质量指标", "验收合格率", ">", "100", "%", ""]]), errors: [{ messageId: "aboveHundred", cell: "E9", fix: "suggestion" }] },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 21", table: corpusTable("21") }],
  invalid: [{ name: "corpus 36: 逾期发放率 and 就学补助及时发放率 >=100%", table: corpusTable("36"), errors: [{ messageId: "badAtLeastHundred", indicator: "逾期发放率", cell: "E22" }, { messageId: "atLeastHundred", indicator: "就学补助及时发放率", cell: "E23", fix: "safe" }] }],
});
