import rule from "../../src/rules/unit-without-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 绿色制造: 支出规范 and 节能环保 are words, not units", table: seedTable("绿色制造体系示范项目奖励") },
    { name: "corpus 01", table: corpusTable("01") },
  ],
  invalid: [
    {
      name: "corpus 34: four values holding only the unit, an unfilled template",
      table: corpusTable("34"),
      errors: [
        { messageId: "unitOnly", indicator: "指标1:新建堤防、护岸长度", cell: "E13", data: { unit: "公里" } },
        { messageId: "unitOnly", indicator: "指标2:灌区节水改造面积", cell: "E14", data: { unit: "万亩" } },
        { messageId: "unitOnly", indicator: "指标3:农村饮水工程覆盖服务人口数", cell: "E15", data: { unit: "万人" } },
        { messageId: "unitOnly", indicator: "指标4:中小河流治理问道长度", cell: "E16" },
        { messageId: "unfilled", indicator: null, data: { count: 5, missing: 5 } },
      ],
    },
    { name: "one row", table: project({}, [["产出指标", "数量指标", "新建道路长度", "", "公里", "", ""], ["", "", "新建桥梁", ">=", "2", "座", ""]]), errors: [{ messageId: "unitOnly", cell: "F9" }] },
  ],
});
