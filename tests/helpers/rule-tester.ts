/**
 * Table-driven rule tests (after ESLint's RuleTester): every valid case yields nothing,
 * every invalid case yields exactly the listed findings (messageId, and where given
 * data, indicator name and cell).
 */
import { describe, expect, it } from "vitest";
import type { FindingDraft, RuleModule, RuleSettings } from "../../src/model/finding.js";
import type { Table } from "../../src/model/records.js";

export interface ValidCase {
  name: string;
  table: Table;
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
  /** Expect a fix of this kind. */
  fix?: "safe" | "suggestion";
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function runRule<M extends string, O>(
  rule: RuleModule<M, O>,
  t: Table,
  options: Record<string, unknown> = {},
  settings: RuleSettings = {},
): FindingDraft<M>[] {
  const parsed = (rule.meta.options ? rule.meta.options.parse(options) : {}) as O;
  return [...rule.check(t, { options: parsed, settings })];
}

export function ruleTester<M extends string, O>(rule: RuleModule<M, O>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it("has at least one valid and one invalid case", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = runRule(rule, c.table, c.options, c.settings);
        expect(found.map((f) => ({ messageId: f.messageId, indicator: f.indicator?.name ?? null, data: f.data }))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length).toBeGreaterThan(0);
        const found = runRule(rule, c.table, c.options, c.settings);
        expect(found.length, JSON.stringify(found.map((f) => [f.messageId, f.indicator?.name, f.data]))).toBe(c.errors.length);
        c.errors.forEach((e, i) => {
          const f = found[i];
          expect(Object.keys(rule.meta.messages)).toContain(f.messageId);
          expect(f.messageId).toBe(e.messageId);
          if (e.data) expect(f.data).toMatchObject(e.data);
          if (e.indicator !== undefined) expect(f.indicator?.name ?? null).toBe(e.indicator);
          if (e.cell) expect((f.at ?? f.indicator?.location)?.cell).toBe(e.cell);
          if (e.fix) expect(f.fix?.kind).toBe(e.fix);
        });
      });
    }
  });
}
