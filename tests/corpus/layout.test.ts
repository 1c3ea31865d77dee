/** The merge guesses of the corpus renders (scripts/corpus/layout.ts), rule by rule. */
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { inferLayout } from "../../scripts/corpus/layout.js";

const rows = (text: string) => text.split("\n").map((l) => l.split("\t"));
const merges = (text: string) => inferLayout(rows(text)).merges.map((m) => XLSX.utils.encode_range(m));

describe("inferLayout", () => {
  it("titles and header values span to the table's right edge; an empty value box is one merged cell", () => {
    const t = ["绩效目标表", "项目名称\t某项目", "主管部门\t某局\t实施单位\t", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t人数\t5人"].join("\n");
    expect(merges(t)).toEqual(["A1:D1", "B2:D2"]);
    const wide = ["绩效目标表", "归口科室\t\t是否采购\t", "a\tb\tc\td\te\tf"].join("\n");
    expect(merges(wide)).toEqual(["A1:F1", "D2:F2"]);
  });

  it("a label over several lines spans down over the empty cells left of each line's first cell", () => {
    const t = ["项目资金\t年度资金总额:\t10", "\t其中:财政拨款\t10", "\t其他资金\t", "总体目标\t完成任务"].join("\n");
    expect(merges(t)).toEqual(["A1:A3", "B4:C4"]);
  });

  it("in an indicator block, 绩效指标 and the 一级/二级 names span down; the block's rows are not merged across", () => {
    const t = [
      "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
      "\t产出指标\t数量指标\t人数\t5人",
      "\t\t\t户数\t3户",
      "\t\t质量指标\t合格率\t100%",
      "\t效益指标\t社会效益指标\t稳定\t有效",
      "注:以批复为准",
    ].join("\n");
    expect(merges(t)).toEqual(["A1:A5", "B2:B4", "C2:C3", "A6:E6"]);
    expect(inferLayout(rows(t)).kinds).toEqual(["indicator-header", "indicator", "indicator", "indicator", "indicator", "header"]);
  });

  it("an empty cell of a level column inside a row spans down from the level name above (two value halves)", () => {
    const t = ["一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值", "产出指标\t质量指标\t合格率\t100%\t质量指标\t合格率\t100%", "\t\t达标率\t100%\t\t达标率\t100%"].join("\n");
    expect(merges(t)).toEqual(["A2:A3", "B2:B3", "E2:E3"]);
  });

  it("a two-row header band: labels span down, the last label spans over the columns under it", () => {
    const t = ["指標(biāo)類型\t績效指標\t績效目標\t績效標準", "\t\t\t優\t良\t中\t差", "產出指標\t指標1\t6500平方米\t6500以上\t5500\t4500\t4500以下"].join("\n");
    expect(merges(t)).toEqual(["A1:A2", "B1:B2", "C1:C2", "D1:G1"]);
  });

  it("a blank line ends every span; a lone space is text, not an empty cell", () => {
    expect(merges(["资金\t10", "\t20", "", "\t30"].join("\n"))).toEqual(["A1:A2"]);
    expect(merges(["资金\t10\t ", " \t20\t "].join("\n"))).toEqual([]);
  });

  it("a line continuing the one above is merged across only when the line above has nothing further right", () => {
    const t = ["专项资金情况\t本年度预计投入\t财政资金\t\t其他", "\t\t中央\t省级", "总体目标\t年度目标", "\t完成任务"].join("\n");
    expect(merges(t)).toEqual(["A1:A2", "B1:B2", "A3:A4", "B3:E3", "B4:E4"]);
  });
});
