/** How a score is computed, in words, with this run's weights: the 评分说明 sheet and section. */
import type { ScoringSpec } from "../model/audit.js";
import type { Lang, Localized } from "../model/finding.js";
import { auditLabels } from "./audit-labels.js";

/** The formula in words, for the 评分说明 sheet and section. */
export function scoringText(spec: ScoringSpec): { formula: Localized; bands: Localized; failures: Localized } {
  const w = spec.weights;
  const bands = [...spec.grades].sort((a, b) => b.min - a.min);
  return {
    formula: {
      zh: `得分 = 100 − (${w.failure} × 失败项 + ${w.error} × 错误 + ${w.warning} × 警告 + ${w.info} × 提示) ÷ 应审表数，限定在 0–100 之间，保留一位小数；应审表数 = 表数 + 无法读取的文件 + 未找到表的文件（至少为 1）。`,
      en: `score = 100 − (${w.failure} × failures + ${w.error} × errors + ${w.warning} × warnings + ${w.info} × infos) ÷ units, clamped to 0–100, one decimal; units = tables + unreadable files + files with no table (at least 1).`,
    },
    failures: {
      zh: "失败项 = 无法读取的文件 + 未找到绩效目标表的文件 + 没有任何指标的表；报告这些失败的问题（文件无法读取、未找到绩效目标表、未读到指标）只按失败项计一次，不再按错误或警告重复扣分。",
      en: "failures = unreadable files + files with no target table + tables with no indicator; the findings that report them (file-unreadable, no-tables, no-indicators) count once, as failures, not again as errors or warnings.",
    },
    bands: {
      zh: bands.map((b, i) => (i === bands.length - 1 ? `其余为${b.name}` : `${b.min} 分及以上为${b.name}`)).join("，") + "。",
      en: bands.map((b, i) => (i === bands.length - 1 ? `below that ${b.en ?? b.name}` : `${b.en ?? b.name} ≥ ${b.min}`)).join(", ") + ".",
    },
  };
}

/** 评分说明 as (item, text) rows. */
export function scoringRows(spec: ScoringSpec, lang: Lang): [string, string][] {
  const L = auditLabels(lang);
  const t = scoringText(spec);
  const w = spec.weights;
  const pts = (n: number) => (lang === "zh" ? `${n} 分` : `${n} points`);
  return [
    [L.scoringRows.formula, t.formula[lang]],
    [L.scoringRows.failures, t.failures[lang]],
    [L.scoringRows.bands, t.bands[lang]],
    [L.scoringRows.weights, (Object.keys(w) as (keyof ScoringSpec["weights"])[]).map((k) => `${L.scoringRows.weightNames[k]} ${pts(w[k])}`).join(lang === "zh" ? "，" : ", ")],
    [L.scoringRows.guess, L.scoringRows.guessText],
    [L.scoringRows.config, L.scoringRows.configText],
  ];
}
