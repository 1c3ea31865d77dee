/** The library surface (src/index.ts): what a third party or the CLI imports. */
import { describe, expect, it } from "vitest";
import * as pbm from "../../src/index.js";
import { SEED_TEXT } from "../helpers/expected.js";

describe("library surface", () => {
  it("exports the validate API, config, engine, catalogue and reporters", () => {
    for (const name of ["normalizeFile", "normalizeBytes", "validateFile", "validateBytes", "validateFiles", "validateRecords", "resolveConfig", "loadConfig", "configForFile", "runRules", "discoverFiles", "getReporter", "configJsonSchema"]) {
      expect(typeof (pbm as Record<string, unknown>)[name], name).toBe("function");
    }
    expect(pbm.RULES.length).toBeGreaterThan(0);
    expect(pbm.CATEGORIES).toContain("parse");
  });

  it("validateFile → report and tables; a reporter renders it", async () => {
    const config = pbm.resolveConfig({});
    const { report, tables } = await pbm.validateFile(SEED_TEXT, { config, lang: "en" });
    expect(report.status).toBe("problems");
    expect(report.tables.length).toBe(tables.length);
    expect(tables.length).toBeGreaterThan(10);
    const json = (await pbm.getReporter("json"))({ files: [report], summary: pbm.summarize([report]) }, { cwd: process.cwd(), lang: "en", rules: [], color: false, version: "0" });
    expect(JSON.parse(json).summary.tables).toBe(tables.length);
  });
});
