/**
 * Writes the committed fixtures (deterministic: same bytes on every run):
 *   fixtures/seed/     the seed's 16 tables (text + expected.json, committed sources) and their xlsx / xls / GB18030-CSV twins
 *   fixtures/layouts/  small hand-made workbooks for layouts the seed does not have
 * Run: npx tsx scripts/make-fixtures.ts   (fixtures/README.md says what each file exercises)
 */
import * as XLSX from "xlsx";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "fixtures");
const SEED_NAME = "shenyang-2022-report-and-2023-targets.txt";

// ---------------------------------------------------------------- building blocks

/** A cell as the fixtures describe it: text, a number, or a typed cell with a number format. */
export type Spec = string | number | boolean | null | undefined | { v: string | number | boolean; t?: "s" | "n" | "b" | "e"; z?: string };
export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}
export interface SheetSpec {
  name: string;
  rows: Spec[][];
  merges?: Range[];
  /** Column widths in characters, for files that look like real exports. */
  cols?: number[];
}

export const DATE_YM = 'yyyy"年"m"月"';

export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
/** A date cell as Excel stores it: a serial number with a date format. */
export function dateCell(y: number, m: number, d: number, z = DATE_YM): Spec {
  return { v: serial(y, m, d), t: "n", z };
}
/** 0.95 formatted 0% — Excel shows 95%. */
export function pct(percent: number): Spec {
  const decimals = (String(percent).split(".")[1] ?? "").length;
  return { v: Number((percent / 100).toPrecision(12)), t: "n", z: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
}
export function errorCell(text: "#REF!" | "#DIV/0!" | "#N/A" | "#VALUE!"): Spec {
  const codes = { "#REF!": 0x17, "#DIV/0!": 0x07, "#N/A": 0x2a, "#VALUE!": 0x0f } as const;
  return { v: codes[text], t: "e" };
}
export function merge(r1: number, c1: number, r2: number, c2: number): Range {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

function toCell(spec: Spec): XLSX.CellObject | undefined {
  if (spec === null || spec === undefined || spec === "") return undefined;
  if (typeof spec === "string") return { t: "s", v: spec };
  if (typeof spec === "number") return { t: "n", v: spec };
  if (typeof spec === "boolean") return { t: "b", v: spec };
  const t = spec.t ?? (typeof spec.v === "number" ? "n" : typeof spec.v === "boolean" ? "b" : "s");
  const cell: XLSX.CellObject = { t, v: spec.v };
  if (spec.z) cell.z = spec.z;
  if (t === "e") cell.w = Object.entries({ "#REF!": 0x17, "#DIV/0!": 0x07, "#N/A": 0x2a, "#VALUE!": 0x0f }).find(([, c]) => c === spec.v)?.[0];
  return cell;
}

export function buildSheet(spec: SheetSpec): XLSX.WorkSheet {
  const data: XLSX.CellObject[][] = [];
  let maxR = 0;
  let maxC = 0;
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r] ?? [];
    const out: XLSX.CellObject[] = [];
    row.forEach((s, c) => {
      const cell = toCell(s);
      if (!cell) return;
      out[c] = cell;
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    });
    data[r] = out;
  }
  const ws: XLSX.WorkSheet = { "!data": data } as XLSX.WorkSheet;
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
  if (spec.merges?.length) ws["!merges"] = spec.merges;
  if (spec.cols) ws["!cols"] = spec.cols.map((wch) => ({ wch }));
  return ws;
}

// SheetJS keeps number formats in one global table and writes every custom one it has seen
// into each workbook's styles; reset it so a file's bytes do not depend on what was written before.
const BASE_FORMATS: Record<number, string> = { ...(XLSX.SSF.get_table() as Record<number, string>) };
export function resetFormats(): void {
  const table = XLSX.SSF.get_table() as Record<number, string>;
  for (const k of Object.keys(table)) if (!(k in BASE_FORMATS)) delete table[Number(k)];
  XLSX.SSF.load_table(BASE_FORMATS);
}

export function buildBook(sheets: SheetSpec[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, buildSheet(s), s.name);
  return wb;
}

export function writeBook(file: string, sheets: SheetSpec[], bookType: XLSX.BookType = "xlsx"): void {
  resetFormats();
  // bookSST: without a shared string table SheetJS cuts BIFF8 strings at 255 characters.
  const bytes = XLSX.write(buildBook(sheets), { type: "buffer", bookType, compression: true, bookSST: bookType === "biff8" }) as Buffer;
  writeOut(file, bytes);
}

export function writeOut(file: string, bytes: Uint8Array | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/** RFC 4180: quote fields holding the delimiter, a quote or a line break. */
export function toCsv(rows: string[][], delim = ",", eol = "\r\n"): string {
  const q = (s: string) => (s.includes(delim) || s.includes('"') || s.includes("\n") || s.includes("\r") ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(q).join(delim)).join(eol) + eol;
}

let gbTable: Map<string, number[]> | undefined;
/** GB18030 encoder (Node has only the decoder): inverts TextDecoder("gb18030") once. */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder("gb18030", { fatal: true });
    const tryAdd = (bytes: number[]) => {
      try {
        const ch = dec.decode(new Uint8Array(bytes));
        if ([...ch].length === 1 && !gbTable!.has(ch)) gbTable!.set(ch, bytes);
      } catch {
        // not a valid sequence
      }
    };
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) tryAdd([a, b]);
    for (let a = 0x81; a <= 0x84; a++)
      for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) tryAdd([a, b, c, d]);
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      // Supplementary planes map linearly from 0x90308130.
      let n = cp - 0x10000;
      const d = n % 10;
      n = (n - d) / 10;
      const c = n % 126;
      n = (n - c) / 126;
      const b = n % 10;
      const a = (n - b) / 10;
      out.push(0x90 + a, 0x30 + b, 0x81 + c, 0x30 + d);
    } else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GB18030 code for U+${cp.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------- the seed and its twins

export interface SeedTable {
  title: string;
  /** The table's lines, tab-split, blank lines dropped. Row 0 is the title. */
  lines: string[][];
}

/** The seed as published, committed in fixtures/seed/ with the reviewer's key (expected.json): the sources the twins are made from. */
export function seedText(): string {
  return readFileSync(path.join(FIXTURES, "seed", SEED_NAME), "utf8");
}

/** The 16 tables of the seed's appendix (line 97 on), split at each title line. */
export function seedTables(text = seedText()): SeedTable[] {
  const lines = text.split(/\r?\n/).slice(96);
  const tables: SeedTable[] = [];
  for (const line of lines) {
    if (/绩效目标表\s*$/.test(line) && !line.startsWith("附件")) {
      tables.push({ title: line.trim(), lines: [[line.trim()]] });
    } else if (tables.length && line.trim() !== "") {
      tables[tables.length - 1].lines.push(line.split("\t"));
    }
  }
  return tables;
}

const DEADLINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/;
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * One seed cell as a real export would store it. Dates become date cells (last day
 * of the month, formatted yyyy"年"m"月"); "100%" becomes 1 formatted 0%; a number
 * whose unit cell is "%" becomes that fraction formatted 0% while the unit cell
 * stays "%" (normalized: value 100, unit "%", as in the text); other numbers become numbers.
 */
export function seedCell(text: string, next: string | undefined, isAmount: boolean): Spec {
  if (text === "") return undefined;
  const d = DEADLINE.exec(text.trim());
  if (d) {
    const y = Number(d[1]);
    const m = Number(d[2]);
    return dateCell(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  }
  const p = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (p) return pct(Number(p[1]));
  if (PLAIN_NUMBER.test(text)) {
    const n = Number(text);
    if (next?.trim() === "%") return pct(n);
    if (isAmount) return { v: n, t: "n", z: "#,##0.00" };
    return n;
  }
  return text;
}

interface SeedSheet {
  rows: Spec[][];
  merges: Range[];
  width: number;
}

/** A seed table laid out as an export: title merged across, header values merged rightwards, 绩效指标/一级/二级 merged down. */
export function seedTableSheet(t: SeedTable): SeedSheet {
  const width = Math.max(8, ...t.lines.map((l) => l.length));
  const rows: Spec[][] = [];
  const merges: Range[] = [merge(0, 0, 0, width - 1)];
  const header = t.lines.findIndex((l) => l[0] === "绩效指标");
  t.lines.forEach((line, r) => {
    if (r === 0) {
      rows.push([line[0]]);
      return;
    }
    const isAmount = /预算资金|资金总额/.test(line[0] ?? "");
    rows.push(line.map((s, c) => seedCell(s, line[c + 1], isAmount && c > 0)));
    if ((header >= 0 && r >= header) || line.length < 2) return;
    // Header block: each label's value box (filled or not) was one merged cell in the form.
    // Labels: column A, and 主管部门 / 实施单位 / 财政部门 further right.
    const labels = [0, ...line.flatMap((s, c) => (c >= 2 && /(主管部门|实施单位|财政部门)-?$/.test(s) ? [c] : []))];
    labels.forEach((l, k) => {
      const end = (labels[k + 1] ?? width) - 1;
      if (end > l + 1) merges.push(merge(r, l + 1, r, end));
    });
  });
  if (header >= 0) {
    const blank = (r: number, c: number) => (t.lines[r]?.[c] ?? "") === "";
    const isIndicator = (r: number) => r < t.lines.length && t.lines[r].slice(3).some((s) => s !== "");
    // 绩效指标 down the indicator rows, until a row that has something in column A.
    let e = header;
    while (isIndicator(e + 1) && blank(e + 1, 0)) e++;
    if (e > header) merges.push(merge(header, 0, e, 0));
    for (const col of [1, 2]) {
      for (let r = header + 1; r < t.lines.length; r++) {
        if (blank(r, col)) continue;
        let end = r;
        const under = (k: number) => isIndicator(k) && [0, 1, 2].slice(0, col + 1).every((c) => blank(k, c));
        while (under(end + 1)) end++;
        if (end > r) merges.push(merge(r, col, end, col));
      }
    }
  }
  return { rows, merges, width };
}

export function seedSheetName(i: number): string {
  return `表${String(i + 1).padStart(2, "0")}`;
}

function stack(tables: SeedTable[], gap: number): { rows: Spec[][]; merges: Range[]; text: string[][] } {
  const rows: Spec[][] = [];
  const merges: Range[] = [];
  const text: string[][] = [];
  tables.forEach((t, i) => {
    if (i > 0)
      for (let k = 0; k < gap; k++) {
        rows.push([]);
        text.push([]);
      }
    const s = seedTableSheet(t);
    const off = rows.length;
    rows.push(...s.rows);
    text.push(...t.lines);
    merges.push(...s.merges.map((m) => merge(m.s.r + off, m.s.c, m.e.r + off, m.e.c)));
  });
  return { rows, merges, text };
}

const SEED_COLS = [16, 14, 18, 30, 10, 12, 12, 14, 8];

export function makeSeed(root = FIXTURES): void {
  const dir = path.join(root, "seed");
  const text = seedText();
  mkdirSync(dir, { recursive: true });
  // The two sources go along with the twins, so a folder written elsewhere is the whole seed/.
  writeFileSync(path.join(dir, SEED_NAME), text);
  writeFileSync(path.join(dir, "expected.json"), readFileSync(path.join(FIXTURES, "seed", "expected.json")));
  const tables = seedTables(text);
  if (tables.length !== 16) throw new Error(`expected 16 seed tables, found ${tables.length}`);

  const perSheet: SheetSpec[] = tables.map((t, i) => {
    const s = seedTableSheet(t);
    return { name: seedSheetName(i), rows: s.rows, merges: s.merges, cols: SEED_COLS };
  });
  writeBook(path.join(dir, "seed-per-sheet.xlsx"), perSheet);
  writeBook(path.join(dir, "seed.xls"), perSheet, "biff8");

  const stacked = stack(tables, 2);
  writeBook(path.join(dir, "seed-stacked.xlsx"), [{ name: "绩效目标表", rows: stacked.rows, merges: stacked.merges, cols: SEED_COLS }]);
  // A CSV export holds the text as displayed, so it carries the seed's strings.
  const w = Math.max(...stacked.text.map((r) => r.length));
  const padded = stacked.text.map((r) => [...r, ...Array<string>(w - r.length).fill("")]);
  writeOut(path.join(dir, "seed-gb18030.csv"), encodeGb18030(toCsv(padded)));
}

// ---------------------------------------------------------------- layouts the seed does not have

const Y = 2023;

/** (a) Operator and unit inside the value; no operator or unit column (湖南/广东 style 申报表). */
function operatorInValue(): SheetSpec {
  const rows: Spec[][] = [
    ["2023年项目支出绩效目标申报表"],
    ["金额单位：万元"],
    ["项目支出名称", "城区大气污染防治雾炮车租赁服务"],
    ["预算部门", "长沙市雨花区生态环境分局", null, "项目实施单位", "雨花区大气污染防治工作站"],
    ["项目支出实施期", "2023.01-2023.12", null, "年度本级预算金额", 250],
    ["实施期绩效目标", "租赁雾炮车 10 辆，对城区主次干道开展降尘作业，改善城区空气质量。"],
    ["本年度绩效目标", "全年降尘作业覆盖主次干道 380 公里以上，PM10 浓度同比下降。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "租赁雾炮车数量", "10辆"],
    [null, null, "降尘作业覆盖道路里程", "≥380公里"],
    [null, null, "雾炮车风炮射程", "≥80M"],
    [null, null, "服务惠及常住人口", "≥18000人"],
    [null, "质量指标", "作业任务完成率", "≥95%"],
    [null, null, "车辆完好率", "95%以上"],
    [null, null, "作业记录合格率", "不低于90%"],
    [null, "时效指标", "服务周期", "2023年12月31日前"],
    [null, "成本指标", "租赁服务成本", "≦380万"],
    [null, null, "单车日均作业成本", "<=100"],
    ["效益指标", "生态效益指标", "城区PM10浓度同比下降", "＞＝3%"],
    [null, "社会效益指标", "市民对空气质量改善的知晓度", "明显提高"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
  ];
  return {
    name: "申报表",
    rows,
    merges: [merge(0, 0, 0, 5), merge(2, 1, 2, 5), merge(5, 1, 5, 5), merge(6, 1, 6, 5), merge(8, 0, 17, 0), merge(8, 1, 11, 1), merge(12, 1, 14, 1), merge(16, 1, 17, 1)],
    cols: [12, 16, 26, 18, 16, 20],
  };
}

/** (b) 101号 style: 成本 first, 指标性质 column, 权重 and 评(扣)分标准. */
function natureWeight(): SheetSpec {
  const rows: Spec[][] = [
    ["项目支出绩效目标表（2023年度）"],
    ["单位：万元"],
    ["项目名称", "农村公路养护工程补助"],
    ["主管部门", "某县交通运输局", null, null, "实施单位", "某县农村公路养护中心"],
    ["项目总预算", { v: 1280, t: "n", z: "#,##0.00" }, null, null, "当年年度预算", { v: 1280, t: "n", z: "#,##0.00" }],
    ["其中：财政资金", { v: 1180, t: "n", z: "#,##0.00" }, null, null, "其中：其它资金", 100],
    ["年度主要目标和成果", "完成 236 公里农村公路日常养护，路面技术状况指数（PQI）保持在 80 以上。"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（分）", "评（扣）分标准", "指标解释"],
    ["成本指标（0-20分）", "经济成本指标", "每公里年养护成本", "≤", 5.4, "万元/公里", 10, "超出标准按比例扣分", "养护总成本/养护里程"],
    [null, "社会成本指标", "养护施工造成交通中断时长", "≤", 48, "小时", 5, "每超出 1 小时扣 0.5 分", null],
    [null, "生态环境成本指标", "施工废料违规倾倒次数", "＝", 0, "次", 5, "发生一次扣 5 分", null],
    ["产出指标（40-50分）", "数量指标", "日常养护里程", "≥", 236, "公里", 20, "完成得满分，未完成按比例扣分", null],
    [null, "质量指标", "路面技术状况指数（PQI）", "≥", 80, null, 15, "低于 80 不得分", "按交通部评定标准"],
    [null, "时效指标", "病害处置及时率", "≥", pct(95), "%", 10, "每低 1 个百分点扣 1 分", null],
    ["效益指标（20-30分）", "社会效益指标", "农村群众出行条件", "定性", "明显改善", null, 15, "根据抽查情况酌情扣分", null],
    [null, "可持续影响指标", "养护长效机制", "定性", "健全", null, 10, "未建立不得分", null],
    ["满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%", 10, "每低 1 个百分点扣 1 分", "抽样问卷调查"],
  ];
  return {
    name: "绩效目标表",
    rows,
    merges: [merge(0, 0, 0, 8), merge(2, 1, 2, 8), merge(3, 1, 3, 3), merge(3, 5, 3, 8), merge(6, 1, 6, 8), merge(8, 0, 10, 0), merge(11, 0, 13, 0), merge(14, 0, 15, 0)],
    cols: [18, 16, 26, 8, 10, 10, 8, 26, 18],
  };
}

/** (c) Long layout: one row per indicator, project columns repeated (项目一), blank below the first row (项目二), repeated again (项目三). */
function longRows(): SheetSpec {
  const head = ["项目名称", "主管部门", "实施单位", "预算金额（万元）", "年度绩效目标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "计量单位"];
  const p1 = ["城乡困难群众临时救助资金", "某市民政局", "某市社会救助服务中心", 860, "及时救助遭遇突发困难的城乡群众，兜住基本生活底线。"];
  const p2 = ["老年人助餐服务补贴", "某市民政局", "某市养老服务指导中心", 420, "建成社区老年食堂 40 个，为高龄困难老人提供助餐服务。"];
  const p3 = ["残疾人两项补贴", "某市残疾人联合会", "某市残疾人联合会本级", 1350.5, "按月足额发放困难残疾人生活补贴和重度残疾人护理补贴。"];
  const rows: Spec[][] = [
    ["2023年市本级项目支出绩效目标汇总表"],
    head,
    [...p1, "产出指标", "数量指标", "临时救助人次", "≥", 5200, "人次"],
    [...p1, "产出指标", "时效指标", "救助审批办结时限", "≤", 10, "个工作日"],
    [...p1, "效益指标", "社会效益指标", "困难群众基本生活保障", null, "有效保障", null],
    [...p1, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(90), "%"],
    [...p2, "产出指标", "数量指标", "新建社区老年食堂", "=", 40, "个"],
    [null, null, null, null, null, "产出指标", "质量指标", "食品安全事故发生数", "=", 0, "起"],
    [null, null, null, null, null, "成本指标", "经济成本指标", "每餐补贴标准", "≤", 5, "元/餐"],
    [null, null, null, null, null, "满意度指标", "服务对象满意度指标", "用餐老人满意度", "≥", 95, "%"],
    [...p3, "产出指标", "数量指标", "生活补贴发放人数", "≥", 18600, "人"],
    [...p3, "产出指标", "时效指标", "补贴按月发放率", "=", pct(100), "%"],
    [...p3, "效益指标", "社会效益指标", "残疾人生活质量", null, "逐步提高", null],
    [...p3, "满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", 90, "%"],
  ];
  return { name: "汇总表", rows, merges: [merge(0, 0, 0, 10)], cols: [24, 14, 20, 10, 36, 12, 18, 22, 8, 10, 10] };
}

function smallProject(name: string, dept: string, impl: string, budget: number, goal: string, ind: Spec[][]): Spec[][] {
  return [
    ["部门预算项目（政策）绩效目标表"],
    [`${Y} 年`],
    ["单位:万元"],
    ["项目(政策)名称", name],
    ["主管部门", dept, null, null, "实施单位", impl],
    ["预算资金情况", budget],
    ["总体目标", goal],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"],
    ...ind.map((r) => [null, ...r]),
  ];
}

function place(target: Spec[][], block: Spec[][], r0: number, c0: number): void {
  block.forEach((row, r) => {
    const out = (target[r0 + r] ??= []);
    row.forEach((v, c) => (out[c0 + c] = v));
  });
}

/** (d) A cover sheet with no table; two tables stacked from C3 and a third beside them from M3. */
function offsetTables(): SheetSpec[] {
  const d = dateCell(Y, 12, 31);
  const t1 = smallProject("市级文化惠民演出补助", "某市文化旅游局", "某市群众艺术馆", 300, "全年组织公益演出 120 场，惠及群众 10 万人次。", [
    ["产出指标", "数量指标", "公益演出场次", ">=", 120, "场", d],
    [null, "质量指标", "演出安全事故", "=", 0, "起", d],
    ["效益指标", "社会效益指标", "惠及群众人次", ">=", 10, "万人次", d],
    ["满意度指标", "服务对象满意度指标", "观众满意度", ">=", pct(90), null, d],
  ]);
  const t2 = smallProject("公共图书馆免费开放", "某市文化旅游局", "某市图书馆", 185.6, "保障图书馆全年免费开放，年接待读者 60 万人次。", [
    ["产出指标", "数量指标", "年接待读者人次", ">=", 60, "万人次", d],
    [null, "时效指标", "开放天数", ">=", 300, "天", d],
    ["效益指标", "社会效益指标", "全民阅读氛围", null, "明显提升", null, d],
    ["满意度指标", "服务对象满意度指标", "读者满意度", ">=", 95, "%", d],
  ]);
  const t3 = smallProject("非物质文化遗产保护", "某市文化旅游局", "某市非物质文化遗产保护中心", 96, "完成 12 个非遗项目的记录整理和传承人补助发放。", [
    ["产出指标", "数量指标", "记录整理非遗项目", "=", 12, "个", d],
    [null, "成本指标", "传承人补助标准", "=", 0.5, "万元/人", d],
    ["满意度指标", "服务对象满意度指标", "传承人满意度", ">=", 90, "%", d],
  ]);
  const rows: Spec[][] = [];
  place(rows, [["2023年部门项目绩效目标"], ["填报单位（盖章）：某市文化旅游局"]], 0, 2);
  place(rows, t1, 3, 2);
  place(rows, t2, 3 + t1.length + 3, 2);
  place(rows, t3, 3, 12);
  const cover: SheetSpec = {
    name: "封面",
    rows: [[], [], [null, "某市文化旅游局"], [null, "2023年部门预算项目绩效目标申报材料"], [], [null, "报送日期：", dateCell(2023, 1, 15, "yyyy年m月d日")], [null, "联系人：张某某", null, "联系电话：024-12345678"]],
    merges: [merge(3, 1, 3, 6)],
  };
  const blockMerges = (r0: number, c0: number, n: number): Range[] => [merge(r0, c0, r0, c0 + 7), merge(r0 + 3, c0 + 1, r0 + 3, c0 + 7), merge(r0 + 6, c0 + 1, r0 + 6, c0 + 7), merge(r0 + 7, c0, r0 + 7 + n, c0)];
  return [
    cover,
    {
      name: "绩效目标表",
      rows,
      merges: [...blockMerges(3, 2, 4), ...blockMerges(3 + t1.length + 3, 2, 4), ...blockMerges(3, 12, 3)],
    },
  ];
}

/** (e) 88号 style with 中期 and 年度 targets and two value columns. */
function midAnnual(): SheetSpec {
  const rows: Spec[][] = [
    ["项目支出绩效目标申报表"],
    ["（2023年度）"],
    ["项目名称", "高标准农田建设"],
    ["主管部门及代码", "[108]某县农业农村局", null, "实施单位", "某县农田建设服务中心"],
    ["项目属性", "延续", null, "项目期", "2021年-2025年"],
    ["项目资金（万元）", "中期资金总额", 26000, "年度资金总额", 5600],
    [null, "其中：财政拨款", 24000, "其中：财政拨款", 5200],
    [null, "其他资金", 2000, "其他资金", 400],
    ["总体目标", "中期目标（2021年-2025年）", null, "年度目标"],
    [null, "建成高标准农田 10 万亩，亩均粮食产能提高 100 斤。", null, "建成高标准农田 2 万亩，新增高效节水灌溉面积 0.5 万亩。"],
    ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
    ["产出指标", "数量指标", "新建高标准农田面积", "≥10万亩", "≥2万亩"],
    [null, null, "新增高效节水灌溉面积", "≥2.5万亩", "≥0.5万亩"],
    [null, "质量指标", "工程验收合格率", "100%", "100%"],
    [null, "时效指标", "年度建设任务完成时间", "2025年12月底前", "2023年12月底前"],
    [null, "成本指标", "亩均财政投资", "≤1500元", "≤1500元"],
    ["效益指标", "经济效益指标", "亩均粮食产能提高", "≥100斤", "≥100斤"],
    [null, "生态效益指标", "农田灌溉水有效利用系数", "≥0.6", "≥0.58"],
    [null, "可持续影响指标", "建后管护机制", "健全", "建立"],
    ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"],
  ];
  return {
    name: "Sheet1",
    rows,
    merges: [merge(0, 0, 0, 4), merge(1, 0, 1, 4), merge(2, 1, 2, 4), merge(5, 0, 7, 0), merge(8, 0, 9, 0), merge(8, 1, 8, 2), merge(9, 1, 9, 2), merge(11, 0, 15, 0), merge(11, 1, 12, 1), merge(16, 0, 18, 0)],
    cols: [14, 18, 24, 18, 18],
  };
}

/** (f) Labels drifting one column, an empty column inside the table, a value in the unit column, an extra trailing column. */
function drift(): SheetSpec {
  const d = dateCell(Y, 12, 31);
  const rows: Spec[][] = [
    [null, "部门预算项目（政策）绩效目标表"],
    [null, "2023 年"],
    [null, null, null, null, null, null, null, "单位:万元"],
    [null, "项目(政策)名称", null, "社区卫生服务中心标准化建设"],
    [null, "主管部门", null, "某区卫生健康局", null, null, "实施单位", "某区社区卫生服务管理中心"],
    ["预算资金情况", null, null, 680],
    [null, "总体目标", null, "完成 6 个社区卫生服务中心标准化改造，提升基层诊疗能力。"],
    [null, "绩效指标", "一级指标", "二级指标", "三级指标", null, "运算符号", "指标值", "度量单位", "完成时限"],
    [null, null, "产出指标", "数量指标", "标准化改造中心数量", null, "=", 6, "个", d],
    [null, null, null, null, "购置诊疗设备", null, ">=", 120, "台（套）", d],
    [null, null, null, "质量指标", "工程验收合格率", null, "=", pct(100), null, d],
    [null, null, null, "时效指标", "改造完成时间", null, null, null, "2023年10月", d],
    [null, null, "效益指标", "社会效益指标", "对外窗口服务环境", null, null, null, "良好", d],
    [null, null, null, "可持续影响指标", "基层首诊率", null, ">=", 65, "%", d, "备注：较上年提高 3 个百分点"],
    [null, null, "满意度指标", "服务对象满意度指标", "就诊群众满意度", null, ">=", 90, "%", d],
  ];
  return { name: "表1", rows, merges: [merge(0, 1, 0, 9), merge(7, 1, 14, 1), merge(8, 2, 11, 2), merge(8, 3, 9, 3)] };
}

/** (h) A plain project table in OpenDocument. */
function odsProject(): SheetSpec {
  const d = dateCell(Y, 11, 30);
  const rows = smallProject("中小学校舍维修改造", "某县教育局", "某县教育局本级", 1560, "完成 18 所中小学校舍维修改造，消除 C 级危房。", [
    ["产出指标", "数量指标", "维修改造学校数量", ">=", 18, "所", d],
    [null, null, "维修改造面积", ">=", 2.4, "万平方米", d],
    [null, "质量指标", "工程验收合格率", "=", pct(100), null, d],
    ["效益指标", "社会效益指标", "消除C级危房", "=", pct(100), "%", d],
    ["满意度指标", "服务对象满意度指标", "师生满意度", ">=", 92, "%", d],
  ]);
  return { name: "项目表", rows, merges: [merge(0, 0, 0, 7), merge(3, 1, 3, 7), merge(6, 1, 6, 7), merge(7, 0, 12, 0), merge(8, 1, 10, 1), merge(8, 2, 9, 2)] };
}

/** (g) The same kind of table as an XML Spreadsheet 2003 file. */
function xml2003Project(): SheetSpec {
  const d = dateCell(Y, 12, 31);
  const rows = smallProject("城市道路照明设施维护", "某市城市管理局", "某市路灯管理处", 2150, "保障全市 8.6 万盏路灯正常运行，亮灯率保持 98% 以上。", [
    ["产出指标", "数量指标", "维护路灯数量", ">=", 8.6, "万盏", d],
    [null, "质量指标", "主干道亮灯率", ">=", pct(98), null, d],
    [null, "时效指标", "故障修复时限", "<=", 24, "小时", d],
    ["效益指标", "社会效益指标", "夜间出行安全", null, "有效保障", null, d],
    ["满意度指标", "服务对象满意度指标", "市民满意度", ">=", 90, "%", d],
  ]);
  return { name: "路灯维护", rows, merges: [merge(0, 0, 0, 7), merge(3, 1, 3, 7), merge(6, 1, 6, 7), merge(7, 0, 12, 0), merge(8, 1, 10, 1)] };
}

/** (i) 部门（单位）整体绩效目标表 (湖南 style, 指标值类型) and a 转移支付区域绩效目标表. */
function departmentAndTransfer(): SheetSpec[] {
  const dept: Spec[][] = [
    ["部门（单位）整体支出绩效目标表"],
    ["（2023年度）", null, null, null, null, null, null, null, "金额单位：万元"],
    ["部门（单位）名称", "某市人力资源和社会保障局"],
    ["*部门（单位）职责", "负责全市就业创业、社会保险、人才人事、劳动关系等工作。"],
    ["年度主要任务", "任务名称", "主要内容", null, "预算申请总额", "财政拨款", "其他资金"],
    [null, "就业创业服务", "开展职业技能培训和创业补贴发放", null, 3200, 3000, 200],
    [null, "社会保险经办", "养老、工伤、失业保险经办服务", null, 1860.4, 1860.4, 0],
    [null, "金额合计", null, null, 5060.4, 4860.4, 200],
    ["*年度总体绩效目标", "目标1：城镇新增就业 6 万人；目标2：开展职业技能培训 2 万人次；目标3：社会保险待遇按时足额发放。"],
    ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "*指标解释", "*评（扣）分标准", "备注"],
    ["产出指标", "数量指标", "城镇新增就业人数", "定量", "≥6", "万人", "年度内新增就业人数", "未达指标值酌情扣分", null],
    [null, null, "职业技能培训人次", "定量", "≥20000", "人次", null, "未达指标值酌情扣分", null],
    [null, "质量指标", "养老金按时足额发放率", "定量", 100, "%", null, "未达指标值酌情扣分", null],
    [null, "时效指标", "社保待遇核定办结时限", "定量", "≤15", "个工作日", null, "超时一次扣 1 分", null],
    [null, "成本指标", "人均培训补贴", "定量", "≤1800", "元/人", null, "超出标准不得分", null],
    ["效益指标", "社会效益指标", "城镇调查失业率", "定量", "≤5.5", "%", null, "未达指标值酌情扣分", null],
    [null, "可持续影响指标", "就业服务体系", "定性", "持续完善", null, null, "酌情扣分", null],
    ["满意度指标", "服务对象满意度指标", "办事群众满意度", "定量", "≥90", "%", null, "每低 1 个百分点扣 1 分", null],
  ];
  const transfer: Spec[][] = [
    ["中央对地方转移支付区域绩效目标表"],
    ["（2023年度）"],
    ["转移支付（项目）名称", "城乡义务教育补助经费"],
    ["中央主管部门", "教育部", null, null, "省级财政部门", "某省财政厅"],
    ["省级主管部门", "某省教育厅"],
    ["资金情况（万元）", "年度金额：", { v: 86520, t: "n", z: "#,##0.00" }],
    [null, "其中：中央补助", { v: 69216, t: "n", z: "#,##0.00" }],
    [null, "地方资金", { v: 17304, t: "n", z: "#,##0.00" }],
    [null, "其他资金", 0],
    ["年度目标", "目标1：落实城乡义务教育学生“两免一补”政策；目标2：保障义务教育学校公用经费按标准拨付；目标3：改善农村学校办学条件。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [null, "产出指标", "数量指标", "享受免费教科书学生人数", "≥182万人"],
    [null, null, null, "家庭经济困难寄宿生补助人数", "≥9.6万人"],
    [null, null, "质量指标", "公用经费补助标准达标率", "100%"],
    [null, null, "时效指标", "资金下达时间", "收到中央资金30日内"],
    [null, "效益指标", "社会效益指标", "义务教育巩固率", "≥96%"],
    [null, null, "可持续影响指标", "城乡义务教育经费保障机制", "长期有效"],
    [null, "满意度指标", "服务对象满意度指标", "学生和家长满意度", "≥90%"],
  ];
  return [
    {
      name: "部门整体",
      rows: dept,
      merges: [merge(0, 0, 0, 8), merge(2, 1, 2, 8), merge(3, 1, 3, 8), merge(4, 0, 7, 0), merge(5, 2, 5, 3), merge(6, 2, 6, 3), merge(8, 1, 8, 8), merge(10, 0, 14, 0), merge(10, 1, 11, 1), merge(15, 0, 16, 0)],
      cols: [16, 16, 24, 10, 10, 10, 18, 22, 8],
    },
    {
      name: "转移支付",
      rows: transfer,
      merges: [merge(0, 0, 0, 4), merge(1, 0, 1, 4), merge(2, 1, 2, 4), merge(4, 1, 4, 4), merge(5, 0, 8, 0), merge(9, 1, 9, 4), merge(10, 0, 17, 0), merge(11, 1, 14, 1), merge(11, 2, 12, 2), merge(15, 1, 16, 1)],
      cols: [18, 14, 18, 28, 20],
    },
  ];
}

/** (g) A budget system's "Excel" export that is really an HTML table (GB18030, with rowspan/colspan). */
export function htmlTable(): string {
  const ind: [string, string, string, string, string, string, string][] = [
    ["产出指标", "数量指标", "巡查河道长度", "≥", "450", "公里", "2023年12月"],
    ["", "", "清理河道垃圾", "≥", "1200", "吨", "2023年12月"],
    ["", "质量指标", "水质达标率", "≥", "90", "%", "2023年12月"],
    ["效益指标", "生态效益指标", "河道水环境", "", "持续改善", "", "2023年12月"],
    ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", "85", "%", "2023年12月"],
  ];
  const span = [3, 0, 0, 1, 1];
  const span2 = [2, 0, 1, 1, 1];
  const body = ind
    .map((r, i) => {
      const c1 = span[i] ? `<td rowspan="${span[i]}">${r[0]}</td>` : "";
      const c2 = span2[i] ? `<td rowspan="${span2[i]}">${r[1]}</td>` : "";
      return `<tr>${c1}${c2}${r.slice(2).map((v) => `<td>${v}</td>`).join("")}</tr>`;
    })
    .join("\r\n");
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>绩效目标表</title></head>
<body>
<table border="1">
<tr><td colspan="8" align="center"><b>部门预算项目（政策）绩效目标表</b></td></tr>
<tr><td colspan="8">2023 年</td></tr>
<tr><td colspan="8">单位:万元</td></tr>
<tr><td>项目(政策)名称</td><td colspan="7">河道日常保洁与巡查</td></tr>
<tr><td>主管部门</td><td colspan="3">某区水务局</td><td>实施单位</td><td colspan="3">某区河道管理所</td></tr>
<tr><td>预算资金情况</td><td colspan="7">326.8</td></tr>
<tr><td>总体目标</td><td colspan="7">对辖区 450 公里河道开展日常保洁和巡查，河道水质稳定达标。</td></tr>
<tr><td rowspan="${ind.length + 1}">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>运算符号</td><td>指标值</td><td>度量单位</td><td>完成时限</td></tr>
${body}
</table>
</body>
</html>
`;
}

type LayoutBook = [string, SheetSpec[], XLSX.BookType];
const LAYOUT_BOOKS: LayoutBook[] = [
  ["a-operator-in-value.xlsx", [operatorInValue()], "xlsx"],
  ["b-nature-weight.xlsx", [natureWeight()], "xlsx"],
  ["c-long-rows.xlsx", [longRows()], "xlsx"],
  ["d-offset-tables-cover.xlsx", offsetTables(), "xlsx"],
  ["e-mid-annual.xlsx", [midAnnual()], "xlsx"],
  ["f-drift.xlsx", [drift()], "xlsx"],
  ["g-xml-spreadsheet-2003.xml", [xml2003Project()], "xlml"],
  ["h-project.ods", [odsProject()], "ods"],
  ["i-department-and-transfer.xlsx", departmentAndTransfer(), "xlsx"],
];

// ---------------------------------------------------------------- main

/** `root`: where to write (tests regenerate into a temp folder and compare with the committed files). */
export function main(root = FIXTURES): void {
  makeSeed(root);
  makeLayouts(root);
}

export function makeLayouts(root = FIXTURES): void {
  const dir = path.join(root, "layouts");
  for (const [file, sheets, type] of LAYOUT_BOOKS) writeBook(path.join(dir, file), sheets, type);
  writeOut(path.join(dir, "g-html-table-saved-as.xls"), encodeGb18030(htmlTable()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
