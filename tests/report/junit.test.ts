import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ValidateReport } from "../../src/model/finding.js";
import junit from "../../src/report/junit.js";
import { FILE_A, FILE_CLEAN, XSS, context, sampleReport } from "./sample-report.js";

interface Case {
  "@_classname": string;
  "@_name": string;
  failure?: { "@_message": string; "@_type": string; "#text": string };
  skipped?: { "@_message": string };
}
interface Suite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_skipped": string;
  testcase: Case[];
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, htmlEntities: true, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml) as {
    testsuites: { "@_tests": string; "@_failures": string; testsuite: Suite[] };
  };
  return doc.testsuites;
}

describe("junit", () => {
  const report = sampleReport();
  const root = parse(junit(report, context()));

  it("has one suite per file, named by its path, with right counts", () => {
    expect(root.testsuite.map((s) => s["@_name"])).toEqual(report.files.map((f) => f.path));
    for (const [i, s] of root.testsuite.entries()) {
      const file = report.files[i];
      const failing = file.findings.filter((f) => f.severity !== "info").length;
      expect(Number(s["@_failures"]), s["@_name"]).toBe(failing);
      expect(Number(s["@_skipped"])).toBe(file.findings.length - failing);
      expect(Number(s["@_tests"])).toBe(s.testcase.length);
      for (const c of s.testcase) expect(c["@_classname"]).toBe(file.path);
    }
    const allFailing = report.files.flatMap((f) => f.findings).filter((f) => f.severity !== "info").length;
    expect(Number(root["@_failures"])).toBe(allFailing);
    expect(Number(root["@_tests"])).toBe(root.testsuite.reduce((n, s) => n + s.testcase.length, 0));
  });

  it("names each case by rule, cell and indicator, uniquely within its suite", () => {
    const a = root.testsuite[0];
    expect(a.testcase.map((c) => c["@_name"])).toContain("operator-direction 表01!E14 担保机构满意度");
    for (const s of root.testsuite) {
      const names = s.testcase.map((c) => c["@_name"]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("counts a clean file as one passing case", () => {
    const clean = root.testsuite.find((s) => s["@_name"] === FILE_CLEAN)!;
    expect(clean.testcase).toHaveLength(1);
    expect(clean.testcase[0].failure).toBeUndefined();
    expect(clean["@_failures"]).toBe("0");
  });

  it("round-trips markup, quotes and ampersands, and strips control characters", () => {
    const a = root.testsuite.find((s) => s["@_name"] === FILE_A)!;
    const xss = a.testcase.find((c) => c["@_name"].startsWith("vague-value 表02!F12"))!;
    expect(xss.failure!["@_type"]).toBe("vague-value");
    expect(xss.failure!["@_message"]).toContain(XSS);
    const multiLine = a.testcase.find((c) => c["@_name"].startsWith("vague-value 表02!F13"))!;
    expect(multiLine.failure!["@_message"]).toContain("促进\n发展");

    const r: ValidateReport = sampleReport();
    r.files[0].findings[0].message = "bad\u0000\u0007char\u001f “引号” & <x>";
    const xml = junit(r, context());
    // eslint-disable-next-line no-control-regex -- asserting these control characters are gone
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const again = parse(xml);
    const c = again.testsuite[0].testcase.find((t) => t["@_name"].startsWith("operator-direction"))!;
    expect(c.failure!["#text"]).toContain("badchar “引号” & <x>");
  });

  it("reports infos as skipped, not failed, and speaks English with lang en", () => {
    const info = root.testsuite[0].testcase.find((c) => c["@_name"].startsWith("deadline-outside-year"))!;
    expect(info.failure).toBeUndefined();
    expect(info.skipped!["@_message"]).toContain("2024年6月");
    const en = parse(junit(sampleReport(), context({ lang: "en" })));
    expect(en.testsuite.find((s) => s["@_name"] === FILE_CLEAN)!.testcase[0]["@_name"]).toBe("pbm passed");
  });
});
