/**
 * Department score and grade (docs/audit.md, "Score and grade"):
 *
 *   units   = tables + unreadable files + files with no table
 *   penalty = failure × (unreadable + no table + tables with no indicator) + error × errors + warning × warnings + info × infos
 *   score   = clamp(0, 100, 100 − penalty ÷ units), one decimal
 *
 * A failure is something that should have been a checked table and is not; it costs a whole table's
 * worth (100 points by default), so a department whose files are all unreadable or empty scores 0 and
 * gets the lowest band — nothing it did not submit can flatter it. The findings that report those
 * failures (file-unreadable, no-tables, no-indicators) are counted once, as failures, not again as errors.
 * Weights and bands come from config `audit.scoring`.
 */
import { DEFAULT_SCORING, type Grade, type ScoringSpec } from "../model/audit.js";

export { DEFAULT_SCORING };

/** Rules whose findings are the failures themselves. */
export const FAILURE_RULES: ReadonlySet<string> = new Set(["file-unreadable", "no-tables", "no-indicators"]);

export interface ScoreInput {
  tables: number;
  unreadable: number;
  noTable: number;
  noIndicators: number;
  /** Errors, warnings and infos other than the failure findings. */
  errors: number;
  warnings: number;
  infos: number;
}

export function scoringSpec(config?: { weights?: Partial<ScoringSpec["weights"]>; grades?: ScoringSpec["grades"] }): ScoringSpec {
  return { weights: { ...DEFAULT_SCORING.weights, ...config?.weights }, grades: config?.grades?.length ? config.grades : DEFAULT_SCORING.grades };
}

export function score(x: ScoreInput, spec: ScoringSpec = DEFAULT_SCORING): number {
  const w = spec.weights;
  const units = x.tables + x.unreadable + x.noTable;
  const penalty = w.failure * (x.unreadable + x.noTable + x.noIndicators) + w.error * x.errors + w.warning * x.warnings + w.info * x.infos;
  const raw = 100 - penalty / Math.max(units, 1);
  return Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
}

export function grade(s: number, spec: ScoringSpec = DEFAULT_SCORING): Grade {
  const bands = [...spec.grades].sort((a, b) => b.min - a.min);
  return (bands.find((b) => s >= b.min) ?? bands[bands.length - 1]).name;
}
