/**
 * The table's context for the rules: the budget in 元, the budget year, the implementation period from
 * the header (项目期, 项目起止时间, 实施周期, 开始日期/结束日期), the goal texts and which of them speak for
 * the budget year, and the rows that are not indicators (a bare 0, 填表人：…, 注：…).
 */
import { parseA1 } from "../model/a1.js";
import type { HeaderField, Indicator, Location, Table } from "../model/records.js";
import type { BudgetFacts, GoalFacts, PeriodFacts, SkipReason } from "../model/semantic.js";
import type { DatePoint } from "../model/value.js";
import { labelKey, moneyFactor, parseDatePoint, parseDateSpan } from "../grammar/index.js";

export function cellLocation(sheet: string, cell: string): Location {
  const p = parseA1(cell);
  return { sheet, row: p ? p.r + 1 : 1, cell: cell.toUpperCase() };
}

/** Money units a budget cell may carry; 万 / 亿 alone are money in a budget line. */
function factorOf(unit: string): number | undefined {
  const u = unit.normalize("NFKC").replace(/\s|人民币/g, "");
  if (u === "万") return 1e4;
  if (u === "亿") return 1e8;
  return moneyFactor(u);
}

export function budgetOf(table: Table): BudgetFacts | null {
  const b = table.budget;
  if (!b || b.amount === null || !(b.amount > 0)) return null;
  const unit = b.unit ?? table.declaredUnit ?? "万元";
  const f = factorOf(unit);
  if (f === undefined) return null;
  return { amount: b.amount, unit, yuan: b.amount * f, text: `${b.amount} ${unit}`, at: b.cell ? cellLocation(table.location.sheet, b.cell) : null };
}

const MULTI_YEAR = /实施期|中期|长期|总体|实施周期|总目标/u;

export function goalsOf(table: Table): { goals: GoalFacts[]; annual: GoalFacts[] } {
  const sheet = table.location.sheet;
  const goals: GoalFacts[] =
    table.goals.length > 0
      ? table.goals.map((g) => ({ label: g.label, text: g.text, at: cellLocation(sheet, g.cell), cell: g.cell, annual: false }))
      : table.goal
        ? [{ label: "总体目标", text: table.goal, at: null, cell: null, annual: false }]
        : [];
  const hasAnnual = goals.some((g) => /年度|当年/u.test(g.label) && !MULTI_YEAR.test(g.label));
  for (const g of goals) g.annual = hasAnnual ? !MULTI_YEAR.test(g.label) : true;
  return { goals, annual: goals.filter((g) => g.annual) };
}

const PERIOD_LABEL =
  /^(项目期|项目期限|实施期|项目实施期|转移支付实施期|项目支出实施期|(项目|专项)?起止(时间|日期)|实施周期|建设周期|项目周期|(项目)?建设期|(项目)?执行期|项目实施时间|实施时间)/u;
const START_LABEL = /^(项目|计划|专项)?(开始|起始|开工)(日期|时间)$/u;
const END_LABEL = /^(项目|计划|专项)?(结束|完成|截止|终止|竣工)(日期|时间|.期)$/u;

/** The implementation period the header states; null when it states none pbm can read. */
export function periodOf(table: Table, year: number | null): PeriodFacts | null {
  const sheet = table.location.sheet;
  const at = (f: HeaderField) => cellLocation(sheet, f.cell);
  for (const f of table.fields) {
    if (!PERIOD_LABEL.test(labelKey(f.label))) continue;
    const span = parseDateSpan(f.text, year);
    if (span && !span.yearless) return { label: f.label, text: f.text.trim(), start: span.start, end: span.end, at: at(f) };
  }
  const start = table.fields.find((f) => START_LABEL.test(labelKey(f.label)));
  const end = table.fields.find((f) => END_LABEL.test(labelKey(f.label)));
  const endDate = end ? parseDatePoint(end.text, null) : null;
  if (end && endDate) {
    const startDate: DatePoint | null = start ? (parseDatePoint(start.text, null)?.date ?? null) : null;
    return { label: start ? `${start.label}/${end.label}` : end.label, text: [start?.text, end.text].filter(Boolean).join(" – "), start: startDate, end: endDate.date, at: at(end) };
  }
  // 实施周期总目标(2022年--2024年): the period in a goal's label.
  for (const g of table.goals) {
    const m = /[(（]([^()（）]*\d{4}[^()（）]*)[)）]/u.exec(g.label);
    const span = m ? parseDateSpan(m[1].replace(/-+/g, "-"), year) : null;
    if (span && span.start) return { label: g.label, text: m![1], start: span.start, end: span.end, at: cellLocation(sheet, g.cell) };
  }
  return null;
}

const SIGNATURE =
  /^(填表人|填报人|制表人|经办人|审核人|审核|复核人|复核|负责人|单位负责人|财务负责人|项目负责人|分管领导|联系人|联系电话|电话|填报日期|填表日期|填报时间|上报时间|报送时间|日期|盖章|单位盖章|单位\(盖章\)|签字|签名)/u;
const NOTE = /^(注|备注|说明|附注)(\d|[:：]|$)/u;

const BARE_NUMBER = /^[\d.,\s%-]+$/u;

/** Why a row is not an indicator, or null when it is one. */
export function skipReason(ind: Indicator): SkipReason | null {
  const name = labelKey(ind.name);
  if (SIGNATURE.test(name) && (/[:：]/.test(ind.name) || name.length <= 6 || !ind.valueRaw)) return "signature";
  if (NOTE.test(name)) return "note";
  // A number is never an indicator's name; a row holding nothing but a number is a total or a stray cell.
  if (name && BARE_NUMBER.test(name)) return "number-only";
  const value = (ind.valueRaw ?? "").trim();
  if (!name && BARE_NUMBER.test(value) && !ind.operatorRaw?.trim() && !ind.unit?.trim() && !ind.level1Raw && !ind.level2Raw) return "number-only";
  return null;
}
