/**
 * The corpus as the tests see it: every fixtures/corpus/NN-*.txt in every format, found at run
 * time, so a table added to the corpus (and its key entry) is tested without editing a test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FORMATS, KEY_FILE, ROOT, corpusFile, corpusStems, readCorpusText, type CorpusFormat } from "../../scripts/corpus/files.js";
import type { Key } from "../../scripts/corpus/score.js";

export { FORMATS, type CorpusFormat };
export const STEMS = corpusStems();
export const KEY = JSON.parse(readFileSync(KEY_FILE, "utf8")) as Key;

/** The file's path from the project root, with "/" (as records name it). */
export function relPath(stem: string, format: CorpusFormat): string {
  return path.relative(ROOT, corpusFile(stem, format)).split(path.sep).join("/");
}

export function absPath(stem: string, format: CorpusFormat): string {
  return corpusFile(stem, format);
}

/** How many `#` lines precede the table in the .txt (the renders start at the table). */
export function metaLines(stem: string): number {
  return readCorpusText(stem).meta.length;
}
