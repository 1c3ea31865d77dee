/** `pbm fix` over many files: validate each, fix it, and summarize; plus the text rendering. */
import { validateFile } from "../api/validate-file.js";
import type { ResolvedConfig } from "../config/types.js";
import { FILE_UNREADABLE } from "../engine/messages.js";
import type { Lang } from "../model/finding.js";
import type { EditOutcome, FixFileResult, FixReport, PlannedEdit } from "../model/fix.js";
import { fixFile, type FixOptions } from "./fix-file.js";
import { FIX_MESSAGES, msg, SKIP_REASONS } from "./messages.js";
import { show } from "./plan.js";

export interface FixFilesOptions extends Omit<FixOptions, "inputs"> {
  config: ResolvedConfig;
}

export interface FixRun {
  report: FixReport;
  /** Files whose copy could not be written (not input problems): the CLI exits 2 for these. */
  writeFailures: number;
}

export async function fixFiles(files: readonly string[], opts: FixFilesOptions): Promise<FixRun> {
  const results: FixFileResult[] = [];
  let writeFailures = 0;
  for (const file of files) {
    const { report } = await validateFile(file, { config: opts.config, lang: opts.lang });
    const result = await fixFile(file, report.findings, { ...opts, inputs: files });
    if (result.status === "error" && !report.findings.some((f) => f.ruleId === FILE_UNREADABLE)) writeFailures++;
    results.push(result);
  }
  const count = (s: EditOutcome["status"]) => results.reduce((n, r) => n + r.edits.filter((e) => e.status === s).length, 0);
  return {
    report: {
      dryRun: opts.dryRun === true,
      files: results,
      summary: {
        files: results.length,
        applied: count("applied"),
        skipped: count("skipped"),
        suggestions: results.reduce((n, r) => n + r.suggestions.length, 0),
        remainingErrors: results.reduce((n, r) => n + r.remainingErrors, 0),
      },
    },
    writeFailures,
  };
}

function about(e: PlannedEdit, lang: Lang): string {
  const parts = [e.table, e.indicator].filter((x): x is string => !!x);
  if (!parts.length) return "";
  return (lang === "zh" ? "，" : ", ") + parts.join(" / ");
}

function editLine(e: PlannedEdit, lang: Lang): Record<string, string> {
  const [from, to] = changedPart(e.from, e.to);
  return { where: `${e.sheet}!${e.cell}`, from, to, rule: e.ruleId, about: about(e, lang) };
}

/** Long texts (goal paragraphs) are shown as the changed stretch with a little context. */
export function changedPart(from: string, to: string, max = 40): [string, string] {
  if (from.length <= max && to.length <= max) return [show(from), show(to)];
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  let s = 0;
  while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  const ctx = 8;
  const cut = (t: string) => {
    const a = Math.max(0, p - ctx);
    const b = Math.min(t.length, t.length - s + ctx);
    return `${a > 0 ? "…" : ""}${t.slice(a, b)}${b < t.length ? "…" : ""}`;
  };
  return [cut(from), cut(to)];
}

/** Human output: per file, each change cell by cell, skipped edits with why, suggestions, then the outcome. */
export function renderFixText(report: FixReport, lang: Lang): string {
  const out: string[] = [];
  for (const f of report.files) {
    const hasLines = f.edits.length > 0 || f.suggestions.length > 0;
    if (hasLines) out.push(msg(FIX_MESSAGES.fileHeader, lang, { file: f.path }));
    for (const e of f.edits) {
      if (e.status === "applied") out.push(msg(report.dryRun ? FIX_MESSAGES.wouldApply : FIX_MESSAGES.applied, lang, editLine(e, lang)));
      else if (e.reason !== "unsupported-format") {
        const reason = msg(SKIP_REASONS[e.reason ?? "mismatch"], lang, { actual: show(e.actual ?? ""), from: show(e.from), to: show(e.to), sheet: e.sheet, other: show(e.actual ?? "") });
        out.push(msg(FIX_MESSAGES.skipped, lang, { where: `${e.sheet}!${e.cell}`, reason }));
      } else out.push(msg(FIX_MESSAGES.applied, lang, editLine(e, lang)));
    }
    for (const s of f.suggestions) out.push(msg(FIX_MESSAGES.suggestion, lang, editLine(s, lang)));
    const applied = f.edits.filter((e) => e.status === "applied").length;
    const skipped = f.edits.filter((e) => e.status === "skipped").length;
    const skippedNote = skipped ? msg(FIX_MESSAGES.skippedNote, lang, { skipped }) : "";
    if (f.message) out.push(f.message);
    else if (f.status === "fixed" && report.dryRun) out.push(msg(FIX_MESSAGES.dryRun, lang, { file: f.path, applied, skippedNote }));
    else if (f.status === "fixed" && f.backup) out.push(msg(FIX_MESSAGES.writtenInPlace, lang, { file: f.path, applied, skippedNote, backup: f.backup }));
    else if (f.status === "fixed") out.push(msg(FIX_MESSAGES.written, lang, { output: f.output ?? "", applied, skippedNote }));
    else if (f.status === "nothing") out.push(msg(FIX_MESSAGES.nothing, lang, { file: f.path }));
    if (hasLines) out.push("");
  }
  const s = report.summary;
  out.push(msg(report.dryRun ? FIX_MESSAGES.summaryDry : FIX_MESSAGES.summary, lang, s));
  if (s.remainingErrors > 0) out.push(msg(FIX_MESSAGES.remaining, lang, { count: s.remainingErrors }));
  return out.join("\n") + "\n";
}
