/**
 * The unit, consistency, measurability, deadline and parse rules on the real seed tables, read by
 * the normalizer: exactly these findings — each one checked by hand and defensible to the
 * department that filed the table (see the report of this part) — and nothing else.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/api/normalize-files.js";
import type { RuleModule } from "../../src/model/finding.js";
import { RULES } from "../../src/rules/index.js";
import { runRule } from "../helpers/rule-tester.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEED = path.join(root, "fixtures", "seed", "shenyang-2022-report-and-2023-targets.txt");
const SEED_TWINS = ["seed-per-sheet.xlsx", "seed-stacked.xlsx", "seed.xls", "seed-gb18030.csv"].map((f) => path.join(root, "fixtures", "seed", f));
const MINE = [
  "annual-goal-copies-period-goal",
  "ambiguous-unit", "cost-exceeds-budget", "deadline-missing", "deadline-outside-year", "deadline-unparseable", "duplicate-measure",
  "goal-money-magnitude", "goal-number-mismatch", "goal-year-mismatch", "header-unit-conflict", "no-indicators", "outcome-restates-output",
  "qualitative-cost", "quantitative-without-number", "rate-unit-mismatch", "unit-cost-vs-budget", "unit-missing", "unit-nonstandard",
  "unit-value-mismatch", "unreadable-cell", "vague-value", "value-repeats-name",
];

/** [rule, table (prefix), indicator or null, cell]. */
const EXPECTED: [string, string, string | null, string][] = [
  ["goal-number-mismatch", "老旧小区改造", "改造小区数", "E119"],
  ["qualitative-cost", "浑南科技城", "经费支出规范性", "F141"],
  ["vague-value", "浑南科技城", "促进经济发展", "F142"],
  ["vague-value", "浑南科技城", "促进人才培养、科学研究和社会服务协调发展", "F143"],
  ["unit-cost-vs-budget", "政府专项-城乡居民医疗保险补助", "人均财政补助标准", "F160"],
  ["vague-value", "政府专项-城乡居民医疗保险补助", "减轻城乡居民参保成本", "F161"],
  ["vague-value", "政府专项-城乡居民医疗保险补助", "保障城乡居民参保补助", "F162"],
  ["vague-value", "省高等学校", "教学科研等办学条件改善情况", "F178"],
  ["vague-value", "省高等学校", "持续改善办学条件", "F181"],
  ["value-repeats-name", "政府民政大专项", "每月发放", "F224"],
  ["vague-value", "政府民政大专项", "保障困难群众基本生活", "F225"],
  ["vague-value", "政府民政大专项", "持续发放低保金、特困供养金", "F226"],
  ["goal-money-magnitude", "2023 年沈阳市金融专项", null, "B238"],
  ["vague-value", "2023 年沈阳市金融专项", "降低企业融资成本", "F249"],
  ["vague-value", "2023 年沈阳市金融专项", "进一步发挥保持社会稳定作用", "F250"],
  ["outcome-restates-output", "2023 年沈阳市促进数字经济", "推动数字经济项目", "D270"],
  ["deadline-outside-year", "食品抽查检验专项经费", null, "H284"],
  ["vague-value", "食品抽查检验专项经费", "提高公众食品安全科普知识素养", "F288"],
  ["vague-value", "食品抽查检验专项经费", "逐步提高食品安全质量", "F289"],
  ["vague-value", "食品抽查检验专项经费", "食品抽检能力和水平持续满足产品及标准变化", "F291"],
  ["vague-value", "会展业专项", "促进地区社会发展", "G310"],
  ["vague-value", "会展业专项", "持续保持市场主体发展活力", "G311"],
  ["vague-value", "沈阳公积金办事大厅专项业务经费", "对外窗口服务环境", "G329"],
  ["deadline-missing", "沈阳公积金办事大厅专项业务经费", "对外窗口服务环境", "H329"],
  ["vague-value", "沈阳公积金办事大厅专项业务经费", "保障水平", "F330"],
  ["vague-value", "副食风险金", "拨付资金发挥效益", "F350"],
  ["vague-value", "副食风险金", "保障全市生活必需品市场运行稳定", "F351"],
  ["qualitative-cost", "绿色制造体系示范项目奖励", "经费支出规范性", "F391"],
  ["vague-value", "绿色制造体系示范项目奖励", "提高企业社会影响力", "F392"],
  ["value-repeats-name", "绿色制造体系示范项目奖励", "节能环保", "F393"],
  ["duplicate-measure", "服务型制造", "奖励企业数量", "F408"],
  ["vague-value", "服务型制造", "促进经济发展", "G413"],
  ["vague-value", "服务型制造", "创新性发展", "G414"],
  ["vague-value", "两品一标认证补贴", "提升群众放心消费农产品意识，消除消费恐慌。", "F436"],
  ["vague-value", "两品一标认证补贴", "消除媒体质疑，群众可享受到严格监管后的成果。", "F437"],
];

type Row = [string, string, string | null, string];

async function findingsOf(file: string): Promise<Row[]> {
  const records = await normalizeFile(file);
  const rules = RULES.filter((r) => MINE.includes(r.id)) as RuleModule<string, unknown>[];
  expect(rules.map((r) => r.id).sort()).toEqual([...MINE].sort());
  const found: Row[] = [];
  for (const t of records.tables) {
    for (const rule of rules) {
      for (const f of runRule(rule, t)) {
        const prefix = EXPECTED.find((e) => t.name.startsWith(e[1]))?.[1] ?? t.name;
        found.push([rule.id, prefix, f.indicator?.name ?? null, (f.at ?? f.indicator?.location)?.cell ?? ""]);
      }
    }
  }
  return found;
}

describe("the seed, rules of this part", () => {
  it("yields exactly the reviewed findings, at their cells", async () => {
    const key = (e: Row) => e.join("|");
    expect((await findingsOf(SEED)).map(key).sort()).toEqual(EXPECTED.map(key).sort());
  });
  // The twins lay the tables out differently (one per sheet, other rows), so cells differ; the findings do not.
  for (const twin of SEED_TWINS) {
    it(`yields the same findings on ${path.basename(twin)}`, async () => {
      const key = (e: Row) => e.slice(0, 3).join("|");
      expect((await findingsOf(twin)).map(key).sort()).toEqual(EXPECTED.map(key).sort());
    });
  }
});
