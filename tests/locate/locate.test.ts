/** The locator on grids built inline: where tables are, which rows are theirs, which column is what. */
import { describe, expect, it } from "vitest";
import { locateTables } from "../../src/locate/index.js";
import { normalizeBlock } from "../../src/normalize/index.js";
import type { Grid } from "../../src/model/grid.js";
import { type CellInit, grid, pct, date } from "../helpers/grid.js";

const normalize = (g: Grid) => locateTables(g).map((b) => normalizeBlock(b, g));

function projectTable(name: string, rows: CellInit[][], budget: string | number = 100) {
  return [
    ["部门预算项目（政策）绩效目标表"],
    ["2023 年"],
    ["单位：万元"],
    ["项目(政策)名称", name],
    ["主管部门", "某某局-", null, null, "实施单位", "某某局本级-"],
    ["预算资金情况", budget],
    ["总体目标", `${name}的总体目标`],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"],
    ...rows,
  ];
}

const ROWS = [
  [null, "产出指标", "数量指标", "培训人数", ">=", 100, "人", "2023 年 12 月"],
  [null, null, "质量指标", "合格率", "=", 100, "%", "2023 年 12 月"],
  [null, "效益指标", "社会效益指标", "群众受益", null, "明显提升", null, "2023 年 12 月"],
  [null, "满意度指标", "服务对象满意度指标", "满意度", ">=", 90, "%", "2023 年 12 月"],
];

describe("locateTables", () => {
  it("finds several tables on one sheet, not at A1, and nothing on a cover sheet", () => {
    const g = grid([...projectTable("项目甲", ROWS), [], [], ["说明：本表为示例。"], [], ...projectTable("项目乙", ROWS.slice(0, 2))], { at: { r: 4, c: 2 } });
    const tables = normalize(g);
    expect(tables.map((t) => [t.name, t.indicators.length])).toEqual([
      ["项目甲", 4],
      ["项目乙", 2],
    ]);
    expect(tables[0].location.range).toBe("C5:J16");
    expect(tables[0].indicators[0].location).toEqual({ sheet: "Sheet1", row: 13, cell: "F13" });
    expect(tables[0].indicators[0].cells).toMatchObject({ level1: "D13", level2: "E13", name: "F13", operator: "G13", value: "H13", unit: "I13", deadline: "J13" });
    const cover = grid([["2023年项目支出绩效目标申报表"], ["报送单位：某某局"], ["报送日期：2023年1月"]], { sheet: "封面" });
    expect(locateTables(cover)).toEqual([]);
  });

  it("treats blank 一级/二级 as same-as-above, also under merged cells", () => {
    const g = grid(projectTable("项目甲", ROWS), {
      merges: [
        { s: { r: 8, c: 1 }, e: { r: 9, c: 1 } },
        { s: { r: 3, c: 1 }, e: { r: 3, c: 40 } },
        { s: { r: 7, c: 0 }, e: { r: 60, c: 0 } },
      ],
    });
    const [t] = normalize(g);
    expect(t.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}`)).toEqual([
      "产出指标/数量指标/培训人数",
      "产出指标/质量指标/合格率",
      "效益指标/社会效益指标/群众受益",
      "满意度指标/服务对象满意度指标/满意度",
    ]);
  });

  it("reads header labels that drift a column and transfer tables with 省级/市级 主管部门", () => {
    const g = grid([
      [null, "转移支付整体绩效目标表"],
      [null, "2024年度"],
      [null, null, "金额单位：万元"],
      [null, "转移支付名称", "示范转移支付"],
      [null, "省级主管部门", null, null, "市级主管部门", "某市某局-"],
      [null, "年度金额", "1,234.5"],
      [null, "其中：中央补助", 1000],
      [null, "实施期目标", "三年目标"],
      [null, "年度目标", "当年目标"],
      [null, "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      [null, "产出指标", "数量指标", "覆盖县区", ">=10", "个"],
    ]);
    const [t] = normalize(g);
    expect(t).toMatchObject({ kind: "transfer", name: "示范转移支付", year: 2024, department: "某市某局", goal: "当年目标", declaredUnit: "万元" });
    expect(t.budget).toMatchObject({ amount: 1234.5, unit: "万元", cell: "C6" });
    expect(t.budgetItems).toEqual([{ label: "其中：中央补助", money: { amount: 1000, unit: "万元", text: "1000", cell: "C7" } }]);
    expect(t.goals.map((g) => g.text)).toEqual(["三年目标", "当年目标"]);
    expect(t.indicators[0]).toMatchObject({ operator: ">=", operatorRaw: ">=", value: 10, unit: "个" });
  });

  it("reads the operator inside the value when there is no operator column", () => {
    const g = grid([
      ["2023年项目支出绩效目标申报表"],
      ["项目支出名称", "信息化运维"],
      ["年度资金总额", "164万元"],
      ["年度目标", "保障系统运行"],
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "质量指标", "系统可用率", "≥95%", null],
      [null, null, "故障响应", "不低于90%"],
      [null, "成本指标", "运维费用", "≦380万"],
      [null, "数量指标", "带宽", "80M"],
      [null, null, "服务人数", "≥18,000人", "含外地"],
      [null, "时效指标", "完成率", "95%以上"],
      ["满意度指标", "服务对象满意度指标", "用户满意度", "<=100"],
      [null, null, "投诉处理", "良好"],
    ]);
    const [t] = normalize(g);
    expect(t).toMatchObject({ kind: "project", year: 2023, name: "信息化运维" });
    expect(t.budget).toMatchObject({ amount: 164, unit: "万元", text: "164万元" });
    const got = t.indicators.map((i) => [i.name, i.operator, i.operatorRaw, i.value, i.unit]);
    expect(got).toEqual([
      ["系统可用率", ">=", "≥", 95, "%"],
      ["故障响应", ">=", "不低于", 90, "%"],
      ["运维费用", "<=", "≦", 380, "万"],
      ["带宽", null, null, 80, "M"],
      ["服务人数", ">=", "≥", 18000, "人"],
      ["完成率", ">=", "以上", 95, "%"],
      ["用户满意度", "<=", "<=", 100, null],
      ["投诉处理", null, null, "良好", null],
    ]);
    expect(t.indicators[4].extra).toEqual({ 备注: "含外地" });
    expect(t.indicators[0].cells).toEqual({ level1: "A6", level2: "B6", name: "C6", value: "D6" });
  });

  it("reads 指标性质 + 权重 columns, weight suffixes on 一级, and extras", () => {
    const g = grid([
      ["部门整体支出绩效目标表"],
      ["部门（单位）名称", "某某局"],
      ["年度总体目标", "履职尽责"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标解释", "评（扣）分标准"],
      ["产出指标(50分)", "数量指标", "办理件数", "≥", 1000, "件", 20, "全年办理", "未达标酌情扣分"],
      [null, "时效指标", "办结时间", "≤", 5, "个工作日", "10分", null, null],
      ["成本指标（0-20）分", "经济成本指标", "人均成本", "＜", 2, "万元", 10],
      ["效益指标", "社会效益指标", "公众知晓度", "定性", "较高", null, 10],
    ]);
    const [t] = normalize(g);
    expect(t).toMatchObject({ kind: "department", name: "某某局", goal: "履职尽责" });
    expect(t.indicators.map((i) => [i.level1, i.level1Raw, i.level2, i.operator, i.operatorRaw, i.value, i.unit, i.weight])).toEqual([
      ["产出指标", "产出指标(50分)", "数量指标", ">=", "≥", 1000, "件", 20],
      ["产出指标", "产出指标(50分)", "时效指标", "<=", "≤", 5, "个工作日", 10],
      ["成本指标", "成本指标（0-20）分", "经济成本指标", "<", "＜", 2, "万元", 10],
      ["效益指标", "效益指标", "社会效益指标", null, "定性", "较高", null, 10],
    ]);
    expect(t.indicators[0].extra).toEqual({ 指标解释: "全年办理", "评（扣）分标准": "未达标酌情扣分" });
  });

  it("keeps 中期 in extra and uses 年度 as the value (two-row header under a merged 指标值)", () => {
    const g = grid(
      [
        ["项目名称", "水污染治理"],
        ["一级指标", "二级指标", "三级指标", "指标值", null],
        [null, null, null, "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "治理河道", "≥30公里", "≥10公里"],
      ],
      { merges: [{ s: { r: 1, c: 3 }, e: { r: 1, c: 4 } }] },
    );
    const [t] = normalize(g);
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0]).toMatchObject({ operator: ">=", value: 10, unit: "公里", extra: { 中期指标值: "≥30公里" } });
  });

  it("splits the long layout (one row per indicator, project columns repeated or blank) into tables; its columns win over the block above", () => {
    const g = grid([
      ["2023年项目绩效目标汇总表"],
      ["主管部门", "总局"],
      ["项目名称", "主管部门", "资金总额（万元）", "年度目标", "一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位"],
      ["项目A", "甲局", 50, "目标A", "产出指标", "数量指标", "A1", ">=", 5, "个"],
      [null, null, null, null, null, null, "A2", "=", 100, "%"],
      ["项目B", "乙局", 80, "目标B", "产出指标", "数量指标", "B1", "<=", 3, "天"],
      ["项目B", "乙局", 80, "目标B", "满意度指标", "服务对象满意度指标", "B2", ">=", 90, "%"],
    ]);
    const tables = normalize(g);
    expect(tables.map((t) => [t.name, t.department, t.budget?.amount, t.budget?.unit, t.goal, t.indicators.map((i) => i.name).join(",")])).toEqual([
      ["项目A", "甲局", 50, "万元", "目标A", "A1,A2"],
      ["项目B", "乙局", 80, "万元", "目标B", "B1,B2"],
    ]);
    expect(tables[1].indicators[1]).toMatchObject({ level1: "满意度指标", operator: ">=", value: 90, unit: "%" });
    expect(tables[0].year).toBe(2023);
  });

  it("reads percent-formatted numbers, date cells and text deadlines", () => {
    const g = grid(
      projectTable("项目甲", [
        [null, "产出指标", "质量指标", "合格率", ">=", pct(0.95), null, date("2023-12-31", "2023/12/31")],
        [null, null, null, "覆盖率", ">=", pct(0.3), null, "2023.12"],
        [null, null, "时效指标", "完成时间", "=", "12月底", null, "12月底"],
        [null, null, null, "到位率", "=", "1,000", "元", "2023-06-30"],
      ]),
    );
    const [t] = normalize(g);
    expect(t.indicators.map((i) => [i.value, i.unit, i.deadline, i.deadlineDate])).toEqual([
      [95, "%", "2023/12/31", { year: 2023, month: 12, day: 31 }],
      [30, "%", "2023.12", { year: 2023, month: 12, day: null }],
      ["12月底", null, "12月底", { year: 2023, month: 12, day: null }],
      [1000, "元", "2023-06-30", { year: 2023, month: 6, day: 30 }],
    ]);
  });

  it("reports what it cannot read as issues with a location", () => {
    const g = grid([
      ["项目名称", null],
      ["预算资金情况", "待定"],
      ["一级指标", "二级指标", "三级指标", "指标值", "完成时限"],
      ["产出指标", "数量指标", "件数", 5, "尽快"],
    ]);
    const [t] = normalize(g);
    expect(t.issues.map((i) => [i.code, i.location?.cell])).toEqual([
      ["missing-name", "A1"],
      ["budget-unreadable", "B2"],
      ["deadline-unreadable", "E4"],
    ]);
  });
});

describe("several indicator blocks in one table", () => {
  it("keeps 长期 and 年度 indicator blocks in one table, each row tagged with its block", () => {
    const g = grid([
      ["项目名称", "乡村道路"],
      ["资金总额", 300],
      ["长期绩效指标"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "新建道路", "≥10公里"],
      ["年度绩效指标"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "新建道路", "≥2公里"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]);
    const tables = normalize(g);
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators.map((i) => [i.name, i.value, i.extra["绩效指标"]])).toEqual([
      ["新建道路", 10, "长期绩效指标"],
      ["新建道路", 2, "年度绩效指标"],
      ["村民满意度", 90, "年度绩效指标"],
    ]);
    expect(tables[0].location.range).toBe("A1:D9");
  });
});

describe("odd cells", () => {
  it("never yields a non-finite budget, value or weight", () => {
    const g = grid([
      ["项目名称", "甲"],
      ["预算资金情况", Infinity],
      ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
      ["产出指标", "数量指标", "件数", NaN, "1e999"],
      [null, null, "长数", "9".repeat(400)],
    ]);
    const [t] = normalize(g);
    expect(t.budget?.amount).toBeNull();
    expect(t.issues.map((i) => i.code)).toEqual(["budget-unreadable", "weight-unreadable"]);
    expect(t.indicators.map((i) => [typeof i.value, i.weight])).toEqual([
      ["string", null],
      ["string", null],
    ]);
  });
});

describe("merged header cells", () => {
  it("reads the unit from the second column of a merged 指标值 without a 单位 header", () => {
    const g = grid(
      [
        ["项目名称", "甲"],
        ["预算资金情况", "500（万元）"],
        ["一级指标", "二级指标", "三级指标", "指标值", null, "完成时限"],
        ["产出指标", "数量指标", "件数", 5, "件", "2023.07-2024.01"],
      ],
      { merges: [{ s: { r: 2, c: 3 }, e: { r: 2, c: 4 } }] },
    );
    const [t] = normalize(g);
    expect(t.budget).toMatchObject({ amount: 500, unit: "万元" });
    expect(t.indicators[0]).toMatchObject({ value: 5, unit: "件", cells: { unit: "E4" }, deadlineDate: { year: 2024, month: 1, day: null } });
    expect(t.issues).toEqual([]);
  });
});

describe("tables pbm cannot fully read", () => {
  it("reports a table whose indicator header it does not recognise, with no indicators and an issue", () => {
    const g = grid([
      ["项目支出绩效目标表"],
      ["项目名称", "档案数字化"],
      ["资金总额", 40],
      ["年度目标", "完成 10 万卷档案数字化"],
      ["考核内容", "考核要求"],
      ["数字化卷数", "10万卷"],
    ]);
    const tables = normalize(g);
    expect(tables.map((t) => [t.name, t.budget?.amount, t.indicators.length])).toEqual([["档案数字化", 40, 0]]);
    expect(tables[0].issues).toEqual([{ code: "no-indicators", text: "档案数字化", location: { sheet: "Sheet1", row: 2, cell: "B2" } }]);
  });

  it("finds nothing on a cover sheet with a name but no money or goal", () => {
    const cover = grid([["2023年项目支出绩效目标申报表"], ["项目名称：档案数字化"], ["报送单位：某某档案馆"]]);
    expect(locateTables(cover)).toEqual([]);
  });
});

describe("header block variants", () => {
  it("reads 编制年度：2024 and （单位：人民币万元）", () => {
    const g = grid([
      ["项目支出绩效目标表", null, null, "（单位：人民币万元）"],
      ["编制年度：2024"],
      ["项目名称（全称）", "档案数字化"],
      ["资金总额", 40],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "数字化卷数", "≥10万卷"],
    ]);
    const [t] = normalize(g);
    expect(t).toMatchObject({ year: 2024, declaredUnit: "万元", name: "档案数字化", budget: { amount: 40, unit: "万元" } });
  });
});

describe("repeated header rows", () => {
  it("reads a header repeated mid-table (a print export's page break) as the same table", () => {
    const header = ["一级指标", "二级指标", "三级指标", "指标值"];
    const g = grid([
      ["项目名称", "乙"],
      ["预算资金情况", 12],
      header,
      ["产出指标", "数量指标", "甲数", "≥1个"],
      [],
      header,
      [null, "质量指标", "乙率", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥95%"],
    ]);
    const tables = normalize(g);
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "甲数"],
      ["产出指标", "质量指标", "乙率"],
      ["满意度指标", "服务对象满意度指标", "满意度"],
    ]);
    expect(tables[0].indicators.every((i) => !("绩效指标" in i.extra))).toBe(true);
  });
});

describe("header label variants", () => {
  it("reads 指标 as the 三级 column, 预期指标值, 比较符, 指标值单位 and 完成期限", () => {
    const g = grid([
      ["项目名称", "丙"],
      ["资金总额", 5],
      ["一级指标", "二级指标", "指标", "比较符", "预期指标值", "指标值单位", "完成期限", "实际完成值"],
      ["产出指标", "数量指标", "丙数", "≥", 3, "个", "2023年6月", "2"],
    ]);
    const [t] = normalize(g);
    expect(t.indicators[0]).toMatchObject({ name: "丙数", operator: ">=", value: 3, unit: "个", deadlineDate: { year: 2023, month: 6, day: null }, extra: { 实际完成值: "2" } });
  });
});

describe("side-by-side tables", () => {
  it("reads tables side by side whose header rows do not line up", () => {
    const left = projectTable("左表", ROWS);
    const right = [["部门预算项目（政策）绩效目标表"], ["项目(政策)名称", "右表"], ["预算资金情况", 20], ["总体目标", "右目标"], [], ["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"], ...ROWS.slice(0, 3)];
    const rows = left.map((row, i) => [...row, ...Array(10 - row.length).fill(null), ...(right[i - 3] ?? [])]);
    const tables = normalize(grid(rows));
    expect(tables.map((t) => [t.name, t.indicators.length, t.budget?.amount, t.location.range])).toEqual([
      ["左表", 4, 100, "A1:H12"],
      ["右表", 3, 20, "K4:R12"],
    ]);
    expect(tables[1].indicators[0].location.cell).toBe("N10");
  });
});
