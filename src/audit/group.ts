/**
 * Which group (department, folder or file) a file and each of its tables are counted under.
 * By department: each table goes to the department it names (department.ts, then the mapping file);
 * a table that names none goes with its file's first named department; a file none of whose tables
 * names one (unreadable, no table, headers without a department) goes with the department most files
 * of its folder name — else the folder's own name — and is listed as a guess.
 */
import type { AuditInput, AuditTable, DepartmentClaim, GroupBy } from "../model/audit.js";
import { type DepartmentMap, departmentClaim, resolveDepartment, splitCode } from "./department.js";

/** "沈阳市科学技术局-" → "沈阳市科学技术局": exports often pad names with dashes and spaces. */
export function cleanName(s: string | null | undefined): string {
  return (s ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/^[-—_]+|[-—_]+$/g, "");
}

export function folderOf(p: string): string {
  const i = p.lastIndexOf("/");
  return i < 0 ? "." : p.slice(0, i);
}

/** The claim of a table; inputs from older shard files carry none and get it from their typed fields. */
export function claimOf(t: AuditTable): DepartmentClaim | null {
  if (t.claim !== undefined) return t.claim;
  const c = departmentClaim({ department: t.department, implementer: t.implementer, fields: [] });
  if (c) return c;
  const own = t.kind === "department" ? splitCode(t.name) : null;
  return own?.name ? { name: own.name, code: own.code, label: "部门(单位)名称", cell: null } : null;
}

/** The department a table names, mapped; "" when it names none. */
export function tableDepartment(t: AuditTable, map: DepartmentMap | null = null): string {
  const c = claimOf(t);
  return c ? resolveDepartment(c, map).name : "";
}

export interface Place {
  /** The file's group. */
  main: string;
  /** Tables counted under another group than `main`, by table name. */
  tables: Map<string, string>;
  /** Set when the file's group is a guess from its folder. */
  guessed: boolean;
}

/**
 * Placement in two steps, so it can run over a spool: `vote` every input once (folder votes), then
 * `place` any input. Memory: one counter per folder and department, not per file.
 */
export class Placement {
  private readonly votes = new Map<string, Map<string, number>>();
  private guesses: Map<string, string> | null = null;

  constructor(
    readonly by: GroupBy,
    private readonly map: DepartmentMap | null = null,
  ) {}

  /** The file's own department (its first table that names one), or null. */
  private own(input: AuditInput): { main: string | null; tables: Map<string, string> } {
    const tables = new Map<string, string>();
    let main: string | null = null;
    for (const t of input.tables) {
      const d = tableDepartment(t, this.map);
      if (!d) continue;
      main ??= d;
      if (d !== main) tables.set(t.name, d);
    }
    return { main, tables };
  }

  vote(input: AuditInput): void {
    if (this.by !== "department") return;
    const { main } = this.own(input);
    if (main === null) return;
    const folder = folderOf(input.path);
    const v = this.votes.get(folder) ?? new Map<string, number>();
    v.set(main, (v.get(main) ?? 0) + 1);
    this.votes.set(folder, v);
    this.guesses = null;
  }

  private guess(folder: string): string {
    this.guesses ??= new Map();
    let g = this.guesses.get(folder);
    if (g === undefined) {
      const base = folder.slice(folder.lastIndexOf("/") + 1) || ".";
      const split = splitCode(base);
      // A folder the mapping file knows ("813-五桂镇" with code 813) says whose it is; else the
      // department most of its files name; else the folder's own name, its code split off.
      const mapped = split.name || split.code ? resolveDepartment(split, this.map) : null;
      const best = [...(this.votes.get(folder) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      g = mapped?.mapped ? mapped.name : best ? best[0] : split.name || base;
      this.guesses.set(folder, g);
    }
    return g;
  }

  place(input: AuditInput): Place {
    if (this.by !== "department") return { main: this.by === "file" ? input.path : folderOf(input.path), tables: new Map(), guessed: false };
    const { main, tables } = this.own(input);
    if (main !== null) return { main, tables, guessed: false };
    return { main: this.guess(folderOf(input.path)), tables, guessed: true };
  }
}

/** Group name of every input (all in memory: tests and small merges). */
export function groupAll(inputs: AuditInput[], by: GroupBy, map: DepartmentMap | null = null): Map<string, string> {
  const p = new Placement(by, map);
  for (const i of inputs) p.vote(i);
  return new Map(inputs.map((i) => [i.path, p.place(i).main]));
}
