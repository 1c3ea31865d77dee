/** One file: plan its safe fixes, patch a copy of its bytes, write the copy (or the edits list). */
import { realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { FILE_UNREADABLE } from "../engine/messages.js";
import type { Finding, Lang } from "../model/finding.js";
import type { EditOutcome, FixFileResult, PlannedEdit } from "../model/fix.js";
import { sniffFormat } from "../read/index.js";
import { FIX_MESSAGES, msg } from "./messages.js";
import type { PatchOutcome } from "./patch-result.js";
import { UnpatchableError } from "./patch-result.js";
import { planFixes, remainingErrors } from "./plan.js";
import { patchText } from "./text-patch.js";
import { samePath, writeFileAtomic } from "../api/write-file.js";
import { backupPath, fileMode, siblingPath } from "./write.js";
import { patchXlsx } from "./xlsx-patch.js";

export interface FixOptions {
  lang: Lang;
  /** Plan and check every edit against the file, write nothing. */
  dryRun?: boolean;
  /** Replace the input (after keeping a backup) instead of writing a copy. */
  inPlace?: boolean;
  /** -o: path of the copy (a folder puts the default name there). */
  output?: string;
  /** Every input of the run: nothing is ever written over one of them. */
  inputs?: readonly string[];
}

const PATCHABLE_TEXT = new Set(["csv", "tsv", "text"]);

export async function fixFile(file: string, findings: readonly Finding[], opts: FixOptions): Promise<FixFileResult> {
  const plan = planFixes(findings);
  const result: FixFileResult = {
    path: file,
    format: null,
    status: "nothing",
    output: null,
    backup: null,
    edits: [],
    suggestions: plan.suggestions,
    remainingErrors: 0,
    message: null,
  };
  const done = () => {
    result.remainingErrors = remainingErrors(findings, result.edits);
    return result;
  };
  const unreadable = findings.find((f) => f.ruleId === FILE_UNREADABLE);
  if (unreadable) {
    result.status = "error";
    result.message = msg(FIX_MESSAGES.unreadable, opts.lang, { file, reason: unreadable.message });
    return done();
  }
  const conflicts: EditOutcome[] = plan.conflicts.map((e) => ({ ...e, status: "skipped", reason: "conflict", actual: plan.edits.find((p) => p.sheet === e.sheet && p.cell === e.cell)?.to ?? "" }));
  if (plan.edits.length === 0) {
    result.edits = conflicts;
    return done();
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    result.status = "error";
    result.message = msg(FIX_MESSAGES.unreadable, opts.lang, { file, reason: (err as Error).message });
    return done();
  }
  const sniffed = sniffFormat(bytes);
  const format = "format" in sniffed ? sniffed.format : null;
  result.format = format;

  let patched: Uint8Array | undefined;
  let outcomes: PatchOutcome[];
  try {
    if (format === "xlsx" || format === "xlsm") ({ bytes: patched, outcomes } = patchXlsx(bytes, plan.edits));
    else if (format && PATCHABLE_TEXT.has(format)) ({ bytes: patched, outcomes } = patchText(bytes, plan.edits));
    else throw new UnpatchableError(format ?? "unknown");
  } catch (err) {
    if (err instanceof UnpatchableError) await unsupported(file, format ?? "?", plan.edits, conflicts, opts, result);
    else {
      // One file's failure must not stop a batch: report it and go on (the CLI exits 2).
      result.status = "error";
      result.message = msg(FIX_MESSAGES.patchFailed, opts.lang, { file, reason: (err as Error)?.message ?? String(err) });
    }
    return done();
  }
  result.edits = [...plan.edits.map((e, i): EditOutcome => ({ ...e, ...outcomes[i] })), ...conflicts];
  const applied = result.edits.filter((e) => e.status === "applied").length;
  if (applied === 0) {
    result.message = msg(FIX_MESSAGES.nothingApplied, opts.lang, { file });
    return done();
  }
  result.status = "fixed";
  if (opts.dryRun) return done();

  const target = outputPath(file, opts);
  if (!opts.inPlace && (opts.inputs ?? [file]).some((input) => samePath(input, target))) {
    result.status = "error";
    result.message = msg(FIX_MESSAGES.outputIsInput, opts.lang, { file, output: target });
    return done();
  }
  try {
    const mode = await fileMode(file);
    if (opts.inPlace) {
      const backup = backupPath(target);
      writeFileAtomic(backup, bytes, { mode });
      result.backup = backup;
    }
    writeFileAtomic(target, patched, { mode: opts.inPlace ? mode : undefined });
    result.output = target;
  } catch (err) {
    result.status = "error";
    result.message = msg(FIX_MESSAGES.writeFailed, opts.lang, { file, output: target, reason: (err as Error).message });
  }
  return done();
}

function outputPath(file: string, opts: FixOptions): string {
  // In place through a symlink means the file it points to; renaming over the link would leave that file unfixed.
  if (opts.inPlace) return realPath(file);
  const fixed = siblingPath(file, "fixed");
  if (!opts.output) return fixed;
  return isDirectory(opts.output) ? path.join(opts.output, path.basename(fixed)) : opts.output;
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Formats pbm cannot patch: every edit is listed in `<name>.edits.json` (nothing is written in a dry run). */
async function unsupported(
  file: string,
  format: string,
  edits: readonly PlannedEdit[],
  conflicts: EditOutcome[],
  opts: FixOptions,
  result: FixFileResult,
): Promise<void> {
  result.status = "unsupported";
  result.edits = [...edits.map((e): EditOutcome => ({ ...e, status: "skipped", reason: "unsupported-format" })), ...conflicts];
  if (opts.dryRun) {
    result.message = msg(FIX_MESSAGES.unsupportedDry, opts.lang, { file, format, count: edits.length });
    return;
  }
  const target = siblingPath(file, "edits", ".json");
  if ((opts.inputs ?? [file]).some((input) => samePath(input, target))) {
    result.status = "error";
    result.message = msg(FIX_MESSAGES.outputIsInput, opts.lang, { file, output: target });
    return;
  }
  const body = { path: file, format, edits: edits.map(({ sheet, cell, from, to, ruleId, table, indicator }) => ({ sheet, cell, from, to, ruleId, table, indicator })) };
  try {
    writeFileAtomic(target, JSON.stringify(body, null, 2) + "\n");
    result.output = target;
    result.message = msg(FIX_MESSAGES.unsupported, opts.lang, { file, format, count: edits.length, output: target });
  } catch (err) {
    result.status = "error";
    result.message = msg(FIX_MESSAGES.writeFailed, opts.lang, { file, output: target, reason: (err as Error).message });
  }
}
