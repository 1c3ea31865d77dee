/**
 * The facts of one indicator row: the target through the value grammar (merged with the operator and
 * unit columns and the name's brackets), what the indicator measures, which way is better, and how a
 * qualitative target reads. Computed once per row; every rule reads the same answers.
 */
import type { Indicator, Operator } from "../model/records.js";
import type { BlockFacts, Counted, Direction, IndicatorFacts, Measure, NameFacts, Nature, RateKind, UnitFacts } from "../model/semantic.js";
import { memo } from "../model/memo.js";
import type { DatePoint, DateSpan, ParsedValue, UnitInfo } from "../model/value.js";
import {
  leadingOperator,
  numbersInText,
  parseDateSpan,
  parseOperatorCell,
  parseUnit,
  parseUnitWord,
  parseValue,
  sameUnit,
  unitInName,
  foldSymbols,
} from "../grammar/index.js";
import { blockOf, underCost } from "./levels.js";
import {
  coreName,
  countedByName,
  fullCoverageWord,
  impliesRate,
  isBadOutcomeName,
  isBurdenName,
  isCostBenefitWording,
  isCostControlName,
  isCostName,
  isCountName,
  isDeadlineName,
  isDimensionlessName,
  isChangeOfName,
  isLeveragedMoneyName,
  isLoweringName,
  isMoneyName,
  isRateName,
  isSatisfactionName,
  isServiceDaysName,
  isTimeLimitName,
  isWholeProjectCostName,
  rateKindOf,
} from "./names.js";
import { vagueWords, wordingOf } from "./wording.js";


const NATURE_WORDS: Record<string, Nature> = { 定性: "qualitative", 定性指标: "qualitative", 定量: "quantitative", 定量指标: "quantitative" };
const NATURE_COLUMN = /指标性质|指标值类型|指标类型|定量\/定性|定性\/定量|性质/u;
/** Codes budget systems put in the operator column for "no operator". */
const NO_OPERATOR_CODE = /^(定性|定量|定性指标|定量指标|文字|描述|描述性|是否|无|—|－|-|\/|／)$/u;

function natureOf(ind: Indicator, columnNature: Nature | null): Nature | null {
  const own = ind.nature;
  if (own === "qualitative" || own === "quantitative") return own;
  if (columnNature) return columnNature;
  for (const [label, text] of Object.entries(ind.extra)) {
    if (!NATURE_COLUMN.test(label)) continue;
    const key = text.replace(/\s+/g, "");
    if (Object.hasOwn(NATURE_WORDS, key)) return NATURE_WORDS[key];
  }
  return null;
}

/** The template hint of a name: 苗木成活率(≥**%) → ">=" and "%"; 受益人数(人) → "人". */
function nameHint(name: string): { operator: Operator | null; unit: UnitInfo | null } {
  const m = /[(（]\s*([^()（）]{1,10})\s*[)）]\s*$/u.exec(name.trim());
  if (!m) return { operator: null, unit: null };
  const inner = foldSymbols(m[1]).replace(/\s+/g, "").replace(/^单位[:：]/u, "");
  const op = leadingOperator(inner);
  const rest = (op ? inner.slice(op[1]) : inner).replace(/[*＊xX×…?？]+/gu, "");
  return { operator: op?.[0] ?? null, unit: unitInName(name) ?? (rest ? parseUnit(rest) : null) };
}

function unitFacts(ind: Indicator, value: ParsedValue): { unit: UnitFacts | null; unitColumnText: string | null } {
  // The unit as written (百分比), not its standard spelling (%): rules about spellings need what the clerk typed.
  const column = (ind.unitRaw ?? ind.unit)?.trim() || null;
  const declared = ind.unitSource ?? null;
  if (column) {
    const info = parseUnit(column);
    if (!info && value.kind === "empty") return { unit: null, unitColumnText: column };
    const source = declared ?? (value.unit && sameUnit(value.unit, column) ? "value" : "column");
    return { unit: { text: column, info, source }, unitColumnText: info ? null : column };
  }
  if (value.unit) return { unit: { text: value.unit, info: value.unitInfo, source: "value" }, unitColumnText: null };
  const inName = nameHint(ind.name).unit;
  if (inName) return { unit: { text: inName.raw, info: inName, source: "name" }, unitColumnText: null };
  return { unit: null, unitColumnText: null };
}

function measureOf(name: NameFacts, unit: UnitFacts | null, value: ParsedValue, valueDate: DateSpan | null, qualitative: boolean): Measure {
  if (name.satisfaction) return "satisfaction";
  if (valueDate && (value.kind === "text" || name.deadlineName)) return "date";
  const f = unit?.info?.family;
  if (f === "money") return unit!.info!.per.length ? "unit-cost" : "amount";
  if (f === "magnitude" && (name.moneyName || name.costName)) return "amount";
  if (f === "percent" || f === "permille") return "rate";
  if (f === "time") return "duration";
  if (f === "people" || f === "household" || f === "count" || f === "place") return "count";
  if (f === "area" || f === "length" || f === "volume" || f === "weight" || f === "energy") return "quantity";
  if (f === "score" || f === "grade") return "score";
  if (qualitative) return name.deadlineName ? "date" : "qualitative";
  if (unit) return "unknown";
  if (name.rateName) return "rate";
  if (name.timeLimit || name.days) return "duration";
  if (name.countName) return "count";
  if (name.deadlineName) return "date";
  return "unknown";
}

function directionOf(
  name: NameFacts,
  measure: Measure,
  rate: RateKind | null,
  block: BlockFacts,
  cost: boolean,
  badOutcome: boolean,
): Direction {
  if (measure === "satisfaction") return "higher";
  // 降低担保费率 <= 1.5 % states the level reached, 降低群众就医成本 >= 10 % the reduction; 故障率降低 >= 20 %
  // too. The name alone cannot tell which, so neither bound is wrong.
  if (name.lowering || name.changeOf) return "unknown";
  if (badOutcome && (measure === "rate" || measure === "count" || measure === "unknown")) return "lower";
  switch (measure) {
    case "rate":
      if (rate === "completion" || rate === "coverage" || rate === "timeliness" || rate === "quality" || rate === "process" || rate === "usage") return "higher";
      if (rate === "bad-outcome") return "lower";
      return "unknown";
    case "count":
    case "quantity":
      if (cost || name.burden) return "unknown";
      if (block.level2 === "quantity") return "higher";
      if (block.level1 === "benefit" && measure === "count") return "higher";
      return "unknown";
    case "amount":
    case "unit-cost":
      if (cost) return "lower";
      // Money delivered as an output (融资担保 15.5 亿元 under 数量): more is better.
      return block.level2 === "quantity" && measure === "amount" && !name.burden ? "higher" : "unknown";
    case "duration":
      if (name.serviceDays) return "higher";
      return name.timeLimit ? "lower" : "unknown";
    case "date":
      return "lower";
    default:
      return "unknown";
  }
}

const COUNTED_UNIT: Record<Counted, string> = { people: "人", household: "户", place: "个", times: "次", mass: "吨" };

function impliedUnit(core: string, counted: Counted | null): string | null {
  if (counted) return COUNTED_UNIT[counted];
  if (/个数$/u.test(core)) return "个";
  if (/天数$/u.test(core)) return "天";
  if (/家数$/u.test(core)) return "家";
  return null;
}

/**
 * The target through the grammar. A value the grammar reads as "a counter and the thing counted" only
 * (支出规范 as 支 + 出规范, 节能环保 as 节 + 能环保) is words, not a unit: a real unit-only value is a unit word
 * (公里, 万亩, %).
 */
function valueOf(text: string): ParsedValue {
  const v = parseValue(text);
  if (v.kind === "unit-only" && v.unit && !parseUnitWord(v.unit)) return { ...v, kind: "text", unit: null, unitInfo: null, text: v.raw };
  return v;
}

/** What a name alone says it measures: a rate (…率, …比例), a count (…数量, …人数), an amount (…金额, …总成本). */
function nameSays(core: string): IndicatorFacts["nameSays"] {
  if (/(率|比例|占比|比重|百分比)$/u.test(core)) return "rate";
  if (/(金额|总额|经费|费用|投资额|总成本)$/u.test(core) && !/及时|按时|到位|拨付|发放|执行|使用|支出率|控制/u.test(core)) return "amount";
  if (isCountName(core)) return "count";
  return null;
}

/** A year written out, or a date that recurs (每月10日前, 每季度末, 每年3月底): a time a reviewer can check. */
const DATED_TEXT = /(?:19|20)\d{2}\s*(?:年|[-./—~至]\s*(?:19|20)\d{2})|^每(?:个)?(?:月|季度?|半年|年|周)[^，,；;]{0,4}?(?:\d{1,2}\s*[日号月]|[底末初])/u;

/** Dates inside a text ("在2023年12月前完成", "服务周期2023.07-2024.01"), the latest as a point; document numbers (〔2019〕) are not dates. */
function latestDateIn(text: string): DateSpan | null {
  const t = text.normalize("NFKC");
  let best: DatePoint | null = null;
  for (const m of t.matchAll(/((?:19|20)\d{2})\s*(?:年度?|[.\-/])\s*(?:(\d{1,2})(?!\d)\s*月?)?|((?:19|20)\d{2})年[底末]/gu)) {
    if (/[〔[(（]\s*$/u.test(t.slice(0, m.index))) continue;
    const year = Number(m[1] ?? m[3]);
    const month = m[2] ? Number(m[2]) : m[3] ? 12 : null;
    if (month !== null && (month < 1 || month > 12)) continue;
    if (!best || year > best.year || (year === best.year && (month ?? 12) > (best.month ?? 12))) best = { year, month, day: null };
  }
  return best ? { start: null, end: best, yearless: false } : null;
}

/** Everything the name alone says, once per distinct name. Shared between indicators: never mutated. */
const readName = memo((name: string): NameFacts => {
  const core = coreName(name);
  const hint = nameHint(name);
  const whole = parseValue(core);
  const counted = countedByName(name);
  const leveraged = isLeveragedMoneyName(name);
  return {
    core,
    satisfaction: isSatisfactionName(name),
    badOutcome: isBadOutcomeName(name),
    wholeProject: isWholeProjectCostName(name) || leveraged,
    rateName: isRateName(name),
    impliesRate: impliesRate(name),
    nameSays: nameSays(core),
    counted,
    impliedUnit: impliedUnit(core, counted),
    dimensionless: isDimensionlessName(name),
    nameUnit: hint.unit,
    nameOperator: hint.operator,
    nameNumbers: numbersInText(core).filter((n) => n.unit !== null),
    nameIsValue: whole.kind === "number" && whole.unit !== null,
    fullWord: fullCoverageWord(name),
    nameAsksYesNo: /是否|有无|有没有|能否/u.test(core),
    nameVague: vagueWords(core),
    deadlineName: isDeadlineName(name),
    moneyName: isMoneyName(name),
    costName: isCostName(name),
    leveraged,
    costBenefitWording: isCostBenefitWording(name),
    costControl: isCostControlName(name),
    timeLimit: isTimeLimitName(name),
    serviceDays: isServiceDaysName(name),
    days: /天数$/u.test(core),
    countName: isCountName(name),
    lowering: isLoweringName(name),
    changeOf: isChangeOfName(name),
    burden: isBurdenName(name),
    rateKind: rateKindOf(name),
  };
});

export function analyzeIndicator(ind: Indicator, index: number, tableYear: number | null, headerNumbers: ReadonlySet<number> = new Set()): IndicatorFacts {
  const block = blockOf(ind);
  const name = readName(ind.name);
  const core = name.core;
  const valueText = (ind.valueRaw ?? (ind.value === null ? "" : String(ind.value))).trim();
  const value = valueOf(valueText);

  // The operator: its own column (≥, 定性), else inside the value (≥95%, 95%以上).
  const rawOp = ind.operatorRaw?.trim() || null;
  const inValue = rawOp !== null && valueText.includes(rawOp);
  const column = rawOp && !inValue ? parseOperatorCell(rawOp) : null;
  const operator: Operator | null = column?.operator ?? ind.operator ?? value.operator ?? null;
  const operatorRaw = column?.operator ? rawOp : (value.operatorRaw ?? (ind.operator ? rawOp : null));
  const operatorIn: IndicatorFacts["operatorIn"] = operator ? (column?.operator ? "column" : "value") : null;
  const operatorUnreadable = column && !column.operator && !column.nature && !NO_OPERATOR_CODE.test(rawOp!.replace(/\s+/g, "")) ? rawOp : null;

  const number = typeof ind.value === "number" && Number.isFinite(ind.value) ? ind.value : value.kind === "number" ? value.number : null;
  const { unit, unitColumnText } = unitFacts(ind, value);

  const qualitativeText =
    value.kind === "text" ? (value.text ?? valueText) : value.kind === "empty" && unitColumnText ? unitColumnText : null;
  const valueDate = value.kind === "text" ? (parseDateSpan(valueText, tableYear) ?? latestDateIn(valueText)) : null;
  const wording = qualitativeText !== null && !valueDate ? wordingOf(qualitativeText, value.kind === "text" ? "value" : "unit", ind.name) : null;

  const measure = measureOf(name, unit, value, valueDate, wording !== null);
  const rate = measure === "rate" ? name.rateKind : null;
  const moneyUnit = unit?.info?.family === "money" && unit.info.per.length === 0;
  const costByName = name.costName && !name.leveraged && !(block.level1 === "benefit" && name.costBenefitWording);
  const cost = underCost(block) || (costByName && !name.lowering) || (name.costControl && measure === "rate");
  const money = moneyUnit || measure === "amount" || (measure !== "rate" && number !== null && unit === null && cost);
  const direction = directionOf(name, measure, rate, block, cost && measure !== "rate", name.badOutcome);
  const deadline = ind.deadline?.trim()
    ? (parseDateSpan(ind.deadline, tableYear) ??
      (ind.deadlineDate ? { start: null, end: { year: ind.deadlineDate.year, month: ind.deadlineDate.month, day: ind.deadlineDate.day }, yearless: false } : null))
    : null;

  const deadlineText = ind.deadline?.trim() ?? "";
  const deadlineDatedText = deadlineText !== "" && !deadline && DATED_TEXT.test(deadlineText.normalize("NFKC"));

  return {
    indicator: ind,
    index,
    core,
    block,
    nature: natureOf(ind, column?.nature ?? null),
    value,
    operator,
    operatorRaw,
    operatorIn,
    operatorUnreadable,
    number,
    range: value.kind === "range" ? value.range : null,
    unit,
    unitColumnText,
    quoted: number !== null && headerNumbers.has(number),
    percent: unit?.info?.family === "percent",
    measure,
    rate,
    direction,
    cost,
    wholeProject: name.wholeProject,
    money,
    satisfaction: name.satisfaction,
    rateName: name.rateName,
    impliesRate: name.impliesRate,
    nameSays: name.nameSays,
    badOutcome: name.badOutcome,
    counted: name.counted,
    impliedUnit: name.impliedUnit,
    dimensionless: name.dimensionless,
    nameUnit: name.nameUnit,
    nameOperator: name.nameOperator,
    nameNumbers: name.nameNumbers,
    nameIsValue: name.nameIsValue,
    fullWord: name.fullWord,
    nameAsksYesNo: name.nameAsksYesNo,
    nameVague: name.nameVague,
    wording,
    deadline,
    deadlineDatedText,
    valueDate,
  };
}
