/**
 * A generated county for `pbm audit` (issue 13): N departments with codes, whose tables name their
 * department in the ways budget systems do (主管部门 "813-…", 主管部门及代码 "[813]…", 业务主管部门,
 * 预算单位, 部门（单位）名称), filed in mixed folders — a shared 汇总 folder, files in another
 * department's folder, workbooks holding several departments' tables — plus unreadable files,
 * empty files and files with no table, and some departments that sent only those.
 * Writes the folder, `departments.json` (the --departments mapping: canonical name, code, alias)
 * and `manifest.json` (where every table belongs). Same seed → same bytes.
 *
 *   npx tsx scripts/make-county.ts --out DIR [--departments 100] [--seed 7] [--year 2024]
 *
 * `fixProblems` (the second year of the history test) rewrites a county with some mistakes fixed
 * and some new ones, keeping every name and row shifted by an extra line.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as XLSX from "xlsx";
import { rng as mulberry32 } from "../bench/generate.js";
import { seedTemplates, type Template } from "./make-corpus.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = path.join(HERE, "..", "fixtures", "seed", "shenyang-2022-report-and-2023-targets.txt");

const TOWNS = ["五桂镇", "双江镇", "古溪镇", "宝龙镇", "玉溪镇", "米心镇", "群力镇", "卧佛镇", "柏梓镇", "崇龛镇", "塘坝镇", "新胜镇", "太安镇", "小渡镇", "上和镇", "龙形镇", "花岩镇", "别口镇", "田家镇", "寿桥镇"];
const BUREAUS = ["教育委员会", "民政局", "财政局", "卫生健康委员会", "农业农村委员会", "交通运输委员会", "水利局", "生态环境局", "文化和旅游发展委员会", "住房和城乡建设委员会", "人力资源和社会保障局", "商务委员会", "应急管理局", "规划和自然资源局", "退役军人事务局", "市场监督管理局", "城市管理局", "林业局", "医疗保障局", "体育局"];
const COUNTY = "重庆市潼南区";

export interface CountyDepartment {
  code: string;
  /** Canonical name (the mapping file's). */
  name: string;
  /** The short name the tables use. */
  short: string;
  folder: string;
  /** Sent only unreadable, empty or table-less files. */
  failing: boolean;
}

export interface CountyTable {
  name: string;
  /** Which seed table it was made from (kept from year to year). */
  template: number;
  department: string;
  label: string;
  mistakes: string[];
}

export interface CountyFile {
  path: string;
  kind: "tables" | "unreadable" | "empty" | "no-table";
  /** The department whose folder it is in (what a folder guess gives). */
  folderDepartment: string | null;
  tables: CountyTable[];
}

export interface CountyManifest {
  year: number;
  departments: CountyDepartment[];
  files: CountyFile[];
}

interface Spec {
  template: number;
  dept: CountyDepartment;
  label: string;
  tpl: Template;
  name: string;
  /** Mistake switches: which planted problems this table has. */
  mistakes: string[];
}

function departments(n: number, r: () => number): CountyDepartment[] {
  const out: CountyDepartment[] = [];
  for (let i = 0; out.length < n; i++) {
    const short = i < TOWNS.length ? `潼南区${TOWNS[i]}` : `潼南区${BUREAUS[(i - TOWNS.length) % BUREAUS.length]}${i >= TOWNS.length + BUREAUS.length ? `第${Math.floor((i - TOWNS.length) / BUREAUS.length) + 1}分局` : ""}`;
    const code = String(801 + i);
    const name = i < TOWNS.length ? `${COUNTY}${TOWNS[i]}人民政府` : `${COUNTY}${short.slice(3)}`;
    out.push({ code, name, short, folder: `${code}-${short.slice(3)}`, failing: false });
  }
  // Some departments send only files nobody can check.
  for (let k = 0; k < Math.max(2, Math.round(n / 20)); k++) out[Math.floor(r() * n)].failing = true;
  return out;
}

/** How a table names its department: the labels and code styles the budget systems use. */
function claim(d: CountyDepartment, style: number): [string, string] {
  switch (style % 5) {
    case 0:
      return ["主管部门", `${d.code}-${d.short}`];
    case 1:
      return ["主管部门及代码", `[${d.code}]${d.short}`];
    case 2:
      return ["业务主管部门", `${d.name}-`];
    case 3:
      return ["预算单位", `${d.code}-${d.short}`];
    default:
      return ["主管部门", d.short];
  }
}

function block(s: Spec, year: number, extraRow: boolean): (string | number | null)[][] {
  const [label, value] = claim(s.dept, Number(s.label));
  const rows: (string | number | null)[][] = [["项目支出绩效目标表"], [`（${year}年度）`], ["单位：万元"], ["项目名称", s.name], [label, value, null, null, "实施单位", `${s.dept.short}本级`]];
  if (extraRow) rows.push(["项目属性", "经常性项目"]);
  rows.push(["预算资金情况", s.tpl.budget || 100], ["总体目标", s.tpl.goal || `完成${s.name}年度任务`]);
  rows.push(["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"]);
  for (const [i, x] of s.tpl.rows.entries()) {
    let op = x.op;
    let value = x.value;
    let unit = x.unit;
    if (i === 0 && s.mistakes.includes("vague")) {
      op = "";
      value = "进一步提高";
      unit = "";
    }
    if (/满意/.test(x.name) && s.mistakes.includes("satisfaction")) {
      op = "<=";
      value = "100";
      unit = "%";
    }
    rows.push([null, x.l1, x.l2, x.name, op || null, value || null, unit || null, `${year}年12月`]);
  }
  return rows;
}

function workbook(specs: Spec[], year: number, extraRow: boolean): Uint8Array {
  const aoa: (string | number | null)[][] = [];
  for (const s of specs) {
    if (aoa.length) aoa.push([], []);
    aoa.push(...block(s, year, extraRow));
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), "绩效目标表");
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}

export interface CountyOptions {
  out: string;
  departments: number;
  seed: number;
  year: number;
  /** Second year: fix the planted mistakes of every other table, plant new ones in others, shift rows. */
  nextYearOf?: CountyManifest;
  /** The folder of `nextYearOf` (its unreadable and empty files are carried over as they are). */
  previousDir?: string;
}

export function makeCounty(o: CountyOptions): CountyManifest {
  const r = mulberry32(o.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const templates = seedTemplates(readFileSync(SEED, "utf8")).filter((t) => t.kind === "project" && t.rows.some((x) => /满意/.test(x.name)));
  const depts = o.nextYearOf?.departments ?? departments(o.departments, r);
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  const files: CountyFile[] = [];
  const write = (rel: string, bytes: Uint8Array | string, file: Omit<CountyFile, "path">) => {
    mkdirSync(path.dirname(path.join(o.out, rel)), { recursive: true });
    writeFileSync(path.join(o.out, rel), bytes);
    files.push({ path: rel, ...file });
  };
  const next = o.nextYearOf;
  let serial = 0;
  const specFor = (d: CountyDepartment, k: number, previous?: CountyTable): Spec => {
    const template = previous?.template ?? (serial + k) % templates.length;
    const tpl = templates[template];
    const name = previous?.name.replace(/^\d{4}年/, `${o.year}年`) ?? `${o.year}年${d.short.slice(3)}${tpl.name.replace(/^\d{4}\s*年/, "").slice(0, 12)}（${++serial}）`;
    let mistakes: string[];
    if (previous) {
      // Year two: every other table has its problems fixed; a third of the clean ones get a new one.
      const h = [...name].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
      mistakes = h % 2 === 0 ? [] : [...previous.mistakes];
      if (h % 3 === 0 && !mistakes.includes("satisfaction")) mistakes.push("satisfaction");
    } else mistakes = [r() < 0.5 ? "vague" : "", r() < 0.4 ? "satisfaction" : ""].filter(Boolean);
    return { template, dept: d, label: String(Math.floor(r() * 5)), tpl, name, mistakes };
  };
  const shared = "000-汇总";
  if (next) {
    // The same files, tables and departments, with the problems changed and one row more in each header.
    for (const f of next.files) {
      if (f.kind !== "tables") {
        const bytes = readFileSync(path.join(o.previousDir ?? "", f.path));
        write(f.path, bytes, { kind: f.kind, folderDepartment: f.folderDepartment, tables: [] });
        continue;
      }
      const specs = f.tables.map((t, k) => specFor(depts.find((d) => d.name === t.department) as CountyDepartment, k, t));
      write(f.path, workbook(specs, o.year, true), { kind: "tables", folderDepartment: f.folderDepartment, tables: specs.map((s) => ({ name: s.name, template: s.template, department: s.dept.name, label: claim(s.dept, Number(s.label))[0], mistakes: s.mistakes })) });
    }
  } else {
    for (const d of depts) {
      if (d.failing) {
        write(`${d.folder}/${d.short}-损坏.xlsx`, workbook([specFor(d, 0)], o.year, false).slice(0, 300), { kind: "unreadable", folderDepartment: d.name, tables: [] });
        write(`${d.folder}/${d.short}-空文件.xlsx`, new Uint8Array(0), { kind: "empty", folderDepartment: d.name, tables: [] });
        write(`${d.folder}/${d.short}-说明.csv`, "\uFEFF填报说明\n本单位本年度无项目支出\n", { kind: "no-table", folderDepartment: d.name, tables: [] });
        continue;
      }
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) {
        // Mixed folders: some files sit in the shared folder or in another department's folder.
        const where = r();
        const host = where < 0.15 ? null : where < 0.3 ? pick(depts) : d;
        const folder = host === null ? shared : host.folder;
        const specs = [specFor(d, k)];
        // A workbook holding another department's table too (a town filing for its 教委 project).
        if (r() < 0.15) specs.push(specFor(pick(depts.filter((x) => !x.failing && x !== d)), k + 1));
        const rel = `${folder}/${d.short}-绩效目标表-${k + 1}.xlsx`;
        write(rel, workbook(specs, o.year, false), {
          kind: "tables",
          folderDepartment: host?.name ?? null,
          tables: specs.map((s) => ({ name: s.name, template: s.template, department: s.dept.name, label: claim(s.dept, Number(s.label))[0], mistakes: s.mistakes })),
        });
      }
    }
    // Broken and empty files among good ones, in departments that did send tables.
    const good = depts.filter((d) => !d.failing);
    for (let k = 0; k < 4; k++) {
      const d = good[Math.floor(r() * good.length)];
      write(`${d.folder}/附件${k + 1}.${k % 2 ? "xls" : "xlsx"}`, k % 2 ? new Uint8Array(0) : Buffer.from("这不是表格\n"), { kind: k % 2 ? "empty" : "no-table", folderDepartment: d.name, tables: [] });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const manifest: CountyManifest = { year: o.year, departments: depts, files };
  writeFileSync(path.join(o.out, "..", `${path.basename(o.out)}.departments.json`), JSON.stringify({ departments: depts.map((d) => ({ name: d.name, code: d.code, aliases: [d.short] })) }, null, 2) + "\n");
  writeFileSync(path.join(o.out, "..", `${path.basename(o.out)}.manifest.json`), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = path.resolve(arg("out", "county"));
  const m = makeCounty({ out, departments: Number(arg("departments", "100")), seed: Number(arg("seed", "7")), year: Number(arg("year", "2024")) });
  console.log(`${m.files.length} files from ${m.departments.length} departments written to ${out}`);
}
