/**
 * Where the real-table corpus lives and how its text files are laid out (fixtures/corpus/README.md).
 * Everything that walks the corpus lists it here, so a new NN-*.txt and its key entry are picked up
 * without touching code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CORPUS_DIR = path.join(ROOT, "fixtures", "corpus");
export const RENDERED_DIR = path.join(CORPUS_DIR, "rendered");
export const KEY_FILE = path.join(CORPUS_DIR, "key.json");

/** The formats every corpus table is read in: the text itself and its three renders. */
export const FORMATS = ["txt", "xlsx", "xls", "csv"] as const;
export type CorpusFormat = (typeof FORMATS)[number];

/** File names without extension of the corpus tables (NN-place-subject-year), sorted. */
export function corpusStems(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -".txt".length))
    .sort();
}

/** A corpus table in a given format: the .txt beside key.json, the renders under rendered/. */
export function corpusFile(stem: string, format: CorpusFormat, dir = CORPUS_DIR): string {
  return format === "txt" ? path.join(dir, `${stem}.txt`) : path.join(dir, "rendered", `${stem}.${format}`);
}

export interface CorpusText {
  /** The `# source:` / `# kind:` lines at the top, as written. */
  meta: string[];
  /** The table's lines, tab-split, as printed (empty fields kept). Row 0 is the line after the meta lines. */
  rows: string[][];
}

/** Split a corpus text file into its leading `#` lines and the tab-separated rows after them. */
export function parseCorpusText(text: string): CorpusText {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  let n = 0;
  while (n < lines.length && lines[n].startsWith("#")) n++;
  return { meta: lines.slice(0, n), rows: lines.slice(n).map((l) => l.split("\t")) };
}

export function readCorpusText(stem: string, dir = CORPUS_DIR): CorpusText {
  return parseCorpusText(readFileSync(path.join(dir, `${stem}.txt`), "utf8"));
}

/** The address on the `# source:` line. */
export function sourceOf(t: CorpusText): string | undefined {
  const line = t.meta.find((l) => l.startsWith("# source:"));
  return line?.slice("# source:".length).trim();
}
