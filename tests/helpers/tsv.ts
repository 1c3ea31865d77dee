/**
 * Tables for rule tests, read through the real pipeline: tab-separated text → the library's readBytes →
 * normalize, exactly as `pbm validate table.txt` reads it. A test states the table as a person sees it,
 * and the records (cells, levels, parsed values) are whatever pbm really makes of them.
 *
 *   const t = project({ name: "融资担保补助项目", budget: "800", goal: "…" }, [
 *     ["产出指标", "数量指标", "对担保机构进行补助", "<=", "10", "户", "2023 年 12 月"],
 *     ["", "", "担保机构满意度", "<=", "100", "%", "2023 年 12 月"],   // blank 一级/二级 = same as above
 *   ]);
 *
 * The layout is the seed's: title in row 1, header fields in rows 4–7, the indicator header in row 8 and
 * the first indicator in row 9; columns B 一级, C 二级, D 三级, E 运算符号, F 指标值, G 度量单位, H 完成时限
 * (other columns with `columns`).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FileRecords, Table } from "../../src/model/records.js";
import { normalizeWorkbook } from "../../src/normalize/index.js";
import { readBytes } from "../../src/read/index.js";
import { REPO_ROOT } from "./expected.js";

/** Every table pbm reads from a text, in order. */
export function readTables(text: string, name = "table.txt"): Table[] {
  return normalizeWorkbook(readBytes(new TextEncoder().encode(text), name));
}

/** The file's records as validate sees them (for file-level rules). */
export function readRecords(text: string, name = "table.txt"): FileRecords {
  return { path: name, format: "text", encoding: "utf-8", error: null, tables: readTables(text, name) };
}

/** The one table of a text; throws when pbm reads none or several (the test's layout is wrong then). */
export function readTable(text: string, name = "table.txt"): Table {
  const tables = readTables(text, name);
  if (tables.length !== 1) throw new Error(`expected one table in the test text, pbm read ${tables.length}: ${tables.map((t) => t.name).join(", ")}`);
  return tables[0];
}

export interface ProjectInit {
  title?: string;
  /** The year line under the title ("2023 年"); null for none. */
  year?: string | null;
  /** 单位：万元 above the header; null for none. */
  unit?: string | null;
  name?: string;
  department?: string;
  /** The 预算资金情况 cell as written; null leaves the line out. */
  budget?: string | null;
  goal?: string | null;
  /** Header lines after the goal: [label, text]. */
  fields?: [string, string][];
  /** Indicator columns after 绩效指标; default 一级指标 … 完成时限. */
  columns?: string[];
}

export const DEFAULT_COLUMNS = ["一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"];

/** The TSV text of a project table in the seed's layout. */
export function projectText(init: ProjectInit, rows: (string | number | null)[][]): string {
  const lines: string[] = [];
  lines.push(init.title ?? "部门预算项目（政策）绩效目标表");
  lines.push(init.year === undefined ? "2023 年" : (init.year ?? ""));
  lines.push(init.unit === undefined ? "单位:万元" : init.unit === null ? "" : `单位:${init.unit}`);
  lines.push(`项目(政策)名称\t${init.name ?? "测试项目"}`);
  lines.push(`主管部门\t${init.department ?? "测试局"}`);
  if (init.budget !== null) lines.push(`预算资金情况\t${init.budget ?? "100"}`);
  if (init.goal !== null) lines.push(`总体目标\t${init.goal ?? "完成测试项目建设任务。"}`);
  for (const [label, text] of init.fields ?? []) lines.push(`${label}\t${text}`);
  lines.push(["绩效指标", ...(init.columns ?? DEFAULT_COLUMNS)].join("\t"));
  for (const r of rows) lines.push(["", ...r.map((c) => (c === null ? "" : String(c)))].join("\t"));
  return `${lines.join("\n")}\n`;
}

/** A project table in the seed's layout, read through the real pipeline. */
export function project(init: ProjectInit, rows: (string | number | null)[][]): Table {
  return readTable(projectText(init, rows));
}

/** A committed fixture file read through the real pipeline (fixtures/corpus/…, fixtures/seed/…). */
export function fixtureTables(relative: string): Table[] {
  const file = path.join(REPO_ROOT, "fixtures", relative);
  return normalizeWorkbook(readBytes(readFileSync(file), file));
}

const memo = new Map<string, Table[]>();

/** A real corpus table (fixtures/corpus/<file>.txt), by its file's number ("01") and, with several tables, its name. */
export function corpusTable(prefix: string, tableName?: string): Table {
  const key = `corpus/${prefix}`;
  if (!memo.has(key)) {
    const file = CORPUS_FILES.find((f) => f.startsWith(`${prefix}-`));
    if (!file) throw new Error(`no corpus file ${prefix}-*`);
    memo.set(key, fixtureTables(`corpus/${file}`));
  }
  const tables = memo.get(key)!;
  const t = tableName ? tables.find((x) => x.name === tableName) : tables[0];
  if (!t) throw new Error(`corpus ${prefix}: no table ${tableName ?? "at all"} (read: ${tables.map((x) => x.name).join(", ")})`);
  return structuredClone(t);
}

/** A table of the bundled seed (fixtures/seed), by its name. */
export function seedTable(name: string): Table {
  const key = "seed";
  if (!memo.has(key)) memo.set(key, fixtureTables("seed/shenyang-2022-report-and-2023-targets.txt"));
  const t = memo.get(key)!.find((x) => x.name === name);
  if (!t) throw new Error(`the seed has no table named ${name}`);
  return structuredClone(t);
}

/** The corpus tables (fixtures/corpus/*.txt). */
export const CORPUS_FILES = readdirSync(path.join(REPO_ROOT, "fixtures", "corpus")).filter((f) => f.endsWith(".txt")).sort();
