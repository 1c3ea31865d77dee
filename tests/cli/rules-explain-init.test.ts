import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { run } from "./validate-helpers.js";

const tmp = () => mkdtempSync(path.join(tmpdir(), "pbm-init-"));

describe("pbm rules", () => {
  it("lists the catalogue as JSON with summaries in the chosen language", async () => {
    const r = await run(["rules", "--format", "json", "--lang", "en"], { cwd: tmp() });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; name: string; scope: string; category: string; severity: string; recommended: boolean; fixable: string | null; summary: string }[];
    expect(rows.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    const first = RULES[0];
    expect(rows[0]).toEqual({
      id: first.id,
      name: first.meta.name.en,
      scope: "table",
      category: first.meta.category,
      severity: first.meta.severity,
      recommended: first.meta.recommended,
      fixable: first.meta.fixable ?? null,
      summary: first.meta.docs.summary.en,
    });
  });
  it("prints a table in Chinese by default", async () => {
    const r = await run(["rules"], { cwd: tmp() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("规则");
    for (const rule of RULES) {
      expect(r.stdout).toContain(rule.id);
      expect(r.stdout).toContain(rule.meta.name.zh);
    }
  });
});

describe("pbm explain", () => {
  it.each(RULES.map((r) => r.id))("prints the docs page of %s, with no references to project-internal notes", async (id) => {
    const r = await run(["explain", id], { cwd: tmp() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(id);
    expect(r.stdout).not.toMatch(/domain-rules|§|\b[SVUTRWM]-\d|V-local|\[I\]|\bissue\s*#?\d/u);
  });
  it("an unknown id exits 2 and suggests close ids", async () => {
    const id = RULES.find((r) => r.id.length > 8)?.id ?? "vague-value";
    const typo = id.slice(0, -1);
    const r = await run(["explain", typo], { cwd: tmp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(typo);
    expect(r.stderr).toContain(id);
  });
});

describe("pbm init", () => {
  it("writes pbm.config.json with $schema and the recommended preset, and it loads", async () => {
    const cwd = tmp();
    const r = await run(["init"], { cwd });
    expect(r.code).toBe(0);
    const file = path.join(cwd, "pbm.config.json");
    const config = JSON.parse(readFileSync(file, "utf8")) as { $schema: string; extends: string[] };
    expect(config.extends).toEqual(["recommended"]);
    expect(existsSync(path.resolve(cwd, config.$schema))).toBe(true);
    expect(path.basename(config.$schema)).toBe("pbm.config.schema.json");
    expect(() => resolveConfig(config, { path: file })).not.toThrow();
    expect(readdirSync(cwd)).toEqual(["pbm.config.json"]); // no temp file left behind
  });
  it("refuses to overwrite an existing config (exit 2, file unchanged)", async () => {
    const cwd = tmp();
    writeFileSync(path.join(cwd, "pbm.config.json"), "{}\n");
    const r = await run(["init", "--lang", "en"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("already exists");
    expect(readFileSync(path.join(cwd, "pbm.config.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(cwd)).toEqual(["pbm.config.json"]);
  });
});
