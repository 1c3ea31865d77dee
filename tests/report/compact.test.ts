import { describe, expect, it } from "vitest";
import compact from "../../src/report/compact.js";
import jsonl from "../../src/report/jsonl.js";
import json from "../../src/report/json.js";
import { FILE_A, FILE_B, FILE_BAD, context, sampleReport } from "./sample-report.js";

describe("compact", () => {
  const lines = compact(sampleReport(), context()).trimEnd().split("\n");

  it("writes one line per finding: path:sheet!cell: severity message (rule)", () => {
    const findingLines = lines.filter((l) => /\([a-z-]+\)$/.test(l));
    expect(findingLines).toHaveLength(9);
    expect(findingLines).toContain(`${FILE_A}:表01!E14: 错误 满意度指标“担保机构满意度”用了 <=，应为 >= (operator-direction)`);
    expect(findingLines).toContain(`${FILE_B}:'Sheet 1'!C7: 错误 达标率“参保率”用了 <=，应为 >= (operator-direction)`);
  });

  it("uses path:sheet: for table-level findings and path: for unreadable files", () => {
    expect(lines).toContain(`${FILE_A}:表02: 错误 项目表缺少成本指标 (missing-cost-indicator)`);
    expect(lines.some((l) => l.startsWith(`${FILE_BAD}: 错误 文件已损坏`) && l.endsWith("(file-unreadable)"))).toBe(true);
  });

  it("keeps a multi-line cell value on one line", () => {
    expect(lines.some((l) => l.includes("促进 发展"))).toBe(true);
  });

  it("shows paths relative to cwd", () => {
    const out = compact(sampleReport(), context({ cwd: "/work/项目/预算" }));
    expect(out).toContain("教育局/2023年绩效目标表.xlsx:表01!E14:");
  });

  it("ends with the count line, in English with lang en", () => {
    expect(lines.at(-1)).toBe("共 9 个问题（4 个错误，4 个警告，1 个提示）");
    const en = compact(sampleReport(), context({ lang: "en", statistics: true }));
    expect(en).toContain(": error ");
    expect(en).toContain("vague-value: 3");
    expect(en.trimEnd().split("\n").at(-1)).toBe("9 problems (4 errors, 4 warnings, 1 info)");
  });
});

describe("json and jsonl", () => {
  it("json is the report itself", () => {
    expect(JSON.parse(json(sampleReport(), context()))).toEqual(sampleReport());
  });

  it("jsonl has one finding per line with its path, then a summary line", () => {
    const rows = jsonl(sampleReport(), context())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const findings = rows.filter((r) => r.type === "finding");
    expect(findings).toHaveLength(9);
    expect(findings[0]).toMatchObject({ path: FILE_A, ruleId: "operator-direction", location: { cell: "E14" } });
    expect(rows.at(-1)).toEqual({ type: "summary", ...sampleReport().summary });
  });
});
