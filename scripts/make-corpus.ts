/**
 * A seeded corpus of submissions for `pbm audit`: folders per department, each with workbooks
 * built from the 16 real tables of the seed (their layouts, indicator rows and mistakes), varied
 * in names, amounts and values, plus the mistakes reviewers find, a few 部门整体 tables, files
 * submitted twice and broken files. Same seed → same bytes.
 *
 *   npx tsx scripts/make-corpus.ts --out DIR [--files 500] [--departments 100] [--seed 42]
 *
 * Writes DIR/manifest.json: what was generated and which mistakes were planted where.
 */
import * as XLSX from "xlsx";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { rng as mulberry32 } from "../bench/generate.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = path.join(HERE, "..", "fixtures", "seed", "shenyang-2022-report-and-2023-targets.txt");
const YEAR = 2023;

// ---------------------------------------------------------------- seeded randomness

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}

// ---------------------------------------------------------------- templates from the seed

export interface Row {
  l1: string;
  l2: string;
  name: string;
  op: string;
  value: string;
  unit: string;
  deadline: string;
}

export interface Template {
  kind: "project" | "transfer";
  name: string;
  budget: number;
  goal: string;
  rows: Row[];
}

export function seedTemplates(seedText: string): Template[] {
  const lines = seedText.split(/\r?\n/).slice(96);
  const out: Template[] = [];
  let cur: Template | null = null;
  let l1 = "";
  let l2 = "";
  for (const line of lines) {
    const cells = line.split("\t").map((s) => s.trim());
    if (/绩效目标表$/.test(cells[0]) && cells.length === 1) {
      cur = { kind: /转移支付/.test(cells[0]) ? "transfer" : "project", name: "", budget: 0, goal: "", rows: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    if (/^(项目\(政策\)名称|转移支付名称)$/.test(cells[0])) cur.name = cells[1];
    else if (/^(预算资金情况|预算资金总额)$/.test(cells[0])) cur.budget = Number(cells[1]) || 100;
    else if (cells[0] === "总体目标") cur.goal = cells[1];
    else if (cells[0] === "" && cells.length >= 7 && cells[3]) {
      if (cells[1]) {
        l1 = cells[1];
        l2 = "";
      }
      if (cells[2]) l2 = cells[2];
      cur.rows.push({ l1, l2, name: cells[3], op: cells[4] ?? "", value: cells[5] ?? "", unit: cells[6] ?? "", deadline: cells[7] ?? "" });
    }
  }
  return out.filter((t) => t.name && t.rows.length);
}

// ---------------------------------------------------------------- departments

const CITIES = ["沈阳市", "大连市", "鞍山市", "抚顺市", "本溪市", "丹东市", "锦州市"];
const BUREAUS = [
  "教育局", "科学技术局", "医疗保障局", "民政局", "卫生健康委员会", "交通运输局", "农业农村局", "水务局", "生态环境局", "文化旅游和广播电视局",
  "体育局", "住房和城乡建设局", "城市管理综合行政执法局", "人力资源和社会保障局", "商务局", "应急管理局", "自然资源局", "退役军人事务局", "市场监督管理局", "工业和信息化局",
];

function departments(n: number, rng: Rng): string[] {
  const all = CITIES.flatMap((c) => BUREAUS.map((b) => c + b));
  return rng.shuffle(all).slice(0, Math.min(n, all.length));
}

// ---------------------------------------------------------------- one table → cells

type Spec = string | number | { v: number; z: string } | null;
interface Block {
  rows: Spec[][];
  merges: XLSX.Range[];
}

export interface TableSpec {
  kind: "project" | "transfer" | "department";
  name: string;
  department: string;
  implementer: string;
  budget: number;
  goal: string;
  rows: Row[];
  /** Percent targets written as 0.95 with a 0% format. */
  percentCells: boolean;
  mistakes: string[];
}

const TITLES = { project: "部门预算项目（政策）绩效目标表", transfer: "转移支付整体绩效目标表", department: `${YEAR}年部门整体绩效目标表` };
const COLS = 8;

function blockOf(t: TableSpec): Block {
  const rows: Spec[][] = [];
  const merges: XLSX.Range[] = [];
  const full = (r: number, c0 = 0) => merges.push({ s: { r, c: c0 }, e: { r, c: COLS - 1 } });
  const push = (cells: Spec[]) => rows.push([...cells, ...Array(Math.max(0, COLS - cells.length)).fill(null)]);
  push([TITLES[t.kind]]);
  full(0);
  push([`${YEAR} 年`]);
  full(1);
  push(["单位：万元"]);
  full(2);
  if (t.kind === "department") {
    push(["部门（单位）名称", t.name]);
    full(rows.length - 1, 1);
  } else if (t.kind === "project") {
    push(["项目(政策)名称", t.name]);
    full(rows.length - 1, 1);
    push(["主管部门", `${t.department}-`, null, null, "实施单位", `${t.implementer}-`]);
    merges.push({ s: { r: rows.length - 1, c: 1 }, e: { r: rows.length - 1, c: 3 } }, { s: { r: rows.length - 1, c: 5 }, e: { r: rows.length - 1, c: 7 } });
  } else {
    push(["转移支付名称", t.name]);
    full(rows.length - 1, 1);
    push(["省级财政部门", "辽宁省财政厅", null, null, "省级主管部门", `${t.department}-`]);
    merges.push({ s: { r: rows.length - 1, c: 1 }, e: { r: rows.length - 1, c: 3 } }, { s: { r: rows.length - 1, c: 5 }, e: { r: rows.length - 1, c: 7 } });
  }
  push([t.kind === "transfer" ? "预算资金总额" : "预算资金情况", t.budget]);
  full(rows.length - 1, 1);
  push([t.kind === "department" ? "年度总体目标" : "总体目标", t.goal]);
  full(rows.length - 1, 1);
  const head = rows.length;
  push(["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"]);
  // 一级/二级 cells are merged down over their rows, as the budget system exports them.
  let s1 = -1;
  let s2 = -1;
  const close = (start: number, end: number, c: number) => {
    if (start >= 0 && end > start) merges.push({ s: { r: start, c }, e: { r: end, c } });
  };
  t.rows.forEach((x, i) => {
    const r = head + 1 + i;
    const prev = t.rows[i - 1];
    const new1 = !prev || prev.l1 !== x.l1;
    const new2 = new1 || prev.l2 !== x.l2;
    if (new1) {
      close(s1, r - 1, 1);
      s1 = r;
    }
    if (new2) {
      close(s2, r - 1, 2);
      s2 = r;
    }
    push([null, new1 ? x.l1 : null, new2 ? x.l2 : null, x.name, x.op || null, valueCell(x, t.percentCells), t.percentCells && x.unit === "%" && isNum(x.value) ? null : x.unit || null, x.deadline || null]);
  });
  close(s1, head + t.rows.length, 1);
  close(s2, head + t.rows.length, 2);
  return { rows, merges };
}

const isNum = (s: string) => /^-?\d+(\.\d+)?$/.test(s.trim());

function valueCell(x: Row, percentCells: boolean): Spec {
  const v = x.value.trim();
  if (/^\d+(\.\d+)?%$/.test(v)) return percentCells ? { v: Number(v.slice(0, -1)) / 100, z: "0%" } : v;
  if (isNum(v)) {
    if (percentCells && x.unit === "%") return { v: Number(v) / 100, z: "0%" };
    return Number(v);
  }
  return v || null;
}

// ---------------------------------------------------------------- variation and mistakes

const VAGUE = ["促进", "提高", "有所提升", "进一步改善", "明显提升"];

function vary(tpl: Template, dept: string, rng: Rng, serial: number): TableSpec {
  const budget = Math.round(tpl.budget * (0.2 + rng.float() * 1.6) * 100) / 100 || rng.int(50, 5000);
  const core = tpl.name.replace(/^\d{4}\s*年/, "").replace(/^(政府专项|政府民政大专项)-/, "");
  const rows = tpl.rows.map((r) => {
    let value = r.value;
    if (isNum(value) && r.unit !== "%" && !/满意|率/.test(r.name)) value = String(Math.max(1, Math.round(Number(value) * (0.5 + rng.float()))));
    if (/满意/.test(r.name) && isNum(value)) value = String(rng.pick([85, 90, 95]));
    return { ...r, value, deadline: rng.chance(0.5) ? `${YEAR} 年 12 月` : `${YEAR}年12月` };
  });
  return {
    kind: tpl.kind,
    name: `${dept.slice(0, -1)}${core}${serial > 1 ? `（${serial}）` : ""}`,
    department: dept,
    implementer: `${dept}本级`,
    budget,
    goal: tpl.goal || `完成${core}年度任务`,
    rows,
    percentCells: rng.chance(0.5),
    mistakes: [],
  };
}

/** The mistakes the seed and reviewers show (domain-rules.md §4), planted at random. */
function plantMistakes(t: TableSpec, rng: Rng): void {
  const sat = t.rows.filter((r) => /满意度/.test(r.l1));
  if (sat.length && rng.chance(0.15)) {
    sat[0].op = "<=";
    sat[0].value = "100";
    sat[0].unit = "%";
    t.mistakes.push("satisfaction-le");
  }
  if (rng.chance(0.08) && t.rows.some((r) => /效益/.test(r.l1))) {
    t.rows = t.rows.filter((r) => !/效益/.test(r.l1));
    t.mistakes.push("missing-benefit");
  } else if (rng.chance(0.08) && sat.length) {
    t.rows = t.rows.filter((r) => !/满意度/.test(r.l1));
    t.mistakes.push("missing-satisfaction");
  }
  if (rng.chance(0.1)) {
    t.goal += `，安排资金 ${t.budget} 亿元`;
    t.mistakes.push("goal-yi-yuan");
  }
  const benefit = t.rows.filter((r) => /效益/.test(r.l1));
  if (benefit.length && rng.chance(0.25)) {
    const r = rng.pick(benefit);
    r.op = "";
    r.value = rng.pick(VAGUE);
    r.unit = "";
    t.mistakes.push("vague-value");
  }
  if (t.rows.length && rng.chance(0.1)) {
    rng.pick(t.rows).deadline = `${YEAR + 1} 年 6 月`;
    t.mistakes.push("deadline-next-year");
  }
  const rate = t.rows.find((r) => /率$/.test(r.name) && !/满意/.test(r.name));
  if (rate && rng.chance(0.15)) {
    rate.op = ">=";
    rate.value = "100";
    rate.unit = "%";
    t.mistakes.push("rate-ge-100");
  }
}

function departmentTable(dept: string, budget: number, rng: Rng): TableSpec {
  const n = rng.int(5, 20);
  return {
    kind: "department",
    name: dept,
    department: dept,
    implementer: dept,
    budget,
    goal: `目标1：完成年度重点工作任务 ${n} 项；目标2：提升履职效能和服务水平。`,
    rows: [
      { l1: "产出指标", l2: "数量指标", name: "年度重点工作任务完成数", op: ">=", value: String(n), unit: "项", deadline: `${YEAR} 年 12 月` },
      { l1: "产出指标", l2: "质量指标", name: "重点工作任务完成率", op: "=", value: "100", unit: "%", deadline: `${YEAR} 年 12 月` },
      { l1: "产出指标", l2: "时效指标", name: "资金支付及时率", op: ">=", value: "95", unit: "%", deadline: `${YEAR} 年 12 月` },
      { l1: "效益指标", l2: "社会效益指标", name: "服务群众人次", op: ">=", value: String(rng.int(1, 50) * 1000), unit: "人次", deadline: `${YEAR} 年 12 月` },
      { l1: "满意度指标", l2: "服务对象满意度指标", name: "服务对象满意度", op: ">=", value: "90", unit: "%", deadline: `${YEAR} 年 12 月` },
    ],
    percentCells: rng.chance(0.5),
    mistakes: [],
  };
}

// ---------------------------------------------------------------- workbooks

function toSheet(blocks: Block[]): XLSX.WorkSheet {
  const aoa: Spec[][] = [];
  const merges: XLSX.Range[] = [];
  for (const b of blocks) {
    if (aoa.length) aoa.push([], []);
    const off = aoa.length;
    aoa.push(...b.rows);
    for (const m of b.merges) merges.push({ s: { r: m.s.r + off, c: m.s.c }, e: { r: m.e.r + off, c: m.e.c } });
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa.map((r) => r.map((c) => (c !== null && typeof c === "object" ? { t: "n", v: c.v, z: c.z } : c))));
  ws["!merges"] = merges;
  ws["!cols"] = [12, 14, 18, 30, 10, 12, 10, 14].map((wch) => ({ wch }));
  return ws;
}

function workbookBytes(tables: TableSpec[], format: "xlsx" | "xls" | "csv", stacked: boolean): Uint8Array {
  const blocks = tables.map(blockOf);
  const wb = XLSX.utils.book_new();
  if (format === "csv" || stacked) XLSX.utils.book_append_sheet(wb, toSheet(blocks), "Sheet1");
  else blocks.forEach((b, i) => XLSX.utils.book_append_sheet(wb, toSheet([b]), `表${i + 1}`));
  if (format === "csv") return Buffer.from("\uFEFF" + XLSX.utils.sheet_to_csv(wb.Sheets.Sheet1), "utf8");
  return XLSX.write(wb, { type: "buffer", bookType: format === "xls" ? "biff8" : "xlsx", compression: true }) as Uint8Array;
}

/** An OLE2 (old .xls) signature followed by junk: what a half-copied .xls looks like. */
function brokenCfb(rng: Rng): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 8; i < out.length; i++) out[i] = rng.int(0, 255);
  return out;
}

// ---------------------------------------------------------------- the corpus

export interface CorpusOptions {
  out: string;
  files: number;
  departments: number;
  seed: number;
}

export interface ManifestFile {
  path: string;
  department: string;
  kind: "workbook" | "duplicate" | "broken" | "department";
  tables: { name: string; kind: string; budget: number; mistakes: string[] }[];
  duplicateOf?: string;
}

export interface Manifest {
  options: Omit<CorpusOptions, "out">;
  files: ManifestFile[];
  duplicateProjects: string[];
  departmentBudgetMismatches: string[];
}

export function makeCorpus(o: CorpusOptions): Manifest {
  const rng = new Rng(o.seed);
  const templates = seedTemplates(readFileSync(SEED, "utf8"));
  const depts = departments(o.departments, rng);
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  const folder = (i: number) => `${String(i + 1).padStart(3, "0")}-${depts[i]}`;
  const manifest: Manifest = { options: { files: o.files, departments: depts.length, seed: o.seed }, files: [], duplicateProjects: [], departmentBudgetMismatches: [] };
  const written: { path: string; bytes: Uint8Array; dept: number }[] = [];
  const write = (rel: string, bytes: Uint8Array | string) => {
    mkdirSync(path.dirname(path.join(o.out, rel)), { recursive: true });
    writeFileSync(path.join(o.out, rel), bytes);
  };

  const nDup = Math.max(1, Math.round(o.files * 0.012));
  const nBroken = Math.max(1, Math.round(o.files * 0.01));
  const nDeptTables = Math.max(1, Math.round(depts.length * 0.15));
  const nWorkbooks = Math.max(depts.length, o.files - nDup - nBroken - nDeptTables);
  const projectBudgets = new Map<number, number>();
  const used = new Map<string, number>();
  const earlier: { t: TableSpec; dept: number }[] = [];

  for (let k = 0; k < nWorkbooks; k++) {
    const d = k < depts.length ? k : rng.int(0, depts.length - 1);
    const dept = depts[d];
    const format = rng.chance(0.1) ? "csv" : rng.chance(0.11) ? "xls" : "xlsx";
    const tables: TableSpec[] = [];
    // A CSV holds one table.
    const count = format === "csv" ? 1 : rng.int(1, 5);
    for (let j = 0; j < count; j++) {
      const tpl = rng.pick(templates);
      const key = `${dept}|${tpl.name}`;
      used.set(key, (used.get(key) ?? 0) + 1);
      let t = vary(tpl, dept, rng, used.get(key) ?? 1);
      // The same project filed again by another department, with another budget or other targets.
      const others = earlier.filter((e) => e.dept !== d && e.t.kind === "project");
      if (others.length > 20 && rng.chance(0.012)) {
        const src = rng.pick(others);
        t = { ...structuredClone(src.t), department: dept, implementer: `${dept}本级`, mistakes: [] };
        if (rng.chance(0.5)) t.budget = Math.round(src.t.budget * 1.5 * 100) / 100;
        else if (t.rows.length) t.rows[0] = { ...t.rows[0], value: isNum(t.rows[0].value) ? String(Number(t.rows[0].value) + 7) : "另行确定" };
        else t.budget += 10;
        manifest.duplicateProjects.push(t.name);
      } else plantMistakes(t, rng);
      tables.push(t);
      earlier.push({ t, dept: d });
      if (t.kind === "project") projectBudgets.set(d, (projectBudgets.get(d) ?? 0) + t.budget);
    }
    const rel = `${folder(d)}/${dept}-绩效目标表-${String(k + 1).padStart(4, "0")}.${format}`;
    const bytes = workbookBytes(tables, format, rng.chance(0.4));
    write(rel, bytes);
    written.push({ path: rel, bytes, dept: d });
    manifest.files.push({ path: rel, department: dept, kind: "workbook", tables: tables.map((t) => ({ name: t.name, kind: t.kind, budget: t.budget, mistakes: t.mistakes })) });
  }

  // 部门整体 tables: most agree with the sum of the department's project tables, some do not.
  for (const d of rng.shuffle([...projectBudgets.keys()].sort((a, b) => a - b)).slice(0, nDeptTables)) {
    const sum = Math.round((projectBudgets.get(d) ?? 0) * 100) / 100;
    const mismatch = rng.chance(0.35);
    const budget = mismatch ? Math.round(sum * 1.2 * 100) / 100 + 100 : sum;
    const t = departmentTable(depts[d], budget, rng);
    if (mismatch) manifest.departmentBudgetMismatches.push(depts[d]);
    const rel = `${folder(d)}/${depts[d]}-部门整体绩效目标表.xlsx`;
    write(rel, workbookBytes([t], "xlsx", true));
    manifest.files.push({ path: rel, department: depts[d], kind: "department", tables: [{ name: t.name, kind: t.kind, budget, mistakes: mismatch ? ["department-budget"] : [] }] });
  }

  // The same file submitted twice (a copy under another name).
  for (let i = 0; i < nDup; i++) {
    const src = written[rng.int(0, written.length - 1)];
    const rel = src.path.replace(/(\.\w+)$/, `（重复提交${i + 1}）$1`);
    write(rel, src.bytes);
    manifest.files.push({ path: rel, department: depts[src.dept], kind: "duplicate", tables: [], duplicateOf: src.path });
  }

  // Broken files: a truncated workbook, an empty file, a text file named .xlsx.
  for (let i = 0; i < nBroken; i++) {
    const src = written[rng.int(0, written.length - 1)];
    const variant = i % 3;
    const bytes = variant === 0 ? src.bytes.slice(0, Math.floor(src.bytes.length / 3)) : variant === 1 ? new Uint8Array(0) : brokenCfb(rng);
    const rel = `${folder(src.dept)}/损坏文件-${i + 1}.${variant === 2 ? "xls" : "xlsx"}`;
    write(rel, bytes);
    manifest.files.push({ path: rel, department: depts[src.dept], kind: "broken", tables: [] });
  }

  manifest.files.sort((a, b) => (a.path < b.path ? -1 : 1));
  write("manifest.json", JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

/** One project table with `rows` indicator rows: a real layout that is simply too big (heap-limit tests). */
export function bigWorkbook(rows: number): Uint8Array {
  const base = seedTemplates(readFileSync(SEED, "utf8"))[1];
  const t: TableSpec = { kind: "project", name: "超大表格测试项目", department: "沈阳市教育局", implementer: "沈阳市教育局本级", budget: 100, goal: base.goal, rows: [], percentCells: false, mistakes: [] };
  for (let i = 0; i < rows; i++) t.rows.push({ ...base.rows[i % base.rows.length], name: `${base.rows[i % base.rows.length].name}（第${i + 1}项）` });
  return workbookBytes([t], "xlsx", true);
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = arg("out");
  if (!out) {
    console.error("usage: npx tsx scripts/make-corpus.ts --out DIR [--files 500] [--departments 100] [--seed 42]");
    process.exit(2);
  }
  const m = makeCorpus({ out: path.resolve(out), files: Number(arg("files", "500")), departments: Number(arg("departments", "100")), seed: Number(arg("seed", "42")) });
  console.log(`${m.files.length} files from ${m.options.departments} departments written to ${out}`);
}
