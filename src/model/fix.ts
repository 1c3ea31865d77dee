/** `pbm fix`: what was planned, applied or skipped for each file (the `--format json` output). */
import type { CellEdit } from "./finding.js";

/** A safe or suggested edit with the finding it comes from. */
export interface PlannedEdit extends CellEdit {
  ruleId: string;
  table: string | null;
  indicator: string | null;
}

export type EditSkipReason =
  /** The cell no longer holds the text the finding saw. */
  | "mismatch"
  | "cell-not-found"
  | "sheet-not-found"
  /** A formula cell: its text is computed, pbm does not overwrite formulas. */
  | "formula"
  /** Another fix already changes this cell differently. */
  | "conflict"
  /** The new text cannot be written in the file's encoding (non-ASCII into GB18030). */
  | "encoding"
  /** pbm cannot patch this file format safely (xls, ods, html, xml2003). */
  | "unsupported-format";

export interface EditOutcome extends PlannedEdit {
  /** "applied" also in a dry run: the edit would apply. */
  status: "applied" | "skipped";
  reason?: EditSkipReason;
  /** The cell's current text when it did not match `from`. */
  actual?: string;
}

export type FixFileStatus =
  /** A fixed copy was written (or would be, in a dry run). */
  | "fixed"
  /** No safe fix for this file. */
  | "nothing"
  /** Format pbm cannot patch: the edits were written as JSON instead. */
  | "unsupported"
  /** The file could not be read, validated or written. */
  | "error";

export interface FixFileResult {
  path: string;
  format: string | null;
  status: FixFileStatus;
  /** The fixed copy (or the edits JSON for unsupported formats); null in a dry run or when nothing was written. */
  output: string | null;
  /** Backup of the input kept by --in-place. */
  backup: string | null;
  edits: EditOutcome[];
  /** Shown, never applied. */
  suggestions: PlannedEdit[];
  /** Error-severity findings that no applied edit resolves. */
  remainingErrors: number;
  /** Why the file is "error" or "unsupported", localized. */
  message: string | null;
}

export interface FixReport {
  dryRun: boolean;
  files: FixFileResult[];
  summary: { files: number; applied: number; skipped: number; suggestions: number; remainingErrors: number };
}
