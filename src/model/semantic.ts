/**
 * The semantic model: what pbm understands about a table and each of its indicators — what an
 * indicator measures, which way is better, its unit's family and scale, the parsed target, its
 * nature (定性/定量), the block it really belongs to, and the table's budget, year, period and goals.
 *
 * src/semantic computes it once per table, before the rules run; rules read it and never parse cell
 * texts themselves, so "≥95%", "95%以上" and "不低于95%" mean one thing in every rule and the guess
 * "is this a rate?" is made once. Where pbm cannot tell, a fact is null or "unknown" and the rules that
 * depend on it stay quiet: a false alarm costs more trust than a miss.
 */
import type { Indicator, Location, Operator, Table, TableKind } from "./records.js";
import type { DatePoint, DateSpan, NumberMention, ParsedValue, UnitInfo } from "./value.js";

/** The first-level blocks of a target table (产出, 效益, 满意度, 成本). */
export type FirstLevel = "output" | "benefit" | "satisfaction" | "cost";

/** The standard second-level blocks (数量, 质量, 时效, 成本, 经济/社会/生态效益, 可持续影响, 满意度 …). */
export type SecondLevel =
  | "quantity"
  | "quality"
  | "timeliness"
  | "cost"
  | "economicCost"
  | "socialCost"
  | "ecoCost"
  | "economic"
  | "social"
  | "ecological"
  | "sustainable"
  | "satisfaction";

export interface BlockFacts {
  /** The effective first level: from the 一级 cell, from a 二级 cell holding a 一级 name (实施效果指标 › 产出指标), or inferred from the 二级 (数量指标 → 产出). */
  level1: FirstLevel | null;
  level2: SecondLevel | null;
  /** Where level1 came from. */
  level1From: "level1" | "level2" | "inferred" | null;
  /** The texts as written (for messages). */
  level1Text: string | null;
  level2Text: string | null;
  /** A non-standard first-level name that pbm maps to a standard one (成效指标 → 效益). */
  level1Nonstandard: string | null;
}

/** What an indicator measures. */
export type Measure =
  | "satisfaction"
  /** Rates and shares other than satisfaction; `rate` says which kind. */
  | "rate"
  /** Things counted: 个, 人, 户, 次, 所 … */
  | "count"
  /** Physical quantities: area, length, volume, weight, energy. */
  | "quantity"
  /** A sum of money: 万元, 元. */
  | "amount"
  /** Money per something: 元/人, 元/月/人, 补助标准. */
  | "unit-cost"
  /** A time span: 300 天, 10 个工作日, 审批时限. */
  | "duration"
  /** A date or deadline: 2023年12月, 项目完成时间. */
  | "date"
  | "score"
  /** Words: 良好, 稳步提高, 是. */
  | "qualitative"
  | "unknown";

export type RateKind =
  | "completion"
  | "coverage"
  | "timeliness"
  | "quality"
  /** 使用率, 利用率: more is better, but well below 100 % is normal. */
  | "usage"
  /** Fund-management process rates (预算执行率, 资金到位率). */
  | "process"
  /** Growth and change rates (增长率, 增幅): may exceed 100 % or be low. */
  | "growth"
  /** 成本控制率, 节支率: an upper bound of 100 % is right. */
  | "cost-control"
  | "bad-outcome"
  | "share"
  | "other";

/** Which way is better for the indicator; "unknown" when pbm cannot tell. */
export type Direction = "higher" | "lower" | "unknown";

export type Nature = "qualitative" | "quantitative";

export interface UnitFacts {
  /** As written. */
  text: string;
  /** The unit in the lexicon; null when the text is not a unit pbm knows. */
  info: UnitInfo | null;
  /** Where the unit was written: its own column, the value's tail ("95%"), or the name's brackets (受益人数(人)). */
  source: "column" | "value" | "name";
}

/** What a name counts, by its wording (户数, 受益人数, 次数, 学校 …); "mass" for stuff measured by weight or volume (秸秆, 垃圾, 污水). */
export type Counted = "people" | "household" | "place" | "times" | "mass";

export type VagueGrade = "strong" | "weak";

export interface VagueWord {
  word: string;
  grade: VagueGrade;
}

/** How a qualitative text reads. */
export interface Wording {
  /** The text, as written. */
  text: string;
  /** Where it sits: the 指标值 cell, or the 度量单位 cell when the value was typed there. */
  cell: "value" | "unit";
  /** Words of the graded vague lexicon found in the text, strongest first. */
  vague: VagueWord[];
  /** Nothing but vague words and filler: no object, number or date a reviewer could check. */
  onlyVague: boolean;
  /** The text only restates the indicator's name (提升 for 提升博物馆绿化水平, 巩固提高 for 基础教育巩固提高情况). */
  restatesName: boolean;
  /** 是 / 否 / 有 / 无 (and TRUE/FALSE cells). */
  yesNo: "yes" | "no" | null;
  /** 高 / 中 / 低 / 强 / 弱 alone. */
  level: "high" | "medium" | "low" | null;
  /** A graded tier word (优/良/中/差, 达成/部分达成/未达成, 好/较好/一般): a legitimate qualitative target. */
  tier: boolean;
  /** The text has digits (较上年提高 5%): measurable, whatever its words. */
  hasNumber: boolean;
  /** Numbers with their units in the text (建筑面积2.6万平方米,展示面积1万平方米 → two). */
  numbers: readonly NumberMention[];
}

/** Rows the reader returned that are not indicators: a bare 0, a signature line (填表人：…), a note. */
export type SkipReason = "number-only" | "signature" | "note";

export interface SkippedRow {
  indicator: Indicator;
  reason: SkipReason;
}

export interface IndicatorFacts {
  readonly indicator: Indicator;
  /** Position in table.indicators. */
  readonly index: number;
  /** The name for matching: simplified characters, no numbering (指标1:), no unit or template brackets, no white space. */
  readonly core: string;
  readonly block: BlockFacts;
  /** 定性 / 定量 as the table marks it (指标性质, or 定性 in the operator column); null when not marked. */
  readonly nature: Nature | null;
  /** The target cell through the value grammar. */
  readonly value: ParsedValue;
  /** The operator, from its own column or inside the value. */
  readonly operator: Operator | null;
  readonly operatorRaw: string | null;
  /** Where the operator is written. */
  readonly operatorIn: "column" | "value" | null;
  /** The operator column holds something that is neither an operator nor 定性/定量. */
  readonly operatorUnreadable: string | null;
  /** The target number; null for text, ranges and empty cells. */
  readonly number: number | null;
  readonly range: { min: number; max: number } | null;
  readonly unit: UnitFacts | null;
  /** The unit column holds text that is not a unit (a value typed one column off: 良好, 促进发展). */
  readonly unitColumnText: string | null;
  /** The target number is quoted in the table's header texts (a standard named in the goal: 每生每年780元). */
  readonly quoted: boolean;
  /** Measured in %. */
  readonly percent: boolean;
  readonly measure: Measure;
  readonly rate: RateKind | null;
  readonly direction: Direction;
  /** A cost indicator: filed under a cost block, or a cost by name (成本, 单价, 造价, 补助标准 …). */
  readonly cost: boolean;
  /** Money beyond the table's budget by its name: a whole project's investment (项目总投资, 工程概算, spanning years and sources) or money drawn in from others (带动社会投资). */
  readonly wholeProject: boolean;
  /** A money amount (any block), by unit or by name. */
  readonly money: boolean;
  readonly satisfaction: boolean;
  /** What the name alone says it measures (…率 a rate, …数量 a count, …金额 an amount), whatever the unit says. */
  readonly nameSays: "rate" | "count" | "amount" | null;
  /** The name implies a share even without 率 (合格, 完成, 覆盖, 及时 …, or a …性 / …度 name): a percentage target fits it. */
  readonly impliesRate: boolean;
  /** The name reads as a rate or share (…率, …比例, …占比, 满意度), whatever the unit says. */
  readonly rateName: boolean;
  /** Smaller is better by its name (逾期, 事故, 投诉, 故障 …). */
  readonly badOutcome: boolean;
  /** What the name counts (户数 → household); null when the name does not say. */
  readonly counted: Counted | null;
  /** The unit the name implies when none is written (受益人数 → 人, 户数 → 户, 个数 → 个, 运转天数 → 天). */
  readonly impliedUnit: string | null;
  /** An index, coefficient or score: a number without a unit is right (PQI 80, 利用系数 0.58). */
  readonly dimensionless: boolean;
  /** A unit in the name's trailing brackets (实施营造林总面积(亩) → 亩). */
  readonly nameUnit: UnitInfo | null;
  /** An operator in a template hint of the name (苗木成活率(≥**%) → >=). */
  readonly nameOperator: Operator | null;
  /** Numbers with units written in the name (村组干部230人, 满意度95%以上, 20万元). */
  readonly nameNumbers: readonly NumberMention[];
  /** The whole name is a value (20万元, 100%). */
  readonly nameIsValue: boolean;
  /** A word of the name that promises 100 % (足额, 全部, 全覆盖, 应保尽保). */
  readonly fullWord: string | null;
  /** The name asks a yes/no question (是否按时足额发放). */
  readonly nameAsksYesNo: boolean;
  /** Vague words in the name (促进社会和谐, 保障收入). */
  readonly nameVague: readonly VagueWord[];
  /** How the qualitative target reads; null when the target is a number or empty. */
  readonly wording: Wording | null;
  /** The 完成时限 cell parsed (a period ends at its end); null when empty or not a date. */
  readonly deadline: DateSpan | null;
  /**
   * The 完成时限 names a time pbm cannot pin to a day but a reviewer can check: a written year
   * (2023年秋季学期, 2023-2024学年) or a recurring date (每月10日前, 每季度末). False when empty or parsed.
   */
  readonly deadlineDatedText: boolean;
  /** The target itself is a date or a period ("2023年底", "2023.07-2024.01"). */
  readonly valueDate: DateSpan | null;
}

/**
 * What an indicator's name alone says, read once per distinct name (names repeat across tables and
 * files): the name-only fields of IndicatorFacts and the name tests the measure and direction are
 * decided from.
 */
export interface NameFacts
  extends Pick<
    IndicatorFacts,
    | "core"
    | "satisfaction"
    | "badOutcome"
    | "wholeProject"
    | "rateName"
    | "impliesRate"
    | "nameSays"
    | "counted"
    | "impliedUnit"
    | "dimensionless"
    | "nameUnit"
    | "nameOperator"
    | "nameNumbers"
    | "nameIsValue"
    | "fullWord"
    | "nameAsksYesNo"
    | "nameVague"
  > {
  readonly deadlineName: boolean;
  readonly moneyName: boolean;
  readonly costName: boolean;
  /** Money drawn in from others (带动社会投资): never the project's cost. */
  readonly leveraged: boolean;
  readonly costBenefitWording: boolean;
  readonly costControl: boolean;
  readonly timeLimit: boolean;
  readonly serviceDays: boolean;
  /** The core name ends in 天数. */
  readonly days: boolean;
  readonly countName: boolean;
  readonly lowering: boolean;
  readonly changeOf: boolean;
  readonly burden: boolean;
  /** The kind of rate the name names, whatever the unit says. */
  readonly rateKind: RateKind;
}

export interface GoalFacts {
  label: string;
  text: string;
  /** Where the goal text sits; null when the reader did not record a cell. */
  at: Location | null;
  cell: string | null;
  /** The goal speaks for the budget year (年度目标; or the only goal). */
  annual: boolean;
}

export interface PeriodFacts {
  /** The header label as written (项目期, 项目起止时间, 实施周期, 开始日期/结束日期 …). */
  label: string;
  text: string;
  start: DatePoint | null;
  end: DatePoint;
  at: Location | null;
}

export interface BudgetFacts {
  amount: number;
  /** 元, 万元 or 亿元 (the table's declared unit, else 万元, when the cell has none). */
  unit: string;
  yuan: number;
  /** "800 万元" for messages. */
  text: string;
  at: Location | null;
}

export interface TableFacts {
  readonly table: Table;
  /** The indicators, without the rows that are not indicators. */
  readonly indicators: readonly IndicatorFacts[];
  readonly skipped: readonly SkippedRow[];
  /** The facts of one indicator record (undefined for a skipped row). */
  of(indicator: Indicator): IndicatorFacts | undefined;
  readonly kind: TableKind;
  /** The budget year: settings.budgetYear, else the table's year. */
  readonly year: number | null;
  readonly budget: BudgetFacts | null;
  /** The project's implementation period from the header (项目期, 项目起止时间, 实施周期, 开始/结束日期). */
  readonly period: PeriodFacts | null;
  readonly goals: readonly GoalFacts[];
  /** The goals that speak for the budget year (a 中期/实施期 goal is left out when a 年度 goal exists). */
  readonly annualGoals: readonly GoalFacts[];
  /** At least one indicator sits in a recognized block. */
  readonly leveled: boolean;
  /** How the table writes its operators, by majority: ASCII (>=) or mathematical (≥). */
  readonly operatorStyle: "ascii" | "math";
  readonly hasCost: boolean;
  readonly hasSatisfaction: boolean;
}
