/**
 * Department score and grade (documented in docs/audit.md):
 *   score = clamp(0, 100, 100 − (10 × errors + 3 × warnings) ÷ max(tables, 1)), one decimal;
 *   grade 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 — the bands of Chinese performance evaluation.
 * Infos cost nothing: they are hints, not defects.
 */
import type { Grade } from "../model/audit.js";

export const ERROR_WEIGHT = 10;
export const WARNING_WEIGHT = 3;

export function score(errors: number, warnings: number, tables: number): number {
  const raw = 100 - (ERROR_WEIGHT * errors + WARNING_WEIGHT * warnings) / Math.max(tables, 1);
  return Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
}

export function grade(s: number): Grade {
  if (s >= 90) return "优";
  if (s >= 80) return "良";
  if (s >= 60) return "中";
  return "差";
}
