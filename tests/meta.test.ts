/** Every rule keeps its promises: file name, docs page, both languages, category, tests, registry. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORIES, SEVERITIES } from "../src/model/finding.js";
import { EMPTY_PAIR, localize, placeholders } from "../src/i18n/format.js";
import { OPTION_DEFAULTS, RULES } from "../src/rules/index.js";
import { optionsSchema } from "../src/config/schema.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ruleFiles = readdirSync(path.join(root, "src", "rules"))
  .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.endsWith(".d.ts"))
  .map((f) => f.slice(0, -3))
  .sort();

describe("rule registry", () => {
  it("src/rules/index.ts is generated and up to date", () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/build-rule-index.ts", "--check"], { cwd: root, stdio: "pipe" }),
    ).not.toThrow();
  });
  it("registers every rule file exactly once, sorted by id", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual(ruleFiles);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
  it("has a kebab-case id equal to its file name", () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(existsSync(path.join(root, "src", "rules", `${id}.ts`))).toBe(true);
  });
  it("has a valid category, severity and summary in both languages", () => {
    expect(CATEGORIES).toContain(rule.meta.category);
    expect(SEVERITIES).toContain(rule.meta.severity);
    expect(rule.meta.docs.summary.zh.trim()).not.toBe("");
    expect(rule.meta.docs.summary.en.trim()).not.toBe("");
  });
  it("has a short name in both languages", () => {
    expect(rule.meta.name.zh.trim()).not.toBe("");
    expect(rule.meta.name.en.trim()).not.toBe("");
    expect([...rule.meta.name.zh].length, rule.meta.name.zh).toBeLessThanOrEqual(16);
    expect(rule.meta.name.zh).not.toMatch(/[a-z]-[a-z]/);
  });
  it("renders every message as a sentence, with empty and with real data (no empty quotes, nothing unfilled)", () => {
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      const keys = placeholders(text.zh);
      for (const data of [Object.fromEntries(keys.map((k) => [k, ""])), Object.fromEntries(keys.map((k) => [k, "X"])), Object.fromEntries(keys.map((k) => [k, 0]))]) {
        for (const lang of ["zh", "en"] as const) {
          const out = localize(text, lang, data);
          expect(out, `${messageId} ${lang}: ${out}`).not.toMatch(EMPTY_PAIR);
          expect(out, `${messageId} ${lang}`).not.toMatch(/\{\w+\}/);
        }
      }
      // A zh message is a complete sentence: it ends with a full stop.
      expect(text.zh.trim(), messageId).toMatch(/[。）]$/);
    }
  });
  it("explains itself without internal references (section numbers of project notes, issue numbers, evidence codes)", () => {
    const text = readFileSync(path.join(root, "docs", "rules", `${id}.md`), "utf8");
    expect(text).not.toMatch(/domain-rules|§|\b[SVUTRWMD]-\d|\[(V|I|R|P)[\] ]|V-local|\bissue\s*#?\d|#\d+|\bS\d{2}\b|expected\.json|种子表/u);
    expect(text.split("\n")[0]).toBe(`# ${id} — ${rule.meta.name.zh}`);
  });
  it("has zh and en for every message, with the same placeholders", () => {
    const entries = Object.entries(rule.meta.messages);
    expect(entries.length).toBeGreaterThan(0);
    for (const [messageId, text] of entries) {
      expect(text.zh?.trim(), `${messageId} zh`).toBeTruthy();
      expect(text.en?.trim(), `${messageId} en`).toBeTruthy();
      expect(placeholders(text.zh), messageId).toEqual(placeholders(text.en));
    }
  });
  it("has options whose defaults parse", () => {
    if (rule.meta.options) expect(() => optionsSchema(rule)?.parse({})).not.toThrow();
    else expect(rule.meta.options).toBeUndefined();
  });
  it("has its option defaults written into the catalogue as its schema gives them", () => {
    if (rule.meta.options) expect(OPTION_DEFAULTS[id]).toEqual(optionsSchema(rule)?.parse({}));
    else expect(Object.hasOwn(OPTION_DEFAULTS, id)).toBe(false);
  });
  it("has a docs page in sync with its metadata", () => {
    const doc = path.join(root, "docs", "rules", `${id}.md`);
    expect(existsSync(doc), doc).toBe(true);
    const text = readFileSync(doc, "utf8");
    expect(text).toContain(id);
    expect(text, "category").toMatch(new RegExp(`[(\`]${rule.meta.category}[)\`]`));
    expect(text, "default severity").toMatch(new RegExp(`[(\`]${rule.meta.severity}[)\`]`));
    for (const section of ["错误示例", "正确示例", "选项", "何时关闭"]) expect(text, section).toContain(section);
    const shape = (optionsSchema(rule) as { shape?: Record<string, unknown> } | undefined)?.shape;
    for (const option of Object.keys(shape ?? {})) expect(text, `option ${option}`).toContain(`\`${option}\``);
  });
  it("has a test file with valid and invalid cases (ruleTester)", () => {
    const file = path.join(root, "tests", "rules", `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("ruleTester(");
    expect(text).toMatch(/\bvalid\b/);
    expect(text).toMatch(/\binvalid\b/);
  });
});
