/**
 * The semantic model of a table (types in src/model/semantic.ts), computed once per table by the engine
 * and handed to every rule in its context. Pure: model and grammar in, facts out.
 */
import type { RuleSettings } from "../model/finding.js";
import type { Indicator, Table } from "../model/records.js";
import type { IndicatorFacts, SkippedRow, TableFacts } from "../model/semantic.js";
import { numbersInText } from "../grammar/index.js";
import { analyzeIndicator } from "./indicator.js";
import { budgetOf, goalsOf, periodOf, skipReason } from "./table.js";

export { analyzeIndicator } from "./indicator.js";
export { blockOf, firstLevelOfText, secondLevelOfText } from "./levels.js";
export { STRONG_WORDS, WEAK_WORDS, vagueWords } from "./wording.js";

function operatorStyle(indicators: readonly IndicatorFacts[]): "ascii" | "math" {
  let ascii = 0;
  let math = 0;
  for (const f of indicators) {
    const raw = (f.operatorRaw ?? "").replace(/\s+/g, "");
    if (raw === ">=" || raw === "<=") ascii++;
    else if (raw === "≥" || raw === "≤") math++;
  }
  return math > ascii ? "math" : "ascii";
}

export function analyzeTable(table: Table, settings: RuleSettings = {}): TableFacts {
  const year = settings.budgetYear ?? table.year ?? null;
  const indicators: IndicatorFacts[] = [];
  const skipped: SkippedRow[] = [];
  const byRecord = new Map<Indicator, IndicatorFacts>();
  // Numbers the header quotes (a standard in the goal, an amount in 项目总体情况), for "is the target quoted?".
  const headerNumbers = new Set([...table.fields, ...table.goals].flatMap((f) => numbersInText(f.text).map((n) => n.value)));
  table.indicators.forEach((ind, i) => {
    const reason = skipReason(ind);
    if (reason) {
      skipped.push({ indicator: ind, reason });
      return;
    }
    const f = analyzeIndicator(ind, i, year, headerNumbers);
    indicators.push(f);
    byRecord.set(ind, f);
  });
  const { goals, annual } = goalsOf(table);
  return {
    table,
    indicators,
    skipped,
    of: (ind) => byRecord.get(ind),
    kind: table.kind,
    year,
    budget: budgetOf(table),
    period: periodOf(table, year),
    goals,
    annualGoals: annual,
    leveled: indicators.some((f) => f.block.level1 !== null || f.block.level2 !== null),
    operatorStyle: operatorStyle(indicators),
    hasCost: indicators.some((f) => f.cost || (f.money && /成本|费用|经费|单价|造价/u.test(f.core))),
    hasSatisfaction: indicators.some((f) => f.satisfaction || f.block.level1 === "satisfaction"),
  };
}
