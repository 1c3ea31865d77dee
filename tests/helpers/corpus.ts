/**
 * The real-table corpus (fixtures/corpus: 16 tables from 12 provinces) and its review key: what a
 * careful reviewer must flag, may flag (bonus) and must not flag (ok). Matching follows the corpus
 * scorer: file by name, table (or "*"), indicator name / list / null / "*" after NFKC without white
 * space and edge punctuation, one of the item's categories, and a hint in the message or rule id.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Finding } from "../../src/model/finding.js";
import { REPO_ROOT } from "./expected.js";

export const CORPUS_DIR = path.join(REPO_ROOT, "fixtures", "corpus");

export interface KeyItem {
  table: string;
  indicator: string | string[] | null;
  categories: string[];
  hint?: string[];
  note?: string;
}

export interface KeyFile {
  must: KeyItem[];
  bonus: KeyItem[];
  ok: KeyItem[];
}

export function loadKey(): Record<string, KeyFile> {
  return (JSON.parse(readFileSync(path.join(CORPUS_DIR, "key.json"), "utf8")) as { files: Record<string, KeyFile> }).files;
}

const norm = (s: string | null | undefined) => (s == null ? null : String(s).normalize("NFKC").replace(/\s+/g, "").replace(/^[。.;；,，]+|[。.;；,，]+$/g, ""));

export function matchesKey(item: KeyItem, f: Finding): boolean {
  if (item.table !== "*" && norm(f.table) !== norm(item.table)) return false;
  const fi = norm(f.indicator) || null;
  if (item.indicator === null) {
    if (fi !== null) return false;
  } else if (item.indicator !== "*") {
    const names = (Array.isArray(item.indicator) ? item.indicator : [item.indicator]).map(norm);
    if (!names.includes(fi)) return false;
  }
  if (!item.categories.includes(f.category)) return false;
  if (item.hint) {
    const text = `${f.message} ${f.ruleId}`.toLowerCase();
    if (!item.hint.some((h) => text.includes(h.toLowerCase()))) return false;
  }
  return true;
}
