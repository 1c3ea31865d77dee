/** The corpus scorer (scripts/corpus/score.ts): the shared corpus-score tool's rules, as results. */
import { describe, expect, it } from "vitest";
import { scoreReading, scoreReview, type Key, type ReportFinding } from "../../scripts/corpus/score.js";
import { belowThresholds, formatDifferences, overallLine, summaryLine, type FormatScore } from "../../scripts/corpus.js";

const ind = (name: string, operator: string | null, value: unknown, unit: string | null = null) => ({ name, operator, value, unit });

describe("reading", () => {
  const key: Key = {
    files: {
      "01-a.txt": {
        parse: {
          tables: 1,
          indicators: 3,
          samples: [
            { indicator: "满意度", operator: ">=", value: 90, unit: "%" },
            { indicator: "完成情况", operator: null, value: "稳步提高", unit: null },
          ],
        },
      },
      "02-b.txt": { parse: { tables: 2, indicators: 1, samples: [{ indicator: "人数", operator: null, value: "", unit: "人" }, { indicator: "户数", operator: null, value: 3 }] } },
      "03-not-in-report.txt": { parse: { tables: 1, indicators: 1 } },
    },
  };

  it("matches files by name without extension and scores tables, named indicators and samples", () => {
    const r = scoreReading(key, {
      files: [
        // ≥ is >=; NFKC, spaces and trailing 。 fold away; "90.0000000001" is 90; an unnamed indicator does not count;
        // a sample whose key unit is null is not checked for its unit
        { path: "fixtures/corpus/rendered/01-a.xlsx", tables: [{ indicators: [ind("满 意 度", "≥", "90.0000000001", "％"), ind("完成情况。", null, "稳步提高", "项"), ind("x", null, 1), ind("  ", null, 2)] }] },
        // an empty operator is not the key's null (as in the shared tool)
        { path: "02-b.csv", tables: [{ indicators: [ind("人数", "", "", "人")] }] },
      ],
    });
    expect(r.files.map((f) => [f.file, f.right])).toEqual([
      ["01-a.txt", true],
      ["02-b.txt", false],
    ]);
    expect(r.files[0]).toMatchObject({ tables: { got: 1, want: 1 }, indicators: { got: 3, want: 3 }, problems: [] });
    expect(r.files[1].problems).toEqual(["tables 1/2, indicators 1/1", '人数: operator "" != null', "户数: not found"]);
    expect(r.files[1].samples).toEqual([
      { indicator: "人数", right: false, problems: ['operator "" != null'] },
      { indicator: "户数", right: false, problems: ["not found"] },
    ]);
    expect(r).toMatchObject({ right: 1, total: 2, samples: 4, samplesRight: 2 });
    expect(r.lines).toEqual([
      '02-b.txt: tables 1/2, indicators 1/1 | 人数: operator "" != null | 户数: not found',
      "reading: files right 1/2 (50%), samples right 2/4",
    ]);
  });

  it("says so when no file of the key is in the report", () => {
    expect(scoreReading(key, { files: [{ path: "99-other.xlsx", tables: [] }] }).lines).toEqual(["no file of the key is in the report"]);
  });
});

describe("review", () => {
  const key: Key = {
    files: {
      "01-a.txt": {
        must: [
          { table: "*", indicator: "满意度", categories: ["threshold"] },
          { table: "某项目", indicator: null, categories: ["structure"], hint: ["成本"], note: "no cost indicator" },
          { table: "*", indicator: ["人数", "户数"], categories: ["unit"], note: "count without unit" },
        ],
        bonus: [{ table: "*", indicator: "*", categories: ["consistency"] }],
        ok: [{ table: "*", indicator: "合格率", categories: ["threshold", "unit"] }],
      },
    },
  };
  const f = (x: Partial<ReportFinding>): ReportFinding => ({ table: "某 项目", indicator: null, category: "structure", message: "", ruleId: "r", ...x });

  it("a must item is found by a finding of its table, indicator and category (and hint); ok items count false flags", () => {
    const findings = [
      f({ indicator: "满意度", category: "threshold" }),
      f({ category: "structure", message: "缺少满意度指标", ruleId: "missing-satisfaction" }), // wrong hint
      f({ indicator: "户数", category: "measurability" }), // wrong category
      f({ indicator: "合格率", category: "threshold", ruleId: "rate-100", message: "100% 偏高" }),
      f({ indicator: "合格率", category: "consistency" }),
    ];
    const r = scoreReview(key, { files: [{ path: "01-a.xls", findings }] });
    expect(r.must).toEqual({ found: 1, total: 3 });
    expect(r.bonus).toEqual({ found: 1, total: 1 });
    expect(r.falseFlags).toBe(1);
    expect(r.files[0].must.missed.map((i) => i.note)).toEqual(["no cost indicator", "count without unit"]);
    expect(r.lines).toEqual([
      "01-a.txt: missed must: 某项目 / null structure — no cost indicator",
      '01-a.txt: missed must: * / ["人数","户数"] unit — count without unit',
      "01-a.txt: false flag: * / 合格率 [threshold] rate-100: 100% 偏高",
      "review: must 1/3 (33%), bonus 1/1, false flags on ok items 1",
    ]);
  });

  it("the hint is looked for in the message and the rule id", () => {
    const r = scoreReview(key, { files: [{ path: "01-a.txt", findings: [f({ ruleId: "missing-cost-indicator", message: "缺少成本指标" })] }] });
    expect(r.files[0].must.found.map((i) => i.note)).toEqual(["no cost indicator"]);
  });
});

describe("npm run corpus: summary lines and thresholds", () => {
  const score = (format: "txt" | "xlsx", right: number, must: number): FormatScore => ({
    format,
    reading: { files: [], right, total: 20, samples: 40, samplesRight: 2 * right, lines: [], summary: `reading: files right ${right}/20 (${right * 5}%), samples right ${2 * right}/40` },
    review: { files: [], must: { found: must, total: 10 }, bonus: { found: 1, total: 4 }, falseFlags: 2, lines: [], summary: `review: must ${must}/10 (${must * 10}%), bonus 1/4, false flags on ok items 2` },
  });
  const scores = [score("txt", 19, 9), score("xlsx", 18, 10)];

  it("puts the reading and review summaries side by side per format, then sums them", () => {
    expect(summaryLine(scores[0])).toBe("txt   reading: files right 19/20 (95%), samples right 38/40 | review: must 9/10 (90%), bonus 1/4, false flags on ok items 2");
    expect(overallLine(scores)).toBe(
      "overall (txt, xlsx): reading: files right 37/40 (93%), samples right 74/80 | review: must 19/20 (95%), bonus 2/8, false flags on ok items 4",
    );
  });

  it("names the files read right in some formats and wrong in others", () => {
    const file = (name: string, right: boolean) => ({ file: name, right, tables: { got: 1, want: 1 }, indicators: { got: 1, want: 1 }, samples: [], problems: [] });
    const [txt, xlsx] = scores.map((s) => structuredClone(s));
    txt.reading.files = [file("01-a.txt", true), file("02-b.txt", false)];
    xlsx.reading.files = [file("01-a.txt", false), file("02-b.txt", false)];
    expect(formatDifferences([txt, xlsx])).toEqual(["01-a: right as txt; wrong as xlsx"]);
  });

  it("names every format below --min-reading / --min-recall", () => {
    expect(belowThresholds(scores, { minReading: 95, minRecall: 90 })).toEqual(["xlsx: reading 90.0% < 95%"]);
    expect(belowThresholds(scores, { minRecall: 95 })).toEqual(["txt: must recall 90.0% < 95%"]);
    expect(belowThresholds(scores, {})).toEqual([]);
  });
});
