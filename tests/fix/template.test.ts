import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/api/normalize-files.js";
import { validateFile } from "../../src/api/validate-file.js";
import { loadConfig } from "../../src/config/load.js";
import { STANDARD_LEVELS, TEMPLATE_KINDS, TEMPLATE_TITLES, templateLayout, type TemplateKind } from "../../src/fix/template.js";
import { runCli, sha256, tempDir } from "./helpers.js";

/** A plausible indicator for each standard second level: name, operator, value, unit. */
const FILL: Record<string, [string, string, number, string]> = {
  数量指标: ["培训基层人员人次", ">=", 500, "人次"],
  质量指标: ["培训考核合格率", ">=", 95, "%"],
  时效指标: ["资金拨付及时率", "=", 100, "%"],
  成本指标: ["培训成本", "<=", 100, "万元"],
  经济效益指标: ["带动就业增收人数", ">=", 200, "人"],
  社会效益指标: ["持证上岗率", ">=", 90, "%"],
  生态效益指标: ["线上培训节约纸张", ">=", 2, "吨"],
  可持续影响指标: ["长效培训机制覆盖乡镇数", ">=", 10, "个"],
  服务对象满意度指标: ["学员满意度", ">=", 90, "%"],
};

const HEADER_VALUES: Record<string, string | number> = {
  "项目(政策)名称": "职业技能培训补助",
  转移支付名称: "职业技能培训补助",
  "部门(单位)名称": "沈阳市人力资源和社会保障局",
  主管部门: "沈阳市人力资源和社会保障局",
  中央主管部门: "人力资源和社会保障部",
  省级财政部门: "辽宁省财政厅",
  省级主管部门: "辽宁省人力资源和社会保障厅",
  市级财政部门: "沈阳市财政局",
  市级主管部门: "沈阳市人力资源和社会保障局",
  实施单位: "沈阳市职业技能鉴定中心",
  转移支付实施期: "2025 年",
  年度主要任务: "组织职业技能培训 500 人次",
  预算资金情况: 100,
  预算资金总额: 100,
  "其中：财政拨款": 100,
  "其中：中央补助": 60,
  地方资金: 40,
  其他资金: 0,
  总体目标: "全年完成职业技能培训 500 人次，考核合格率不低于 95%，学员满意度不低于 90%。",
  年度总体目标: "全年完成职业技能培训 500 人次，考核合格率不低于 95%，学员满意度不低于 90%。",
};

async function makeTemplate(kind: TemplateKind, dir: string): Promise<string> {
  const file = path.join(dir, `${kind}.xlsx`);
  const r = await runCli(["template", "--kind", kind, "--year", "2025", "-o", file], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(file);
  return file;
}

/** Fills the template the way a clerk would: header values, then one indicator in each standard row. */
function fill(kind: TemplateKind, file: string, out: string): void {
  const wb = XLSX.read(readFileSync(file), { type: "buffer" });
  const ws = wb.Sheets["绩效目标表"];
  const layout = templateLayout(kind);
  for (const { label, cell } of layout.fields) {
    const v = HEADER_VALUES[label];
    expect(v, label).toBeDefined();
    ws[cell] = typeof v === "number" ? { t: "n", v } : { t: "s", v };
  }
  for (const { row, level2 } of layout.rows) {
    const [name, op, value, unit] = FILL[level2];
    ws[`D${row}`] = { t: "s", v: name };
    ws[`E${row}`] = { t: "s", v: op };
    ws[`F${row}`] = { t: "n", v: value };
    ws[`G${row}`] = { t: "s", v: unit };
    ws[`H${row}`] = { t: "s", v: "2025 年 12 月" };
  }
  writeFileSync(out, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
}

describe.each(TEMPLATE_KINDS.map((k) => [k]))("pbm template --kind %s", (kind) => {
  it("reads back as one table of that kind and year, with the standard rows, merges and a 填报说明 sheet", async () => {
    const dir = tempDir();
    const file = await makeTemplate(kind, dir);
    const records = await normalizeFile(file, { lang: "zh" });
    expect(records.error).toBeNull();
    expect(records.tables).toHaveLength(1);
    const [t] = records.tables;
    expect(t.kind).toBe(kind);
    expect(t.year).toBe(2025);
    expect(t.title).toBe(TEMPLATE_TITLES[kind]);
    expect(t.declaredUnit).toBe("万元");
    // The name cell is blank: the table is named after where it sits until someone fills it in.
    expect(t.name).toContain("绩效目标表");
    expect(t.location.sheet).toBe("绩效目标表");

    const wb = XLSX.read(readFileSync(file), { type: "buffer", cellStyles: true });
    expect(wb.SheetNames).toEqual(["绩效目标表", "填报说明"]);
    const ws = wb.Sheets["绩效目标表"];
    const layout = templateLayout(kind);
    const header = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, range: layout.headerRow - 1 })[0];
    expect(header).toEqual(["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"]);
    expect(layout.rows.map((r) => ws[`C${r.row}`]?.v)).toEqual(STANDARD_LEVELS.flatMap(([, l2]) => l2));
    // 一级 cells are merged down their 二级 rows.
    const merges = (ws["!merges"] ?? []).map((m) => XLSX.utils.encode_range(m));
    const first = layout.rows[0].row;
    expect(merges).toContain(`B${first}:B${first + 3}`);
    expect(merges).toContain(`B${first + 4}:B${first + 7}`);
    expect(ws["!cols"]?.map((c) => c.wch)).toEqual([16, 12, 20, 32, 10, 12, 10, 16]);
    // 完成时限 cells are formatted as text, so a typed "2025年12月" stays text.
    const stubs = XLSX.read(readFileSync(file), { type: "buffer", cellNF: true, sheetStubs: true }).Sheets["绩效目标表"];
    for (const { row } of layout.rows) expect(stubs[`H${row}`]?.z, `H${row}`).toBe("@");
    const notes = XLSX.utils.sheet_to_json<string[]>(wb.Sheets["填报说明"], { header: 1 }).map((r) => r.join("|"));
    for (const op of [">=", "<=", "=", "定性"]) expect(notes.some((l) => l.startsWith(`${op}|`)), op).toBe(true);
    expect(notes.some((l) => l.includes("万元"))).toBe(true);
  });

  it("filled in, is a structurally complete table: the structure rules find nothing", async () => {
    const dir = tempDir();
    const file = await makeTemplate(kind, dir);
    const filled = path.join(dir, `${kind}-filled.xlsx`);
    fill(kind, file, filled);
    const config = loadConfig({ cwd: dir });
    const { report, tables } = await validateFile(filled, { config, lang: "zh" });
    expect(tables).toHaveLength(1);
    expect(tables[0].kind).toBe(kind);
    expect(tables[0].name).toBe(HEADER_VALUES[templateLayout(kind).fields[0].label]);
    expect(tables[0].indicators.map((i) => i.name)).toEqual(templateLayout(kind).rows.map((r) => FILL[r.level2][0]));
    expect(report.findings.filter((f) => f.category === "structure").map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

describe("pbm template guards", () => {
  it("refuses to overwrite an existing file without --force, and bad options, with exit 2", async () => {
    const dir = tempDir();
    const file = path.join(dir, "t.xlsx");
    writeFileSync(file, "keep me");
    const sum = sha256(file);
    const r = await runCli(["template", "-o", file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("文件已存在");
    expect(sha256(file)).toBe(sum);
    const forced = await runCli(["template", "-o", file, "--force", "--lang", "en", "--kind", "transfer"], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("Blank transfer-payment target table template written");
    expect(sha256(file)).not.toBe(sum);
    expect((await runCli(["template", "--kind", "policy", "-o", path.join(dir, "x.xlsx")], dir)).code).toBe(2);
    expect((await runCli(["template", "--year", "25", "-o", path.join(dir, "x.xlsx")], dir)).code).toBe(2);
    expect((await runCli(["template", "-o", path.join(dir, "x.csv")], dir)).code).toBe(2);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
