/**
 * Issue 8, done when: on the xlsx twin of the seed, `pbm fix` corrects the operators of
 * 融资担保补助项目 and the ">= 100%" rates; the copy validates without those findings and
 * without new ones; every other part of the package is byte-identical and the patched
 * sheets differ only in the fixed cells.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { validateFile } from "../../src/api/validate-file.js";
import { loadConfig } from "../../src/config/load.js";
import type { Finding } from "../../src/model/finding.js";
import type { FixReport } from "../../src/model/fix.js";
import { cellViews, entries, runCli, sha256, sheetParts, tempDir } from "./helpers.js";

const SEED = path.resolve(__dirname, "../../fixtures/seed/seed-per-sheet.xlsx");

// Output counts (<= 10 户: ">=" or "="?) get a suggestion only; these have one right answer.
const OPERATOR_FIXES = ["项目完成及时性", "资金到位及时率", "促进小微企业健康发展", "担保机构可持续发展"];
const RATE_FIXES: [string, string][] = [
  ["2023 年沈阳市金融专项", "符合条件申报对象覆盖率"],
  ["绿色制造体系示范项目奖励", "奖励资金到位企业比例"],
  ["绿色制造体系示范项目奖励", "资金拨付及时率"],
  ["服务型制造示范企业、示范平台（项目）认定奖励", "资金到位率"],
  ["服务型制造示范企业、示范平台（项目）认定奖励", "经费拨付到位率"],
];

// Not the indicator's name: a fixed name (trailing 。 removed) is the same indicator.
const key = (f: Finding) => `${f.ruleId}|${f.table}|${f.location?.sheet}!${f.location?.cell}|${f.messageId}`;

async function findings(file: string): Promise<Finding[]> {
  const config = loadConfig({ cwd: path.dirname(file) });
  return (await validateFile(file, { config, lang: "zh" })).report.findings;
}

/** The seed workbook re-saved with shared strings, so the shared-string path is proven on real tables too. */
function withSharedStrings(src: string, dest: string) {
  const wb = XLSX.read(readFileSync(src), { type: "buffer", cellNF: true, cellStyles: true });
  writeFileSync(dest, XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST: true, compression: true }));
}

describe.each([
  ["inline strings (as generated)", (dir: string) => copyFileSync(SEED, path.join(dir, "seed.xlsx"))],
  ["shared strings", (dir: string) => withSharedStrings(SEED, path.join(dir, "seed.xlsx"))],
])("pbm fix on the seed workbook, %s", (_label, make) => {
  let dir: string;
  let input: string;
  let output: string;
  let report: FixReport;
  let code: number;
  let inputSum: string;

  beforeAll(async () => {
    dir = tempDir();
    make(dir);
    input = path.join(dir, "seed.xlsx");
    output = path.join(dir, "seed.fixed.xlsx");
    inputSum = sha256(input);
    const r = await runCli(["fix", input, "--format", "json"], dir);
    code = r.code;
    report = JSON.parse(r.stdout) as FixReport;
  });

  it("corrects the operators of 融资担保补助项目 and the >= 100% rates", () => {
    const applied = report.files[0].edits.filter((e) => e.status === "applied");
    for (const name of OPERATOR_FIXES) {
      const e = applied.find((x) => x.table === "融资担保补助项目" && x.indicator === name);
      expect(e, name).toBeDefined();
      expect(e!.from).toBe("<=");
      expect([">=", "="]).toContain(e!.to);
    }
    for (const [table, name] of RATE_FIXES) {
      const e = applied.find((x) => x.table === table && x.indicator === name);
      expect(e, name).toMatchObject({ from: ">=", to: "=" });
    }
    expect(report.files[0].output).toBe(output);
    // Errors without a safe fix remain (e.g. 担保机构满意度 <= 100 %): exit 1.
    expect(report.summary.remainingErrors).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it("leaves the input untouched", () => {
    expect(sha256(input)).toBe(inputSum);
  });

  it("validating the copy shows the fixed findings gone and no new ones", async () => {
    const before = await findings(input);
    const after = await findings(output);
    const afterKeys = new Set(after.map(key));
    const beforeKeys = new Set(before.map(key));
    expect(after.filter((f) => !beforeKeys.has(key(f))).map(key)).toEqual([]);
    const fixed = [...OPERATOR_FIXES.map((n): [string, string] => ["融资担保补助项目", n]), ...RATE_FIXES];
    for (const [table, name] of fixed) {
      const was = before.filter((f) => f.table === table && f.indicator === name && (f.category === "operator" || f.category === "threshold") && f.fix?.kind === "safe");
      expect(was.length, name).toBeGreaterThan(0);
      for (const f of was) expect(afterKeys.has(key(f)), key(f)).toBe(false);
    }
  });

  it("keeps every other part byte-identical and changes only the fixed cells", () => {
    const before = entries(readFileSync(input));
    const after = entries(readFileSync(output));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const sheets = sheetParts(before);
    const edits = report.files[0].edits.filter((e) => e.status === "applied");
    const patchedParts = new Set(edits.map((e) => sheets.get(e.sheet)!));
    for (const name of Object.keys(before)) {
      const same = Buffer.from(before[name]).equals(Buffer.from(after[name]));
      if (!patchedParts.has(name) && name !== "xl/sharedStrings.xml") expect(same, name).toBe(true);
    }
    const sst = (parts: Record<string, Uint8Array>) => parts["xl/sharedStrings.xml"];
    for (const [sheet, part] of sheets) {
      const b = cellViews(before[part], sst(before));
      const a = cellViews(after[part], sst(after));
      expect([...a.keys()], sheet).toEqual([...b.keys()]);
      const sheetEdits = edits.filter((e) => e.sheet === sheet);
      const changed = [...b.keys()].filter((k) => a.get(k)!.text !== b.get(k)!.text).sort();
      expect(changed, sheet).toEqual(sheetEdits.map((e) => e.cell).sort());
      for (const e of sheetEdits) expect(a.get(e.cell)!.text, `${sheet}!${e.cell}`).toBe(e.to);
      for (const [k, cell] of b) {
        // Style and number-format indexes of every cell stay; cells not edited stay exactly as written.
        expect(a.get(k)!.style, `${sheet}!${k}`).toBe(cell.style);
        if (!sheetEdits.some((e) => e.cell === k)) expect(a.get(k)!.raw, `${sheet}!${k}`).toBe(cell.raw);
      }
    }
  });

  it("shows the fixed operators when the copy is read back", () => {
    const wb = XLSX.read(readFileSync(output), { type: "buffer" });
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets["表13"], { header: 1, raw: false });
    const row = rows.find((r) => r[3] === "促进小微企业健康发展")!;
    expect(row[4]).toBe(">=");
    expect(wb.SheetNames).toEqual(XLSX.read(readFileSync(input), { type: "buffer" }).SheetNames);
    expect(wb.Sheets["表13"]["!merges"]).toEqual(XLSX.read(readFileSync(input), { type: "buffer" }).Sheets["表13"]["!merges"]);
  });
});
