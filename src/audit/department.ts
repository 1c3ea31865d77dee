/**
 * Which department a table belongs to, from the table itself (docs/audit.md, "Grouping"):
 *   1. its header fields — 主管部门 (and 主管部门及其编码 / 及代码, 业务主管部门, 省级/市级主管部门, 预算部门),
 *      else the unit that filed it (预算单位, 编制单位, 填报单位, 申报单位), else the unit a 部门整体 table is
 *      about (部门名称, 单位名称, 部门(单位)名称), else its 实施单位;
 *   2. a `--departments` mapping file turns a code or a name (or an alias) into the canonical name;
 *   3. only a file whose tables name nobody goes by its folder, and that is reported as a guess.
 * Codes the budget systems put in front of names ("813-潼南区五桂镇", "[015001]武汉市青山区教育局") are
 * split off, so the same department is one group whether or not its export carries the code.
 * Everything here is pure: the caller reads the mapping file.
 */
import { z } from "zod";
import type { Localized } from "../model/finding.js";
import type { DepartmentClaim } from "../model/audit.js";

/** What the department identity reads of a normalized table. */
export interface TableHeader {
  kind?: string;
  department: string | null;
  implementer: string | null;
  fields: readonly { label: string; text: string; cell: string }[];
}

const key = (label: string) =>
  label
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[*★※]+/, "")
    .replace(/[:：]+$/, "");

const CODE_SUFFIX = "(及其?(编码|代码|编号)|名称|\\(.*\\))?";
/** Strongest first: the department a table belongs to, the unit that filed it, the unit it is about, who carries it out. */
const TIERS: { label: RegExp; kinds?: string[] }[] = [
  { label: new RegExp(`^((中央|省级|市级|县级|区级|区县级?|业务)?主管部门|预算部门)${CODE_SUFFIX}$`) },
  { label: new RegExp(`^(预算单位|编制单位|填报单位|申报单位)${CODE_SUFFIX}$`) },
  { label: /^(部门\(单位\)名称|部门名称|单位名称)(\(.*\))?$/ },
  { label: new RegExp(`^((项目)?实施单位|项目单位|用款单位)${CODE_SUFFIX}$`) },
];

/** Words an export appends to a name that are not part of it: (盖章), 单位：万元 on the same line. */
const NOISE = /[(（]\s*(盖章|公章|章|签章)\s*[)）]|\s{2,}.*$|\s*(金额)?单位[:：]\s*(元|万元|亿元|千元)\s*$/gu;
const SEP = "[-－—–_:：.、·\\s]";

/** "813-潼南区五桂镇" → { code: "813", name: "潼南区五桂镇" }; "沈阳市科学技术局-" → { code: null, name: "沈阳市科学技术局" }. */
export function splitCode(text: string): { code: string | null; name: string } {
  let t = text.normalize("NFKC").replace(NOISE, "").trim();
  let code: string | null = null;
  const lead = new RegExp(`^[\\[【(]\\s*([0-9A-Za-z]*\\d[0-9A-Za-z]*)\\s*[\\]】)]${SEP}*(.+)$|^(\\d{2,20})${SEP}+(.+)$|^(\\d{3,20})([^\\d年月日号届期].*)$`, "u").exec(t);
  if (lead) {
    code = lead[1] ?? lead[3] ?? lead[5];
    t = lead[2] ?? lead[4] ?? lead[6];
  } else {
    const tail = new RegExp(`^(.+?)${SEP}*[\\[【(]\\s*(\\d{2,20})\\s*[\\]】)]$`, "u").exec(t);
    if (tail) {
      t = tail[1];
      code = tail[2];
    }
  }
  const name = t.replace(new RegExp(`^${SEP}+|${SEP}+$`, "gu"), "").replace(/\s+/g, "");
  return { code, name };
}

/** The department a table names, with where it says so; null when it names none. */
export function departmentClaim(t: TableHeader): DepartmentClaim | null {
  for (const tier of TIERS) {
    for (const f of t.fields) {
      if (!f.text.trim() || !tier.label.test(key(f.label))) continue;
      const { code, name } = splitCode(f.text);
      if (name) return { name, code, label: f.label.trim(), cell: f.cell };
    }
  }
  // A reader that filled the typed fields but not `fields` (or a label it knows under another spelling).
  for (const [label, text] of [["主管部门", t.department], ["实施单位", t.implementer]] as const) {
    if (!text) continue;
    const { code, name } = splitCode(text);
    if (name) return { name, code, label, cell: null };
  }
  return null;
}

// ---------------------------------------------------------------- the --departments mapping file

export interface DepartmentEntry {
  name: string;
  code?: string;
  aliases?: string[];
}

export interface DepartmentMap {
  /** Canonical names, in the file's order. */
  names: string[];
  byCode: Map<string, string>;
  /** Cleaned name or alias → canonical name. */
  byName: Map<string, string>;
}

export class DepartmentMapError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = "DepartmentMapError";
  }
  localized(lang: "zh" | "en"): string {
    return this.text[lang];
  }
}

/** The form a name is compared in: NFKC, no spaces, no code, no trailing dash. */
export const nameKey = (s: string): string => splitCode(s).name;

const Entry = z
  .object({
    name: z.string().trim().min(1),
    code: z.union([z.string().trim().min(1), z.number().int().nonnegative()]).optional(),
    aliases: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();
const EntryList = z.array(Entry);
const DepartmentsObject = z.object({ $schema: z.string().optional(), departments: EntryList }).strict();

function fail(file: string, zh: string, en: string): never {
  throw new DepartmentMapError({ zh: `部门对照表 ${file} 有误：${zh}`, en: `Department mapping ${file} is invalid: ${en}` });
}

/** Entries → lookup tables; a code or alias claimed by two departments is an error, not a coin toss. */
export function buildDepartmentMap(entries: DepartmentEntry[], file: string): DepartmentMap {
  const map: DepartmentMap = { names: [], byCode: new Map(), byName: new Map() };
  const claim = (table: Map<string, string>, k: string, name: string, what: Localized) => {
    const had = table.get(k);
    if (had !== undefined && had !== name) fail(file, `${what.zh}“${k}”同时对应“${had}”和“${name}”`, `${what.en} "${k}" maps to both "${had}" and "${name}"`);
    table.set(k, name);
  };
  entries.forEach((e, i) => {
    const name = e.name.normalize("NFKC").trim();
    if (!nameKey(name)) fail(file, `第 ${i + 1} 项没有部门名称`, `entry ${i + 1} has no department name`);
    if (!map.names.includes(name)) map.names.push(name);
    claim(map.byName, nameKey(name), name, { zh: "名称", en: "name" });
    if (e.code !== undefined && String(e.code).trim()) claim(map.byCode, String(e.code).trim(), name, { zh: "编码", en: "code" });
    for (const a of e.aliases ?? []) {
      const split = splitCode(a);
      if (split.name) claim(map.byName, split.name, name, { zh: "别名", en: "alias" });
      if (split.code && !split.name) claim(map.byCode, split.code, name, { zh: "编码", en: "code" });
    }
  });
  return map;
}

/** A JSON mapping file: `{ "departments": [{ "name", "code"?, "aliases"? }] }` or the bare array. */
export function parseDepartmentsJson(text: string, file: string): DepartmentMap {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    fail(file, `不是有效的 JSON（${(err as Error).message}）`, `not valid JSON (${(err as Error).message})`);
  }
  const r = Array.isArray(data) ? EntryList.safeParse(data) : DepartmentsObject.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "(根)";
    fail(file, `${where}：${issue.message}；每项应为 { "name": "部门名称", "code": "编码", "aliases": ["别名"] }`, `${where}: ${issue.message}; each entry is { "name": "...", "code": "...", "aliases": ["..."] }`);
  }
  const entries = Array.isArray(r.data) ? r.data : r.data.departments;
  return buildDepartmentMap(
    entries.map((e) => ({ name: e.name, code: e.code === undefined ? undefined : String(e.code), aliases: e.aliases })),
    file,
  );
}

const COLUMNS = {
  name: /^(name|标准名称|规范名称|部门名称|单位名称|部门|单位|名称)$/i,
  code: /^(code|编码|代码|部门编码|单位编码|部门代码|单位代码|编号)$/i,
  aliases: /^(aliases?|别名|其他名称|曾用名|简称)$/i,
};

/** A table (CSV or a workbook's first sheet): a header row naming 名称 / 编码 / 别名 (name / code / aliases). */
export function departmentMapFromRows(rows: string[][], file: string): DepartmentMap {
  const headAt = rows.findIndex((r) => r.some((c) => c.trim() !== ""));
  if (headAt < 0) fail(file, "文件是空的", "the file is empty");
  const head = rows[headAt].map((c) => key(c));
  const col = (re: RegExp) => head.findIndex((h) => re.test(h));
  const [nameCol, codeCol, aliasCol] = [col(COLUMNS.name), col(COLUMNS.code), col(COLUMNS.aliases)];
  if (nameCol < 0) fail(file, `第 ${headAt + 1} 行应是表头，至少有“部门名称”一列（可另有“编码”“别名”），实际为：${rows[headAt].join("，")}`, `row ${headAt + 1} should be a header with a "name" column (and optionally "code", "aliases"); found: ${rows[headAt].join(", ")}`);
  const entries: DepartmentEntry[] = [];
  rows.slice(headAt + 1).forEach((r, i) => {
    const name = (r[nameCol] ?? "").trim();
    const code = codeCol >= 0 ? (r[codeCol] ?? "").trim() : "";
    const aliases = aliasCol >= 0 ? (r[aliasCol] ?? "").split(/[;；、|]/).map((a) => a.trim()).filter(Boolean) : [];
    if (!name && !code && !aliases.length) return;
    if (!name) fail(file, `第 ${headAt + i + 2} 行有编码或别名但没有部门名称`, `row ${headAt + i + 2} has a code or aliases but no name`);
    entries.push({ name, code: code || undefined, aliases });
  });
  if (!entries.length) fail(file, "表头下面没有任何部门", "no department below the header");
  return buildDepartmentMap(entries, file);
}

export type DepartmentSource = "table" | "mapping" | "folder";

/** A claim (or a folder name) → the group name, and whether the mapping file gave it. */
export function resolveDepartment(claim: { name: string; code: string | null }, map: DepartmentMap | null): { name: string; mapped: boolean } {
  if (map) {
    const byCode = claim.code !== null ? map.byCode.get(claim.code) : undefined;
    if (byCode !== undefined) return { name: byCode, mapped: true };
    const byName = map.byName.get(nameKey(claim.name));
    if (byName !== undefined) return { name: byName, mapped: true };
  }
  return { name: claim.name, mapped: false };
}
