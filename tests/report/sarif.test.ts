import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ValidateReport } from "../../src/model/finding.js";
import sarif from "../../src/report/sarif.js";
import { FILE_A, FILE_B, RULES, cleanReport, context, sampleReport } from "./sample-report.js";

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } };
    logicalLocations?: { fullyQualifiedName: string; kind: string }[];
  }[];
  partialFingerprints: { primaryLocationLineHash: string };
}
interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: Rule[] } };
    results: SarifResult[];
  }[];
}

const parse = (r: ValidateReport, lang: "zh" | "en" = "zh") => JSON.parse(sarif(r, context({ lang }))) as SarifLog;

describe("sarif", () => {
  const log = parse(sampleReport());
  const run = log.runs[0];

  it("describes the tool and every rule, in both languages", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({ name: "pbm", semanticVersion: "0.1.0" });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const op = run.tool.driver.rules.find((r) => r.id === "operator-direction")!;
    expect(op.shortDescription.text).toContain("比较符方向错误");
    expect(op.help.text).toContain("Wrong comparison direction");
    expect(op.help.markdown).toContain("比较符方向错误");
    expect(op.defaultConfiguration.level).toBe("error");
    expect(op.properties.tags).toContain("operator");
    const info = run.tool.driver.rules.find((r) => r.id === "deadline-outside-year")!;
    expect(info.defaultConfiguration.level).toBe("note");
    const en = parse(sampleReport(), "en").runs[0].tool.driver.rules.find((r) => r.id === "operator-direction")!;
    expect(en.shortDescription.text).toContain("Wrong comparison direction");
  });

  it("points each result at the workbook row and column, names sheet and cell", () => {
    const total = sampleReport().files.reduce((n, f) => n + f.findings.length, 0);
    expect(run.results).toHaveLength(total);
    const r = run.results.find((x) => x.message.text.includes("担保机构满意度"))!;
    expect(r).toMatchObject({ ruleId: "operator-direction", level: "error" });
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(r.message.text).toContain("表01!E14");
    const loc = r.locations[0];
    expect(loc.physicalLocation.region).toEqual({ startLine: 14, startColumn: 5 });
    expect(decodeURI(loc.physicalLocation.artifactLocation.uri)).toBe(FILE_A);
    expect(loc.physicalLocation.artifactLocation.uri).not.toMatch(/[^\x21-\x7e]/);
    expect(loc.logicalLocations).toEqual([{ fullyQualifiedName: "表01!E14", name: "E14", kind: "cell" }]);
    expect(run.results.find((x) => x.ruleId === "deadline-outside-year")!.level).toBe("note");
  });

  it("percent-encodes spaces and # in the uri and gives file-level findings line 1", () => {
    const b = run.results.find((x) => x.message.text.includes("参保率"))!;
    const uri = b.locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toContain("%20");
    expect(uri).toContain("%23");
    expect(decodeURIComponent(uri)).toBe(FILE_B);
    const bad = run.results.find((x) => x.ruleId === "file-unreadable")!;
    expect(bad.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    const table = run.results.find((x) => x.ruleId === "missing-cost-indicator")!;
    expect(table.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(table.locations[0].logicalLocations![0].kind).toBe("sheet");
  });

  it("computes stable, unique fingerprints that do not depend on the language", () => {
    const hashes = run.results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{16}:\d+$/);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(parse(sampleReport(), "en").runs[0].results.map((r) => r.partialFingerprints.primaryLocationLineHash)).toEqual(hashes);
    // The same finding twice gets a second occurrence number, as GitHub counts repeated lines.
    const twice = sampleReport();
    twice.files[0].findings.push({ ...twice.files[0].findings[0] });
    const h2 = parse(twice).runs[0].results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    const repeat = twice.files[0].findings.length - 1;
    expect(h2[repeat]).toBe(h2[0].replace(/:1$/, ":2"));
  });
});

describe("sarif passes the SARIF multitool's validate", () => {
  const pkg = resolve("node_modules/@microsoft/sarif-multitool-linux");
  const tool = join(pkg, "Sarif.Multitool");
  const dir = mkdtempSync(join(tmpdir(), "pbm-sarif-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports no error or warning for pbm's logs, and does flag a broken control log", () => {
    expect(existsSync(tool), `${tool} (npm @microsoft/sarif-multitool)`).toBe(true);
    const outside = sampleReport();
    outside.files[1].path = "/elsewhere/百分号 100%.xlsx";
    const logs: Record<string, string> = {
      "zh.sarif": sarif(sampleReport(), context()),
      "en.sarif": sarif(sampleReport(), context({ lang: "en" })),
      "clean.sarif": sarif(cleanReport(), context()),
      "outside.sarif": sarif(outside, context()),
    };
    // The control proves the validator is really checking: it must find errors here.
    const broken = JSON.parse(logs["zh.sarif"]) as SarifLog;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = "预算/a b%zz.xlsx";
    logs["control-broken.sarif"] = JSON.stringify(broken);
    for (const [name, text] of Object.entries(logs)) writeFileSync(join(dir, name), text);

    const out = join(dir, "validation.sarif");
    execFileSync(
      tool,
      ["validate", ...Object.keys(logs).map((n) => join(dir, n)), "--json-schema", join(pkg, "sarif-2.1.0.json"), "--output", out, "--log", "ForceOverwrite", "--level", "Error", "Warning", "Note"],
      { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" }, stdio: "pipe", timeout: 120_000 },
    );
    const validation = JSON.parse(readFileSync(out, "utf8")) as {
      runs: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; invocations: { executionSuccessful: boolean }[] }[];
    };
    const vrun = validation.runs[0];
    expect(vrun.invocations[0].executionSuccessful).toBe(true);
    const byFile = new Map<string, string[]>();
    for (const r of vrun.results ?? []) {
      const level = r.level ?? "warning";
      if (level !== "error" && level !== "warning") continue;
      const file = decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri).split("/").pop()!;
      byFile.set(file, [...(byFile.get(file) ?? []), `${level} ${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(" ")}`]);
    }
    expect(byFile.get("control-broken.sarif")?.filter((m) => m.startsWith("error")).length ?? 0).toBeGreaterThanOrEqual(2);
    byFile.delete("control-broken.sarif");
    expect(Object.fromEntries(byFile)).toEqual({});
  });
});
