/** The fixed copy and the templates open in LibreOffice: a headless conversion succeeds and shows the fixed cells. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { patchXlsx } from "../../src/fix/xlsx-patch.js";
import { handMadeXlsx, runCli, tempDir } from "../fix/helpers.js";
import { CSV_ALL_SHEETS, convert } from "../helpers/soffice.js";

const SEED = path.resolve(__dirname, "../../fixtures/seed/seed-per-sheet.xlsx");

describe("LibreOffice opens what pbm writes", () => {
  let dir: string;
  let out: string;

  beforeAll(async () => {
    dir = tempDir("pbm-lo-");
    out = path.join(dir, "out");
    mkdirSync(out);
    copyFileSync(SEED, path.join(dir, "seed.xlsx"));
    expect((await runCli(["fix", path.join(dir, "seed.xlsx")], dir)).code).toBe(1);
    // Every patch path at once: repointed and appended shared strings, an item edited in place, inline strings, an inserted cell.
    const styled = patchXlsx(handMadeXlsx(), [
      { sheet: "项目表", cell: "E5", from: "<=", to: ">=" },
      { sheet: "项目表", cell: "E6", from: "<=", to: "≥" },
      { sheet: "项目表", cell: "C7", from: "满意度", to: "服务对象满意度指标" },
      { sheet: "项目表", cell: "E9", from: "=>", to: ">=" },
      { sheet: "项目表", cell: "H5", from: "", to: "2023 年 12 月" },
    ]);
    expect(styled.outcomes.every((o) => o.status === "applied")).toBe(true);
    writeFileSync(path.join(dir, "styled.fixed.xlsx"), styled.bytes);
    for (const kind of ["project", "transfer", "department"]) {
      expect((await runCli(["template", "--kind", kind, "--year", "2025", "-o", path.join(dir, `template-${kind}.xlsx`)], dir)).code).toBe(0);
    }
    const files = ["seed.fixed.xlsx", "styled.fixed.xlsx", "template-project.xlsx", "template-transfer.xlsx", "template-department.xlsx"].map((f) => path.join(dir, f));
    convert(dir, CSV_ALL_SHEETS, out, files, 90_000);
  }, 120_000);

  it("converts the fixed seed copy and shows the corrected operators", () => {
    const csv = readFileSync(path.join(out, "seed.fixed-表13.csv"), "utf8").split(/\r?\n/);
    expect(csv.find((l) => l.includes("解决小微企业融资需求"))?.split(",")[4]).toBe(">=");
    expect(csv.find((l) => l.includes("资金到位及时率"))?.split(",")[4]).toBe("=");
    // Formats survive: percent and date cells are shown as before.
    expect(csv.find((l) => l.includes("降低小微企业担保费率"))).toContain("1.5%");
    for (let i = 1; i <= 16; i++) expect(existsSync(path.join(out, `seed.fixed-表${String(i).padStart(2, "0")}.csv`))).toBe(true);
  });

  it("converts a patched hand-made workbook with styles, shared and inline strings", () => {
    const rows = readFileSync(path.join(out, "styled.fixed-项目表.csv"), "utf8").split(/\r?\n/).map((l) => l.split(","));
    expect(rows[4][4]).toBe(">=");
    expect(rows[4][7]).toBe("2023 年 12 月");
    expect(rows[5][4]).toBe("≥");
    expect(rows[5][5]).toBe("95.5%");
    expect(rows[6][2]).toBe("服务对象满意度指标");
    expect(rows[8][4]).toBe(">=");
  });

  it("converts every template, both sheets", () => {
    for (const kind of ["project", "transfer", "department"]) {
      const main = readFileSync(path.join(out, `template-${kind}-绩效目标表.csv`), "utf8");
      expect(main).toContain("一级指标,二级指标,三级指标,运算符号,指标值,度量单位,完成时限");
      expect(main).toContain("服务对象满意度指标");
      expect(readFileSync(path.join(out, `template-${kind}-填报说明.csv`), "utf8")).toContain("定性");
    }
  });
});
