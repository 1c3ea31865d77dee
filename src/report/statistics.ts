import type { FileReport } from "../model/finding.js";

export interface RuleCount {
  ruleId: string;
  error: number;
  warning: number;
  info: number;
  total: number;
}

/** Findings per rule, most frequent first (--statistics). */
export function statisticsRows(files: FileReport[]): RuleCount[] {
  const m = new Map<string, RuleCount>();
  for (const file of files)
    for (const f of file.findings) {
      let r = m.get(f.ruleId);
      if (!r) m.set(f.ruleId, (r = { ruleId: f.ruleId, error: 0, warning: 0, info: 0, total: 0 }));
      r[f.severity]++;
      r.total++;
    }
  return [...m.values()].sort((a, b) => b.total - a.total || (a.ruleId < b.ruleId ? -1 : 1));
}
