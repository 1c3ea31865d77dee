import { defineRule, type FindingDraft } from "../model/finding.js";
import type { NumberMention } from "../model/value.js";
import { numbersInText } from "../grammar/index.js";
import { cellLocation } from "./utils/location.js";

/**
 * A year later than the budget year in the goal text or the table's name: the annual table carries a
 * later year's (or the implementation period's) target. Earlier years are left alone — goal texts cite
 * older documents (〔2019〕19号) and last year's policies being paid out now; so are the years in a cited
 * document's title (《2021-2025年规划》).
 */
export default defineRule({
  id: "goal-year-mismatch",
  meta: {
    name: { zh: "目标年份晚于预算年度", en: "Goal year after the budget year" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "目标文本或项目名称中出现晚于预算年度的年份（如 2023 年的表写“2024 年完成”）。",
        en: "The goal text or the table's name mentions a year after the budget year (“2024 年完成” in a 2023 table).",
      },
    },
    messages: {
      goal: {
        zh: "{label}中的“{text}”晚于预算年度 {year} 年；年度目标应写本年度要完成的内容，跨年度的目标请放在实施期目标中。",
        en: "{label}: “{text}” is after budget year {year}; the annual goal states this year's target, multi-year targets belong to the implementation-period goal.",
      },
      name: {
        zh: "项目名称中的“{text}”与预算年度 {year} 年不一致；请核对项目名称或表的年度。",
        en: "The table's name says “{text}”, which disagrees with budget year {year}; check the name or the table's year.",
      },
    },
  },
  *check(table, { facts }): Generator<FindingDraft<"goal" | "name">> {
    const year = facts.year;
    if (year === null) return;
    // A school year straddles budget years (2024年春季学期, 2023—2024学年), and a span from the budget year on
    // (2023-2025年) states the period: neither is a later year's target.
    const straddles = (text: string, n: NumberMention) =>
      /^\s*(春|秋|寒|暑|学年|学期|上学期|下学期)/u.test(text.slice(n.end)) ||
      new RegExp(`${year}\\s*年?\\s*(-|—|–|~|～|至|到)+\\s*$`, "u").test(text.slice(Math.max(0, n.start - 10), n.start));
    // A year inside a document's title (按照《某县2021-2025年学前教育规划》) names the document, not a target.
    const titled = (text: string, n: NumberMention) => {
      const open = text.lastIndexOf("《", n.start);
      return open >= 0 && text.indexOf("》", open) >= n.end && !text.slice(open, n.start).includes("》");
    };
    const later = (raw: string) => {
      const text = raw.normalize("NFKC");
      return numbersInText(text).filter((n) => n.unit === "年" && Number.isInteger(n.value) && n.value > year && n.value < 2100 && !straddles(text, n) && !titled(text, n));
    };
    const inName = later(table.name)[0];
    if (inName) {
      const field = table.fields.find((f) => f.text.trim() === table.name.trim());
      yield { messageId: "name", data: { text: `${inName.value} 年`, year }, indicator: null, at: field ? cellLocation(table.location.sheet, field.cell) : null };
    }
    // A goal not labelled 年度 speaks for the whole period the header states: its years are the period's.
    const periodEnd = facts.period?.end.year ?? year;
    for (const goal of facts.annualGoals) {
      const explicit = /年度|当年/u.test(goal.label);
      const m = later(goal.text).filter((n) => explicit || n.value > periodEnd)[0];
      if (m) yield { messageId: "goal", data: { label: goal.label, text: `${m.value} 年`, year }, indicator: null, at: goal.at };
    }
  },
});
