/**
 * Layout variants seen in real tables from other provinces, read through the real reader (text bytes →
 * read → locate → normalize). Each case is a small table in the shape a collector found it in; the point is
 * that structure is inferred from labels and content, not from the seed's columns.
 */
import { describe, expect, it } from "vitest";
import { readBytes } from "../../src/read/index.js";
import { normalizeWorkbook } from "../../src/normalize/index.js";
import type { Table } from "../../src/model/records.js";

const read = (rows: string[][]): Table[] => normalizeWorkbook(readBytes(new TextEncoder().encode(rows.map((r) => r.join("\t")).join("\n")), "variant.txt"));
const brief = (t: Table) => t.indicators.map((i) => [i.name, i.operator, i.value, i.unit]);

describe("layout variants of real tables", () => {
  it("reads labels printed with spaces inside them (绩效 指标, 指 标 值)", () => {
    const [t] = read([
      ["项目名称", "小型水利工程"],
      ["绩效 指标", "一级 指标", "二级 指标", "三级 指标", "指 标 值"],
      ["", "产出 指标", "数量 指标", "新建塘坝", "≥3座"],
      ["", "满意度 指标", "服务对象满意度 指标", "群众满意度", "≥90%"],
    ]);
    expect(brief(t)).toEqual([
      ["新建塘坝", ">=", 3, "座"],
      ["群众满意度", ">=", 90, "%"],
    ]);
    expect(t.indicators[1]).toMatchObject({ level1: "满意度指标", level2: "服务对象满意度指标" });
  });

  it("reads a table with no level columns at all: only names and values (a page that dropped 一级/二级)", () => {
    const [t] = read([
      ["项目支出绩效目标表"],
      ["项目名称", "民族团结进步创建"],
      ["指标名称", "指标值", "计量单位"],
      ["开展宣传活动次数", "≥4", "次"],
      ["受益群众人数", "≥2000", "人"],
      ["群众满意度", "≥90", "%"],
    ]);
    expect(t.name).toBe("民族团结进步创建");
    expect(brief(t)).toEqual([
      ["开展宣传活动次数", ">=", 4, "次"],
      ["受益群众人数", ">=", 2000, "人"],
      ["群众满意度", ">=", 90, "%"],
    ]);
  });

  it("takes the operator from the column that holds operators when two labels hold each other's content", () => {
    const [t] = read([
      ["项目名称", "公务用车运行维护"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"],
      ["产出指标", "数量指标", "指标1:租车次数(次)", "正向", "大于等于", "1", "次"],
      ["", "时效指标", "指标2:车辆维修时限", "反向", "小于等于", "3", "天"],
    ]);
    expect(brief(t)).toEqual([
      ["指标1:租车次数(次)", ">=", 1, "次"],
      ["指标2:车辆维修时限", "<=", 3, "天"],
    ]);
    expect(t.indicators[0].extra).toMatchObject({ 指标性质: "正向" });
  });

  it("reads rows printed one column right of their header, as some exports do", () => {
    const [t] = read([
      ["项目名称", "乡村公路养护"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "养护里程", "≥125公里"],
      ["", "", "质量指标", "路面完好率", "≥95%"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(brief(t)).toEqual([
      ["养护里程", ">=", 125, "公里"],
      ["路面完好率", ">=", 95, "%"],
      ["群众满意度", ">=", 90, "%"],
    ]);
    expect(t.indicators[2].level1).toBe("满意度指标");
  });

  it("reads a value column per region under one spanning label, the first region as the value", () => {
    const [t] = read([
      ["项目名称", "民族宗教工作经费"],
      ["一级指标", "二级指标", "三级指标", "区域目标值"],
      ["", "", "", "甲县", "乙县", "丙县"],
      ["产出指标", "数量指标", "补助场所数量", "2个", "3个", "1个"],
    ]);
    expect(brief(t)).toEqual([["补助场所数量", null, 2, "个"]]);
    expect(t.indicators[0].extra).toMatchObject({ "区域目标值 › 乙县": "3个" });
  });

  it("reads a 评价标准 table with no target column: the top grade stands for the target", () => {
    const [t] = read([
      ["绩效目标表"],
      ["专项名称", "困难群众救助补助"],
      ["绩效指标分类", "绩效指标", "绩效指标评价标准"],
      ["", "", "优", "良", "中", "差"],
      ["产出指标", "救助覆盖率", "100%", "95%", "90%", "90%以下"],
      ["效果指标", "救助对象满意度", "85%", "80%", "70%", "70%以下"],
    ]);
    expect(brief(t)).toEqual([
      ["救助覆盖率", null, 100, "%"],
      ["救助对象满意度", null, 85, "%"],
    ]);
    expect(t.indicators[1].level1).toBe("效益指标");
  });

  it("reads an old 投入/产出 template with 目标1/目标2 row labels and a 全年绩效目标 column", () => {
    const [t] = read([
      ["2017年财政支出项目绩效目标表"],
      ["专项名称", "台胞联络经费"],
      ["绩效目标", "评价指标", "", "绩效内容", "绩效标准", "全年绩效目标"],
      ["投入", "成本目标", "目标1", "发放生活补贴", "100%", "按实际情况发放"],
      ["产出", "数量目标", "目标1", "补贴受益人数", "432人", "432人"],
    ]);
    expect(brief(t)).toEqual([
      ["发放生活补贴", null, "按实际情况发放", null],
      ["补贴受益人数", null, 432, "人"],
    ]);
    expect(t.indicators[1]).toMatchObject({ level1: "产出指标", level2: "数量指标" });
  });

  it("never takes a sign-off line or a note below the table as an indicator", () => {
    const [t] = read([
      ["项目名称", "图书馆免费开放"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "开放天数", "≥300天"],
      ["填表人:", "张某", "联系电话:", "[手机号已略去]"],
      ["注:以预算批复的绩效目标为准填列。"],
    ]);
    expect(brief(t)).toEqual([["开放天数", ">=", 300, "天"]]);
  });
});

describe("tables without a 三级 column", () => {
  it("names the indicators by the finest level column when there is no name column (一级 | 二级 | 指标值)", () => {
    const [t] = read([
      ["项目名称", "社区服务经费"],
      ["一级指标", "二级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "服务社区12个", "按季度统计"],
      ["", "质量指标", "验收合格率100%", ""],
      ["满意度指标", "服务对象满意度指标", "≥90%", ""],
    ]);
    expect(t.indicators.map((i) => [i.name, i.value])).toEqual([
      ["数量指标", "服务社区12个"],
      ["质量指标", "验收合格率100%"],
      ["服务对象满意度指标", 90],
    ]);
    expect(t.indicators[0].extra).toEqual({ 备注: "按季度统计" });
  });
});

describe("more header shapes", () => {
  it("reads a 序号 column and a group row above the labels", () => {
    const [t] = read([
      ["项目名称", "老年助餐服务"],
      ["绩效指标"],
      ["序号", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["1", "产出指标", "数量指标", "助餐服务人次", "≥12000", "人次"],
      ["2", "", "质量指标", "食品安全事故", "=0", "起"],
      ["3", "满意度指标", "服务对象满意度指标", "老年人满意度", "≥90", "%"],
    ]);
    expect(brief(t)).toEqual([
      ["助餐服务人次", ">=", 12000, "人次"],
      ["食品安全事故", "=", 0, "起"],
      ["老年人满意度", ">=", 90, "%"],
    ]);
    expect(t.indicators[1]).toMatchObject({ level1: "产出指标", level2: "质量指标" });
  });

  it("keeps two projects apart when each has its own name line, even without titles", () => {
    const tables = read([
      ["项目名称", "项目甲"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "甲的指标", "≥1个"],
      ["项目名称", "项目乙"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "乙的指标", "≥2个"],
    ]);
    expect(tables.map((t) => [t.name, t.indicators.map((i) => i.name)])).toEqual([
      ["项目甲", ["甲的指标"]],
      ["项目乙", ["乙的指标"]],
    ]);
  });
});

describe("indicator names that are also header labels", () => {
  it("keeps reading at a cost indicator named 项目金额 or 资金总额", () => {
    const [t] = read([
      ["项目名称", "农村文化建设"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "送戏场次", "≥70场"],
      ["", "成本指标", "项目金额", "≤5万元"],
      ["", "", "资金总额", "≤5万元"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(t.indicators.map((i) => i.name)).toEqual(["送戏场次", "项目金额", "资金总额", "群众满意度"]);
  });

  it("leaves an empty money line empty when a goal row with column heads follows (年度总体目标 | 预期目标 | 实际完成情况)", () => {
    const [t] = read([
      ["项目支出绩效自评表"],
      ["项目名称", "委托业务项目"],
      ["主管部门", "219-某镇人民政府", "实施单位", "219001-某镇人民政府"],
      ["项目资金(万元)", "", "年初预算数", "全年预算数"],
      ["", "年度资金总额:", "90", "90"],
      ["", "其中:本年财政拨款", "90", "90"],
      ["", "其他资金"],
      ["年度总体目标", "预期目标", "实际完成情况"],
      ["", "完成基建工程预算编制、审计和设计", "已完成预算编制、审计和设计"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
      ["", "产出指标", "数量指标", "委托业务项目数量", "≥50个", "50"],
      ["", "满意度指标", "满意度指标", "公众满意度", "≥90%", "95%"],
    ]);
    expect(t.goal).toBe("完成基建工程预算编制、审计和设计");
    expect(t.fields.find((f) => f.label === "其他资金")).toMatchObject({ text: "" });
    expect(t.fields.find((f) => f.label === "实际完成情况")).toMatchObject({ text: "已完成预算编制、审计和设计" });
    expect(brief(t)).toEqual([
      ["委托业务项目数量", ">=", 50, "个"],
      ["公众满意度", ">=", 90, "%"],
    ]);
  });

  it("takes no value from the next form row: blank boxes, a 到 between dates, a label naming its unit", () => {
    const [t] = read([
      ["财政支出绩效目标申报表"],
      ["项目名称", "", "项目类型", ""],
      ["项目实施单位", "", "项目负责人", "", "联系电话", ""],
      ["项目起止时间(如20190101)", "", "到", ""],
      ["项目资金申请(万元)", "资金总额:", ""],
      ["", "一般公共预算拨款:", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "完成项目数", "≥3个"],
    ]);
    const text = (label: string) => t.fields.find((f) => f.label === label)?.text;
    expect(["项目实施单位", "项目负责人", "联系电话", "项目起止时间(如20190101)"].map(text)).toEqual(["", "", "", ""]);
    expect(t.implementer ?? null).toBeNull();
    expect(brief(t)).toEqual([["完成项目数", ">=", 3, "个"]]);
  });

  it("still reads amounts under sub-labels that pass below a merged label (财政资金 | 其他 over 中央 | 省级 over amounts)", () => {
    const [t] = read([
      ["专项绩效目标申报表"],
      ["专项名称", "就学补助"],
      ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "", "其他"],
      ["", "", "中央", "省级", ""],
      ["", "7", "0", "7", "0"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助人数", "≥10人"],
    ]);
    expect(t.fields.find((f) => f.label === "其他")).toMatchObject({ text: "0", cell: "E5" });
    expect(t.budget).toMatchObject({ amount: 7, unit: "万元" });
  });

  it("names indicators by a 二级指标 column of names beside a 指标内容 column of sentences; a value restating the name", () => {
    const [t] = read([
      ["财政支出绩效目标申报表"],
      ["项目名称", "示范项目"],
      ["项目年度绩效目标衡量指标", "一级指标", "二级指标", "分值", "指标内容", "指标值", "评分细则"],
      ["", "投入指标", "资金到位率", "5", "资金到位率=(实际到位资金/计划投入资金)×100%。", "资金到位率达100%", "到位率100%得5分,每少10个百分点扣1分。"],
      ["", "", "预算支出进度", "15", "预算支出进度是否达到90%以上。", "预算支出进度达到90%以上", "达到90%以上得15分。"],
      ["", "过程指标", "资金使用合规性", "10", "是否符合国家财经法规和财务管理制度的规定。", "符合规定", "符合得10分,否则0分。"],
    ]);
    expect(brief(t)).toEqual([
      ["资金到位率", ">=", 100, "%"],
      ["预算支出进度", ">=", 90, "%"],
      ["资金使用合规性", null, "符合规定", null],
    ]);
    expect(t.indicators.map((i) => [i.level1, i.weight, i.valueRaw])).toEqual([
      ["投入指标", 5, "资金到位率达100%"],
      ["投入指标", 15, "预算支出进度达到90%以上"],
      ["过程指标", 10, "符合规定"],
    ]);
    expect(t.indicators[0].extra).toMatchObject({ 指标内容: "资金到位率=(实际到位资金/计划投入资金)×100%。" });
  });

  it("keeps 指标内容 as the name when the 二级指标 column holds level words", () => {
    const [t] = read([
      ["项目支出绩效目标表"],
      ["项目名称", "示范项目"],
      ["一级指标", "二级指标", "指标内容", "指标值"],
      ["产出指标", "数量指标", "改造学校数量", "≥3所"],
      ["", "质量指标", "工程验收合格率", "100%"],
      ["效益指标", "社会效益指标", "办学条件改善情况", "持续改善"],
    ]);
    expect(t.indicators.map((i) => [i.level2, i.name])).toEqual([
      ["数量指标", "改造学校数量"],
      ["质量指标", "工程验收合格率"],
      ["社会效益指标", "办学条件改善情况"],
    ]);
  });

  it("gives amounts under a row of column labels the unit its first label names (项目资金(万元) | 年初预算数 | 全年预算数)", () => {
    const [t] = read([
      ["项目支出绩效自评表"],
      ["项目名称", "村级补助及运转经费"],
      ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数"],
      ["", "年度资金总额:", "202.64", "202.64", "132.91"],
      ["", "其中:本年财政拨款", "202.64", "202.64", "132.91"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
      ["产出指标", "数量指标", "补助村(社区)数量", "=8个", "8"],
    ]);
    expect(t.budget).toMatchObject({ amount: 202.64, unit: "万元" });
    expect(t.budgetItems.every((b) => b.money.unit === "万元")).toBe(true);
    expect(brief(t)).toEqual([["补助村(社区)数量", "=", 8, "个"]]);
  });

  it("keeps the value's operator when the operator-like column holds only 定量 / 定性", () => {
    const [t] = read([
      ["项目绩效目标表"],
      ["项目名称", "社区服务"],
      ["一级指标", "二级指标", "指标名称", "指标值", "指标值类型"],
      ["产出指标", "数量指标", "服务社区数", "≥10个", "定量"],
      ["效益指标", "社会效益指标", "居民获得感", "明显提升", "定性"],
    ]);
    expect(brief(t)).toEqual([
      ["服务社区数", ">=", 10, "个"],
      ["居民获得感", null, "明显提升", null],
    ]);
    expect(t.indicators.map((i) => i.nature)).toEqual(["quantitative", "qualitative"]);
  });

  it("splits a long table with a 单位名称、项目名称 column: a unit line above its projects names their department", () => {
    const [a, b, ...rest] = read([
      ["项目支出绩效目标表"],
      ["单位名称、项目名称", "项目年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
      ["某县交通运输局"],
      ["农村公路养护经费", "完成农村公路养护120公里", "产出指标", "数量指标", "养护里程", ">=", "120", "公里"],
      ["", "", "满意度指标", "服务对象满意度指标", "群众满意度", ">=", "90", "%"],
      ["客运站运营补助", "保障客运站正常运营", "产出指标", "数量指标", "补助客运站数量", "=", "3", "个"],
    ]);
    expect(rest).toEqual([]);
    expect([a, b].map((t) => [t.name, t.department, t.goal, t.indicators.length])).toEqual([
      ["农村公路养护经费", "某县交通运输局", "完成农村公路养护120公里", 2],
      ["客运站运营补助", "某县交通运输局", "保障客运站正常运营", 1],
    ]);
    expect(brief(a)[0]).toEqual(["养护里程", ">=", 120, "公里"]);
  });

  it("reads a transfer table's 地方主管部门 (beside 中央主管部门) as its department and 资金使用单位 as implementer", () => {
    const [t] = read([
      ["转移支付区域绩效目标表"],
      ["专项名称", "农业生产发展资金"],
      ["中央主管部门", "农业农村部"],
      ["地方主管部门", "某省农业农村厅", "资金使用单位", "各县（市、区）"],
      ["资金情况（万元）", "年度金额：", "", "5000"],
      ["", "其中：中央补助", "", "4000"],
      ["年度总体目标", "支持耕地地力保护"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "耕地地力保护补贴面积", "≥300万亩"],
    ]);
    expect(t).toMatchObject({ kind: "transfer", name: "农业生产发展资金", department: "某省农业农村厅", implementer: "各县（市、区）" });
    expect(t.budget).toMatchObject({ amount: 5000, unit: "万元" });
  });

  it("reads the goal under 中期目标 | 年度目标 heads when one text stands under both (the 88号 申报表 box)", () => {
    const head = (goalRow: string[]) => [
      ["项目支出绩效目标申报表"],
      ["项目名称", "城管执法车辆维修燃油费"],
      ["项目资金 (万元)", "中期资金总额:", "340.00", "年度资金总额:", "340.00"],
      ["总 体 目 标", "中期目标(2023年—2023年)", "年度目标"],
      goalRow,
      ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "完成修理养护的车辆数量", "≥90辆"],
    ];
    // One text, merged across both boxes: it is the goal, never the word 年度目标.
    const [one] = read(head(["", "保障执法车辆的维修及燃油费用"]));
    expect(one.goal).toBe("保障执法车辆的维修及燃油费用");
    expect(one.goals.map((g) => [g.label, g.text])).toEqual([["中期目标(2023年—2023年)", "保障执法车辆的维修及燃油费用"]]);
    // Both boxes filled: the year's goal leads, the 中期 one is kept.
    const [two] = read(head(["", "三年内完成执法车辆更新", "保障本年执法车辆的维修及燃油费用"]));
    expect(two.goal).toBe("保障本年执法车辆的维修及燃油费用");
    expect(two.goals.map((g) => g.text)).toEqual(["三年内完成执法车辆更新", "保障本年执法车辆的维修及燃油费用"]);
    // Only the year's box filled (the 中期 box left blank): the text is the year's goal.
    const [year] = read(head(["", "", "保障本年执法车辆的维修及燃油费用"]));
    expect(year.goal).toBe("保障本年执法车辆的维修及燃油费用");
  });
  it("keeps a row whose 三级 cell is blank in its columns (no drift): the levels stay, the name is empty", () => {
    const [t] = read([
      ["项目名称", "某某经费"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "完成任务数", "≥10个"],
      ["", "效益指标", "社会效益指标", "", "明显提升"],
      ["", "", "可持续影响指标", "长效机制", "健全"],
      ["", "", "生态效益指标", "", "持续改善"],
      ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
      ["产出指标", "数量指标", "完成任务数", 10],
      ["效益指标", "社会效益指标", "", "明显提升"],
      ["效益指标", "可持续影响指标", "长效机制", "健全"],
      ["效益指标", "生态效益指标", "", "持续改善"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", 90],
    ]);
    expect(t.indicators[1].cells).toMatchObject({ name: "D4", value: "E4" });
    // A sub-level the template lists but the project does not use, marked 无, / or ——: context, not an indicator.
    const [na] = read([
      ["项目名称", "某某经费"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "完成任务数", "≥10个"],
      ["", "效益指标", "经济效益指标", "", "无"],
      ["", "", "生态效益指标", "", "/"],
      ["", "", "可持续影响指标", "无", "无"],
      ["", "", "", "——", ""],
      ["", "", "社会效益指标", "受益人数", "≥100人"],
    ]);
    expect(na.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "完成任务数"],
      ["效益指标", "社会效益指标", "受益人数"],
    ]);
  });
  it("keeps level names and the name in their columns when only the value part strays (提高 typed under 指标性质)", () => {
    // The one-row-per-indicator export: project columns first, then the indicator's.
    const [t] = read([
      ["项目名称", "资金总额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标属性"],
      ["基本公共卫生服务补助", "1560", "免费提供12类基本公共卫生服务。", "产出指标", "数量指标", "居民电子健康档案建档率", "≥", "90", "%", "定量"],
      ["", "", "", "产出指标", "质量指标", "高血压患者规范管理率", "≥", "60", "%", "定量"],
      ["", "", "", "效益指标", "社会效益指标", "居民健康素养水平", "提高", "", "定性"],
      ["", "", "", "满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥", "85", "%", "定量"],
    ]);
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "居民电子健康档案建档率"],
      ["产出指标", "质量指标", "高血压患者规范管理率"],
      ["效益指标", "社会效益指标", "居民健康素养水平"],
      ["满意度指标", "服务对象满意度指标", "城乡居民满意度"],
    ]);
  });
});
