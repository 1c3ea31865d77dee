/**
 * `pbm audit --history FILE`: every run kept in a SQLite database (sql.js, SQLite compiled to
 * WebAssembly: nothing to build or download at install time), and this run compared with the
 * previous one of the same grouping — per group, which problems are new, fixed and recurring.
 *
 * A problem's identity across years is department + table + indicator + rule, never the cell: rows
 * move when a table gains a line, and a problem that moved is the same problem. The table name is
 * compared without its years ("2023年沈阳市金融专项" and "2024年沈阳市金融专项" are one project) and
 * without spaces. Identical problems count as many times as they occur (a multiset), so a department
 * that fixed two of three 满意度 rows shows 2 fixed and 1 recurring.
 *
 * Tables: runs (one row per run), groups (per run and group: totals, score, new/fixed/recurring),
 * problems (per run: identity and count). The database is read whole, updated and written back
 * atomically; a file that is not such a database is refused with a message, never overwritten.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Database, SqlJsStatic } from "sql.js";
import type { AuditGroup, AuditHistory, AuditView, HistoryChange } from "../model/audit.js";
import type { Finding } from "../model/finding.js";
import { writeFileAtomic } from "../api/write-file.js";
import { AuditUsageError } from "./errors.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS pbm_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, finished_at TEXT NOT NULL, budget_year INTEGER, group_by TEXT NOT NULL,
  files INTEGER NOT NULL, tables INTEGER NOT NULL, indicators INTEGER NOT NULL, errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL, infos INTEGER NOT NULL, failures INTEGER NOT NULL, mean_score REAL NOT NULL);
CREATE TABLE IF NOT EXISTS groups (
  run_id INTEGER NOT NULL REFERENCES runs(id), name TEXT NOT NULL, files INTEGER, tables INTEGER, indicators INTEGER,
  errors INTEGER, warnings INTEGER, infos INTEGER, unreadable INTEGER, no_table INTEGER, no_indicators INTEGER,
  score REAL, grade TEXT, new INTEGER, fixed INTEGER, recurring INTEGER, PRIMARY KEY (run_id, name));
CREATE TABLE IF NOT EXISTS problems (
  run_id INTEGER NOT NULL REFERENCES runs(id), department TEXT NOT NULL, table_key TEXT NOT NULL, indicator TEXT NOT NULL,
  rule_id TEXT NOT NULL, table_name TEXT NOT NULL, severity TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (run_id, department, table_key, indicator, rule_id));
`;

/** "2023年 沈阳市金融专项" → "沈阳市金融专项": the name a project keeps from year to year. */
export function tableKey(name: string | null): string {
  return (name ?? "")
    .normalize("NFKC")
    .replace(/(19|20)\d{2}\s*(年度|年)?/g, "")
    .replace(/\s+/g, "")
    .replace(/^[-—_]+|[-—_]+$/g, "");
}

interface Problem {
  department: string;
  tableKey: string;
  indicator: string;
  ruleId: string;
  table: string;
  severity: string;
  count: number;
}

const id = (p: Pick<Problem, "department" | "tableKey" | "indicator" | "ruleId">) => `${p.department}\u0001${p.tableKey}\u0001${p.indicator}\u0001${p.ruleId}`;

let sqlPromise: Promise<SqlJsStatic> | null = null;
function loadSql(): Promise<SqlJsStatic> {
  if (!sqlPromise) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("sql.js"));
    sqlPromise = import("sql.js").then((m) => (m.default as unknown as (o: { locateFile: (f: string) => string }) => Promise<SqlJsStatic>)({ locateFile: (f) => path.join(dir, f) }));
  }
  return sqlPromise;
}

export class History {
  private readonly problems = new Map<string, Problem>();
  private readonly years = new Map<number, number>();

  private constructor(
    private readonly file: string,
    private readonly shown: string,
    private readonly db: Database,
  ) {}

  /** Opens (or creates) the database; refuses a file that is not one of pbm's. */
  static async open(file: string, shown: string): Promise<History> {
    const SQL = await loadSql();
    let db: Database;
    const bad = (reason: string) =>
      new AuditUsageError({ zh: `--history ${shown} 不是 pbm 的历史数据库（${reason}），不会改动它`, en: `--history ${shown} is not a pbm history database (${reason}); it is left alone` });
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      if (bytes.length && !bytes.subarray(0, 16).equals(Buffer.from("SQLite format 3\0"))) throw bad("不是 SQLite 文件 / not an SQLite file");
      try {
        db = new SQL.Database(bytes);
        db.exec("SELECT count(*) FROM sqlite_master");
      } catch (err) {
        throw bad((err as Error).message);
      }
      const tables = new Set((db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values ?? []).map((r) => String(r[0])));
      if (tables.size && !tables.has("pbm_meta")) throw bad("没有 pbm_meta 表 / no pbm_meta table");
    } else {
      db = new SQL.Database();
    }
    db.exec(SCHEMA);
    db.exec("INSERT OR IGNORE INTO pbm_meta (key, value) VALUES ('schema', '1')");
    return new History(file, shown, db);
  }

  /** Every finding of the run, with its group (BuildOptions.onFinding). */
  collect(group: string, x: Pick<Finding, "table" | "indicator" | "ruleId" | "severity">, n = 1): void {
    const p = { department: group, tableKey: tableKey(x.table), indicator: x.indicator ?? "", ruleId: x.ruleId };
    const k = id(p);
    const had = this.problems.get(k);
    if (had) had.count += n;
    else this.problems.set(k, { ...p, table: x.table ?? "", severity: x.severity, count: n });
  }

  /** A table's budget year (BuildOptions.onFile): the run's year is the most common one. */
  year(y: number | null): void {
    if (y !== null) this.years.set(y, (this.years.get(y) ?? 0) + 1);
  }

  /** Compares with the previous run, stores this one, writes the file, and fills the view's history. */
  commit(v: AuditView, finishedAt = new Date().toISOString()): AuditHistory {
    const db = this.db;
    const groupBy = v.head.groupBy;
    const prevRow = db.exec("SELECT id, finished_at, budget_year FROM runs WHERE group_by = ? ORDER BY id DESC LIMIT 1", [groupBy])[0]?.values[0];
    const previous = prevRow ? { run: Number(prevRow[0]), finishedAt: String(prevRow[1]), budgetYear: prevRow[2] === null ? null : Number(prevRow[2]) } : null;
    const before = new Map<string, Problem>();
    const prevScores = new Map<string, number>();
    if (previous) {
      const st = db.prepare("SELECT department, table_key, indicator, rule_id, table_name, severity, count FROM problems WHERE run_id = ?");
      st.bind([previous.run]);
      while (st.step()) {
        const r = st.get();
        const p: Problem = { department: String(r[0]), tableKey: String(r[1]), indicator: String(r[2]), ruleId: String(r[3]), table: String(r[4]), severity: String(r[5]), count: Number(r[6]) };
        before.set(id(p), p);
      }
      st.free();
      for (const r of db.exec("SELECT name, score FROM groups WHERE run_id = ?", [previous.run])[0]?.values ?? []) prevScores.set(String(r[0]), Number(r[1]));
    }

    const changes: HistoryChange[] = [];
    const perGroup = new Map<string, { new: number; fixed: number; recurring: number }>();
    const bump = (g: string, k: "new" | "fixed" | "recurring", n: number) => {
      const c = perGroup.get(g) ?? { new: 0, fixed: 0, recurring: 0 };
      c[k] += n;
      perGroup.set(g, c);
    };
    const change = (p: Problem, status: HistoryChange["status"], count: number) => {
      if (count <= 0) return;
      bump(p.department, status, count);
      changes.push({ group: p.department, status, ruleId: p.ruleId, table: p.table, indicator: p.indicator, count });
    };
    if (previous) {
      for (const [k, p] of this.problems) {
        const old = before.get(k)?.count ?? 0;
        change(p, "recurring", Math.min(old, p.count));
        change(p, "new", p.count - old);
      }
      for (const [k, p] of before) change(p, "fixed", p.count - (this.problems.get(k)?.count ?? 0));
    }
    const order = { new: 0, fixed: 1, recurring: 2 };
    changes.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : order[a.status] - order[b.status] || b.count - a.count || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));

    for (const g of v.head.groups) {
      const c = perGroup.get(g.name) ?? { new: 0, fixed: 0, recurring: 0 };
      g.history = { ...c, previousScore: prevScores.get(g.name) ?? null };
    }

    const budgetYear = [...this.years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
    const failures = v.head.groups.reduce((n, g) => n + g.unreadable + g.noTable + g.noIndicators, 0);
    const mean = v.head.groups.length ? Math.round((v.head.groups.reduce((n, g) => n + g.score, 0) / v.head.groups.length) * 10) / 10 : 100;
    const s = v.summary;
    db.exec("BEGIN");
    db.run("INSERT INTO runs (finished_at, budget_year, group_by, files, tables, indicators, errors, warnings, infos, failures, mean_score) VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
      finishedAt,
      budgetYear,
      groupBy,
      s.files,
      s.tables,
      s.indicators,
      s.errors,
      s.warnings,
      s.infos,
      failures,
      mean,
    ]);
    const run = Number(db.exec("SELECT last_insert_rowid()")[0].values[0][0]);
    const gs = db.prepare("INSERT INTO groups VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const g of v.head.groups as (AuditGroup & { history: NonNullable<AuditGroup["history"]> })[]) {
      gs.run([run, g.name, g.files, g.tables, g.indicators, g.errors, g.warnings, g.infos, g.unreadable, g.noTable, g.noIndicators, g.score, g.grade, g.history.new, g.history.fixed, g.history.recurring]);
    }
    gs.free();
    const ps = db.prepare("INSERT INTO problems VALUES (?,?,?,?,?,?,?,?)");
    for (const p of this.problems.values()) ps.run([run, p.department, p.tableKey, p.indicator, p.ruleId, p.table, p.severity, p.count]);
    ps.free();
    db.exec("COMMIT");

    const runs = (db.exec("SELECT id, finished_at, budget_year, files, errors, warnings, infos, failures, mean_score FROM runs WHERE group_by = ? ORDER BY id", [groupBy])[0]?.values ?? []).map((r) => ({
      run: Number(r[0]),
      finishedAt: String(r[1]),
      budgetYear: r[2] === null ? null : Number(r[2]),
      files: Number(r[3]),
      errors: Number(r[4]),
      warnings: Number(r[5]),
      infos: Number(r[6]),
      failures: Number(r[7]),
      meanScore: Number(r[8]),
    }));
    writeFileAtomic(this.file, db.export());
    db.close();
    const totals = { new: 0, fixed: 0, recurring: 0 };
    for (const c of perGroup.values()) for (const k of ["new", "fixed", "recurring"] as const) totals[k] += c[k];
    const history: AuditHistory = { file: this.shown, run, previous, runs, totals, changes };
    v.head.history = history;
    return history;
  }
}
