/**
 * The workbook's link from a finding to its file, sheet and cell. The link's file part is remembered for the
 * last file (findings come file by file): a change of file, of cwd or of the workbook's folder must show.
 */
import { describe, expect, it } from "vitest";
import { findingLink } from "../../src/report/audit-xlsx.js";

const at = (sheet: string, cell: string) => ({ location: { sheet, cell } });

describe("findingLink", () => {
  it("links each finding to its own file, sheet and cell, relative to the workbook's folder", () => {
    const ctx = { cwd: "/audit", outputDir: "/audit/reports" };
    expect(findingLink("教育局/表1.xlsx", at("Sheet1", "E12"), ctx)).toEqual({ link: "../教育局/表1.xlsx#'Sheet1'!E12", text: "Sheet1!E12" });
    expect(findingLink("教育局/表1.xlsx", at("项目'2", "F3"), ctx)).toEqual({ link: "../教育局/表1.xlsx#'项目''2'!F3", text: "项目'2!F3" });
    expect(findingLink("卫健委/表2.xlsx", at("Sheet1", "A1"), ctx)).toEqual({ link: "../卫健委/表2.xlsx#'Sheet1'!A1", text: "Sheet1!A1" });
    expect(findingLink("卫健委/表2.xlsx", { location: null }, ctx)).toEqual({ link: "../卫健委/表2.xlsx", text: "表2.xlsx" });
  });

  it("follows a change of the workbook's folder or of cwd for the same file", () => {
    expect(findingLink("a/表.xlsx", at("S", "B2"), { cwd: "/x", outputDir: "/x" }).link).toBe("a/表.xlsx#'S'!B2");
    expect(findingLink("a/表.xlsx", at("S", "B2"), { cwd: "/x", outputDir: "/x/out/deep" }).link).toBe("../../a/表.xlsx#'S'!B2");
    expect(findingLink("a/表.xlsx", at("S", "B2"), { cwd: "/y", outputDir: "/x" }).link).toBe("../y/a/表.xlsx#'S'!B2");
    expect(findingLink("a/表.xlsx", at("S", "B2"), { cwd: "/y", outputDir: undefined }).link).toBe("a/表.xlsx#'S'!B2");
  });
});
