import type { Lang, Localized } from "../model/finding.js";

/** A usage problem of audit/merge (bad --shard, no files, bad shard JSON): the CLI prints it and exits 2. */
export class AuditUsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = "AuditUsageError";
  }
  localized(lang: Lang): string {
    return this.text[lang];
  }
}
