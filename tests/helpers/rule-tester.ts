/**
 * Table-driven rule tests (after ESLint's RuleTester): every valid case yields nothing, every invalid
 * case yields exactly the listed findings (messageId, and where given data, indicator name and cell).
 * Tables come through the real reader (tests/helpers/tsv.ts); the semantic facts are computed the way
 * the engine computes them. File rules take a FileRecords, batch rules a batch of audit inputs.
 */
import { describe, expect, it } from "vitest";
import type { AuditInput } from "../../src/model/audit.js";
import type { BatchFindingDraft, FindingDraft, RuleModule, RuleSettings } from "../../src/model/finding.js";
import type { FileRecords, Table } from "../../src/model/records.js";
import { analyzeTable } from "../../src/semantic/index.js";
import { optionsSchema } from "../../src/config/schema.js";
import { batchRuleDrafts } from "../../src/audit/batch-checks.js";
import { localize, EMPTY_PAIR } from "../../src/i18n/format.js";

export interface ValidCase {
  name: string;
  table?: Table;
  file?: FileRecords;
  batch?: AuditInput[];
  options?: Record<string, unknown>;
  settings?: RuleSettings;
}

export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, string | number>;
  /** 三级 name, or null for a table-level finding. */
  indicator?: string | null;
  /** A1 cell the finding points to. */
  cell?: string;
  /** Expect a fix of this kind; "none" for no fix. */
  fix?: "safe" | "suggestion" | "none";
  /** Batch findings: the file they are about. */
  path?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

type Draft = FindingDraft & Partial<Pick<BatchFindingDraft, "path" | "table">>;

export function runRule<M extends string, O>(rule: RuleModule<M, O>, c: Omit<ValidCase, "name"> | Table, options: Record<string, unknown> = {}, settings: RuleSettings = {}): Draft[] {
  const input: Omit<ValidCase, "name"> = "indicators" in c ? { table: c as Table, options, settings } : c;
  const parsed = (optionsSchema(rule as RuleModule<string, unknown>)?.parse(input.options ?? {}) ?? {}) as O;
  const s = input.settings ?? {};
  if (rule.scope === "file") return [...rule.check(input.file!, { options: parsed, settings: s })];
  if (rule.scope === "batch") return batchRuleDrafts(rule, input.batch!, parsed).map((d) => ({ ...d, indicator: null }));
  const table = input.table!;
  return [...rule.check(table, { options: parsed, settings: s, facts: analyzeTable(table, s) })];
}

const where = (f: Draft) => f.at?.cell ?? f.indicator?.location.cell;

export function ruleTester<M extends string, O>(rule: RuleModule<M, O>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it("has at least one valid and one invalid case", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = runRule(rule, c);
        expect(found.map((f) => ({ messageId: f.messageId, indicator: f.indicator?.name ?? null, data: f.data }))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length).toBeGreaterThan(0);
        const found = runRule(rule, c);
        expect(found.length, JSON.stringify(found.map((f) => [f.messageId, f.indicator?.name, where(f), f.data]))).toBe(c.errors.length);
        c.errors.forEach((e, i) => {
          const f = found[i];
          expect(Object.keys(rule.meta.messages)).toContain(f.messageId);
          expect(f.messageId).toBe(e.messageId);
          if (e.data) expect(f.data).toMatchObject(e.data);
          if (e.indicator !== undefined) expect(f.indicator?.name ?? null).toBe(e.indicator);
          if (e.cell) expect(where(f)).toBe(e.cell);
          if (e.fix === "none") expect(f.fix).toBeUndefined();
          else if (e.fix) expect(f.fix?.kind).toBe(e.fix);
          if (e.path) expect(f.path).toBe(e.path);
          // What the clerk reads: every placeholder filled, no empty quotes or brackets.
          for (const lang of ["zh", "en"] as const) {
            const text = f.text ?? localize(rule.meta.messages[f.messageId as M], lang, f.data);
            expect(text, text).not.toMatch(/\{\w+\}/);
            expect(text, text).not.toMatch(EMPTY_PAIR);
          }
        });
      });
    }
  });
}
