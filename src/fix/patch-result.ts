import type { EditSkipReason } from "../model/fix.js";

/** What a patcher says about one edit, in the order the edits were given. */
export type PatchOutcome = { status: "applied" } | { status: "skipped"; reason: EditSkipReason; actual?: string };

export interface PatchResult {
  bytes: Uint8Array;
  outcomes: PatchOutcome[];
}

/** The cell's text equals what the finding saw: exactly, up to surrounding spaces, or as the same number. */
export function textMatches(actual: string, expected: string): boolean {
  if (actual === expected || actual.trim() === expected.trim()) return true;
  const a = actual.trim();
  const e = expected.trim();
  return a !== "" && e !== "" && Number.isFinite(Number(a)) && Number(a) === Number(e);
}

/** Thrown when a file is not what its patcher handles; the caller falls back to the JSON list of edits. */
export class UnpatchableError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "UnpatchableError";
  }
}
