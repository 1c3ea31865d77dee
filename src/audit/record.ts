/**
 * One file's result as the spool keeps it, made where the file was checked (the worker): a small
 * head with what the totals, the grouping and the batch checks need, then the file's pieces of the
 * JSON report already serialised, which the parent copies byte for byte instead of parsing and
 * serialising them again. Only the xlsx and HTML reports parse the findings back.
 *
 * Layout (UTF-8): a line `[status,head,before,between,items,after,input]` (status as a number, then
 * the byte length of each part), then the parts:
 *   head     JSON of RecordHead
 *   before   the file's element of `files` in the JSON report, up to its status value
 *   between  after the status value, up to the findings array
 *   items    the file's own findings, each `\n        {…}`, separated by commas
 *   after    after the findings array, to the end of the element
 *   input    the file's element of `audit.inputs`
 * Batch findings (known only once the whole batch is read) and the status they may change are put
 * in by the parent; the text is exactly what `JSON.stringify(report, null, 2)` gives at that depth.
 */
import type { AuditInput, AuditTable } from "../model/audit.js";
import type { Category, FileReport, FileStatus, Finding, Severity } from "../model/finding.js";
import { fileStatus } from "../engine/check.js";
import { isBatchRule } from "./batch-checks.js";

/** Findings counted by what the totals and --history tell apart, in the order each first occurs. */
export type Count = [table: string | null, indicator: string | null, ruleId: string, severity: Severity, category: Category, n: number];

export interface RecordHead {
  /** `tables` of the file report, as far as the totals read them. */
  tables: { name: string; indicatorCount: number }[];
  counts: Count[];
  /** The audit input without its path (the spool's key) and without the indicators (only 指标清单 lists them). */
  input: { sha256: string | null; bytes: number | null; tables: AuditTable[] };
}

const STATUSES: readonly FileStatus[] = ["ok", "problems", "error"];

export function countFindings(findings: readonly Finding[]): Count[] {
  const at = new Map<string, Count>();
  for (const x of findings) {
    const k = JSON.stringify([x.table, x.indicator, x.ruleId, x.severity, x.category]);
    const c = at.get(k);
    if (c) c[5] += 1;
    else at.set(k, [x.table, x.indicator, x.ruleId, x.severity, x.category, 1]);
  }
  return [...at.values()];
}

const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);
/** A value as the JSON report prints it at this indentation. */
export const pretty = (x: unknown, pad: string): string => indent(JSON.stringify(x, null, 2), pad);
/** A finding as an item of its file's `findings` array in the JSON report. */
export const findingItem = (x: Finding): string => `\n        ${pretty(x, "        ")}`;

/** The file's result (its own findings: batch findings are redone on the whole batch) as a spool record. */
export function encodeRecord(report: FileReport, input: AuditInput): Uint8Array {
  const findings = report.findings.filter((x) => !isBatchRule(x.ruleId));
  const status = fileStatus(findings, report.status === "error");
  const f: FileReport = { ...report, status, findings };
  // The element of `files`, member by member as JSON.stringify(f, null, 2) writes them at depth 2.
  let text = "{";
  let before = "";
  let between = "";
  let n = 0;
  for (const [k, value] of Object.entries(f)) {
    if (k !== "findings" && JSON.stringify(value) === undefined) continue;
    text += `${n++ ? "," : ""}\n      ${JSON.stringify(k)}: `;
    if (k === "status") {
      before = text;
      text = "";
    } else if (k === "findings") {
      if (!before) throw new Error("encodeRecord: status must come before findings");
      between = text;
      text = "";
    } else text += pretty(value, "      ");
  }
  const after = `${text}\n    }`;
  const items = findings.map(findingItem).join(",");
  const head: RecordHead = {
    tables: report.tables.map((t) => ({ name: t.name, indicatorCount: t.indicatorCount })),
    counts: countFindings(findings),
    input: { sha256: input.sha256, bytes: input.bytes, tables: input.tables.map((t) => ({ ...t, indicators: [] })) },
  };
  const parts = [JSON.stringify(head), before, between, items, after, pretty(input, "      ")];
  const lengths = parts.map((p) => Buffer.byteLength(p));
  const prefix = `${JSON.stringify([STATUSES.indexOf(status), ...lengths])}\n`;
  const out = new Uint8Array(Buffer.byteLength(prefix) + lengths.reduce((a, b) => a + b, 0));
  const buf = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  let at = buf.write(prefix);
  for (const p of parts) at += buf.write(p, at);
  return out;
}

/** Where the parts of a record are. */
export interface RecordParts {
  status: FileStatus;
  head: [number, number];
  before: [number, number];
  between: [number, number];
  items: [number, number];
  after: [number, number];
  input: [number, number];
}

export function recordParts(rec: Buffer): RecordParts {
  const nl = rec.indexOf(10);
  const [s, ...lens] = JSON.parse(rec.toString("latin1", 0, nl)) as number[];
  let at = nl + 1;
  const next = (i: number): [number, number] => {
    const r: [number, number] = [at, at + lens[i]];
    at += lens[i];
    return r;
  };
  return { status: STATUSES[s], head: next(0), before: next(1), between: next(2), items: next(3), after: next(4), input: next(5) };
}

const slice = (rec: Buffer, [a, b]: [number, number]) => rec.toString("utf8", a, b);

export function recordHead(rec: Buffer, parts = recordParts(rec)): RecordHead {
  return JSON.parse(slice(rec, parts.head)) as RecordHead;
}

/** The file report with its own findings. */
export function recordReport(rec: Buffer, parts = recordParts(rec)): FileReport {
  const items = slice(rec, parts.items);
  return JSON.parse(`${slice(rec, parts.before)}${JSON.stringify(parts.status)}${slice(rec, parts.between)}[${items}]${slice(rec, parts.after)}`) as FileReport;
}

export function recordInput(rec: Buffer, parts = recordParts(rec)): AuditInput {
  return JSON.parse(slice(rec, parts.input)) as AuditInput;
}
