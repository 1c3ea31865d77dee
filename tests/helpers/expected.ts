/**
 * The seed scoreboard: matches a validate report against the reviewer's key, fixtures/seed/expected.json,
 * with the matching rules written down in fixtures/README.md (seed/). Everything lives in the checkout.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding, ValidateReport } from "../../src/model/finding.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEED_DIR = path.join(REPO_ROOT, "fixtures", "seed");
const SEED_NAME = "shenyang-2022-report-and-2023-targets.txt";
export const SEED_TEXT = path.join(SEED_DIR, SEED_NAME);
export const EXPECTED_FILE = path.join(SEED_DIR, "expected.json");
export const SEED_TWINS = ["seed-per-sheet.xlsx", "seed-stacked.xlsx", "seed.xls", "seed-gb18030.csv"].map((f) => path.join(SEED_DIR, f));

export interface ExpectedItem {
  table: string;
  /** string: that 三级 name; list: any of them; null: a table-level finding; "*": any finding of the table. */
  indicator: string | string[] | null;
  categories: string[];
  hint?: string[];
  note?: string;
}

export interface ExpectedFile {
  must: ExpectedItem[];
  bonus: ExpectedItem[];
  ok: ExpectedItem[];
}

export function loadExpected(): ExpectedFile {
  const data = JSON.parse(readFileSync(EXPECTED_FILE, "utf8")) as { files: Record<string, ExpectedFile> };
  return data.files[SEED_NAME];
}

export const normName = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

export function matches(item: ExpectedItem, f: Finding): boolean {
  if (item.table !== "*" && (f.table === null || normName(f.table) !== normName(item.table))) return false;
  if (item.indicator === null) {
    if (f.indicator !== null) return false;
  } else if (item.indicator !== "*") {
    const names = Array.isArray(item.indicator) ? item.indicator : [item.indicator];
    if (f.indicator === null || !names.some((n) => normName(n) === normName(f.indicator as string))) return false;
  }
  if (!item.categories.includes(f.category)) return false;
  if (item.hint && !item.hint.some((h) => f.message.includes(h) || f.ruleId.includes(h))) return false;
  return true;
}

export interface Score {
  mustFound: number;
  mustTotal: number;
  missing: ExpectedItem[];
  /** ok items with the findings that violate them. */
  violations: { item: ExpectedItem; findings: Finding[] }[];
  bonusFound: number;
  bonusTotal: number;
  findings: number;
}

export function score(report: ValidateReport, expected: ExpectedFile = loadExpected()): Score {
  const all = report.files.flatMap((f) => f.findings);
  const found = (item: ExpectedItem) => all.some((f) => matches(item, f));
  const missing = expected.must.filter((m) => !found(m));
  const violations = expected.ok
    .map((item) => ({ item, findings: all.filter((f) => matches(item, f)) }))
    .filter((v) => v.findings.length > 0);
  return {
    mustFound: expected.must.length - missing.length,
    mustTotal: expected.must.length,
    missing,
    violations,
    bonusFound: expected.bonus.filter(found).length,
    bonusTotal: expected.bonus.length,
    findings: all.length,
  };
}

const show = (i: ExpectedItem) =>
  `  - ${i.table} / ${i.indicator === null ? "(table-level)" : Array.isArray(i.indicator) ? i.indicator.join(" | ") : i.indicator} [${i.categories.join(",")}]${i.hint ? ` hint ${i.hint.join("|")}` : ""}${i.note ? ` — ${i.note}` : ""}`;

export function describeScore(label: string, s: Score): string {
  const lines = [
    `${label}: must ${s.mustFound}/${s.mustTotal}, ok violations ${s.violations.length}, bonus ${s.bonusFound}/${s.bonusTotal}, findings ${s.findings}`,
  ];
  if (s.missing.length) lines.push(`missing must items (${s.missing.length}):`, ...s.missing.map(show));
  for (const v of s.violations) {
    lines.push(`ok item violated:`, show(v.item), ...v.findings.map((f) => `      by ${f.ruleId} ${f.location?.cell ?? ""}: ${f.message}`));
  }
  return lines.join("\n");
}
