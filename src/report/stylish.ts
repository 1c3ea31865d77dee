/** The default terminal format: findings grouped by file and table, in tables a clerk can read. */
import { Chalk, type ChalkInstance } from "chalk";
import Table from "./table.js";
import type { Finding, Lang, RuleInfo, Severity } from "../model/finding.js";
import { labels } from "./labels.js";
import { statisticsRows } from "./statistics.js";
import type { Reporter } from "./types.js";
import { countFindings, displayPath, groupByTable, ruleName, sheetRef, type TableGroup } from "./util.js";

// cli-table3 would colour heads and borders through @colors/colors, which inspects the process itself.
const PLAIN_STYLE = { head: [] as string[], border: [] as string[] };

/** Without a width from the caller (not a terminal, or a library call): the classic terminal. */
export const DEFAULT_WIDTH = 80;
/** The narrowest terminal the table is laid out for; a narrower one wraps the lines itself. */
const MIN_WIDTH = 60;

const stylish: Reporter = (report, ctx) => {
  // Never the global chalk: it sniffs the process; the CLI has decided about colour already.
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, Math.floor(ctx.width ?? DEFAULT_WIDTH));
  const L = labels(ctx.lang);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];

  for (const file of report.files) {
    // An unreadable file is always listed, even if nothing was reported for it: never a silent pass.
    if (file.findings.length === 0 && file.status !== "error") continue;
    const p = displayPath(file.path, ctx.cwd);
    if (file.status === "error") {
      out.push(c.underline(p) + "  " + c.red.bold(`✖ ${L.unreadable}`));
    } else {
      out.push(c.underline(p));
    }
    for (const g of groupByTable(file)) {
      out.push(...groupTitle(g, ctx.lang, c, width - INDENT.length).map((l) => INDENT + l));
      out.push(indent(findingsTable(g.findings, ctx.lang, ctx.rules, c, paint, width - INDENT.length), INDENT));
    }
    out.push("");
  }

  const n = countFindings(report.files);
  const s = report.summary;
  if (n.total === 0) {
    out.push(c.green(`✔ ${L.clean}`) + c.dim(L.paren(L.checked(s.files, s.tables, s.indicators))));
    return `${out.join("\n")}\n`;
  }

  if (ctx.statistics) {
    const H = L.statsHead;
    const t = new Table({ head: [H.rule, H.error, H.warning, H.info, H.total], style: PLAIN_STYLE, colAligns: ["left", "right", "right", "right", "right"] });
    for (const r of statisticsRows(report.files)) {
      const name = ruleName(r.ruleId, ctx.rules, ctx.lang);
      t.push([name === r.ruleId ? r.ruleId : `${name}\n${c.dim(r.ruleId)}`, r.error, r.warning, r.info, r.total]);
    }
    out.push(c.bold(L.statsTitle));
    out.push(t.toString());
    out.push("");
  }

  const color = n.error > 0 ? c.red.bold : n.warning > 0 ? c.yellow.bold : c.blue.bold;
  out.push(color(`✖ ${L.problems(n.total, n.error, n.warning, n.info)}`) + (ctx.quiet ? ` ${c.dim(L.quiet)}` : ""));
  if (n.fixable > 0) out.push(c.dim(`  ${L.fixable(n.fixable)}`));
  return `${out.join("\n")}\n`;
};
export default stylish;

const INDENT = "  ";

/** The table's name, then sheet, range and count; on two lines (or more) when one would not fit. */
function groupTitle(g: TableGroup, lang: Lang, c: ChalkInstance, width: number): string[] {
  const L = labels(lang);
  if (g.title === null) return [c.bold(L.fileLevel)];
  const parts: string[] = [];
  if (g.sheet !== null) parts.push(`${L.sheet} ${g.range ? sheetRef(g.sheet, g.range) : g.sheet}`);
  if (g.indicatorCount !== null) parts.push(`${g.indicatorCount} ${L.indicators}`);
  const info = parts.join(" · ");
  if (displayWidth(parts.length ? `${g.title} · ${info}` : g.title) <= width) return [c.bold(g.title) + (parts.length ? c.dim(` · ${info}`) : "")];
  return [...fit(g.title, width).map((l) => c.bold(l)), ...(parts.length ? fit(info, width).map((l) => c.dim(l)) : [])];
}

/** cli-table3's frame: a border before each column and after the last, one space of padding each side. */
const frame = (columns: number) => columns + 1 + 2 * columns;
/** The rule column gives way (its ids break at hyphens) before the message column gets narrower than this… */
const MIN_MESSAGE = 16;
/** …and below MIN_WIDTH columns the message column stops shrinking here; the terminal wraps the rest. */
const MIN_MESSAGE_NARROW = 10;

function findingsTable(findings: Finding[], lang: Lang, rules: readonly RuleInfo[], c: ChalkInstance, paint: Record<Severity, (s: string) => string>, width: number): string {
  const L = labels(lang);
  const rows = findings.map((f) => ({
    f,
    cell: f.location ? (f.location.cell ? f.location.cell : L.wholeTable) : "—",
    severity: L.severity[f.severity],
    fix: f.fix?.kind === "safe" ? ` [${L.fix}]` : "",
    name: ruleName(f.ruleId, rules, lang),
  }));
  const widest = (texts: string[]) => Math.max(...texts.map(displayWidth));
  const cellW = widest([L.head.cell, ...rows.map((r) => r.cell)]);
  const sevW = widest([L.head.severity, ...rows.map((r) => r.severity)]);
  let ruleW = widest([L.head.rule, ...rows.flatMap((r) => [r.f.ruleId, r.name])]);
  const room = width - frame(4) - cellW - sevW;
  // A narrow terminal: rule ids break after their hyphens before the message column gets too narrow to read.
  if (room - ruleW < MIN_MESSAGE) ruleW = Math.max(widest([L.head.rule, ...rows.flatMap((r) => r.f.ruleId.match(/[^-]+-?/g) ?? []), ...rows.map((r) => r.name.slice(0, 4))]), room - MIN_MESSAGE);
  const messageW = Math.max(MIN_MESSAGE_NARROW, room - ruleW);
  const table = new Table({
    head: [L.head.cell, L.head.severity, L.head.message, L.head.rule].map((h) => c.bold(h)),
    style: PLAIN_STYLE,
  });
  for (const r of rows) {
    const { f, cell, severity, fix } = r;
    const lines = fit(f.message + fix, messageW);
    if (fix) lines[lines.length - 1] = lines[lines.length - 1].slice(0, -fix.length) + c.green(fix);
    // The rule's name for the clerk, its id (for --rule and pbm explain) under it.
    table.push([cell, paint[f.severity](severity), lines.join("\n"), [...(r.name === f.ruleId ? [] : fit(r.name, ruleW)), ...splitId(f.ruleId, ruleW).map((l) => c.dim(l))].join("\n")]);
  }
  return table.toString();
}

const fit = (text: string, width: number) => wrap(text, Math.max(1, width));

/** A rule id over several lines, broken after its hyphens ("transfer-missing-" / "cost-indicator"). */
function splitId(id: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const part of id.match(/[^-]+-?/g) ?? [id]) {
    if (line && line.length + part.length > width) {
      lines.push(line);
      line = "";
    }
    line += part;
  }
  lines.push(line);
  return lines;
}

/**
 * Wraps by display width (a Chinese character is two columns) — cli-table3's own wrapping counts UTF-16
 * units and then truncates Chinese text. Chinese breaks anywhere; a Latin word or a number is kept whole.
 * No line is wider than `width`: closing punctuation never starts a line and opening punctuation never ends
 * one — the character before them moves down instead (kinsoku by pushing out, not by overhanging).
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line: string[] = [];
    let w = 0;
    for (const ch of para) {
      const cw = charWidth(ch);
      if (w + cw > width && line.length > 0) {
        if (ch === " ") {
          out.push(line.join("").trimEnd());
          line = [];
          w = 0;
          continue;
        }
        const cut = breakBefore(line, ch);
        out.push(line.slice(0, cut).join("").trimEnd());
        line = line.slice(cut);
        w = displayWidth(line.join(""));
      }
      line.push(ch);
      w += cw;
    }
    out.push(line.join(""));
  }
  return out;
}

/** Where the full `line` breaks when `ch` does not fit: the index the next line starts at. */
function breakBefore(line: string[], ch: string): number {
  let cut = line.length;
  const closing = NO_LINE_START.includes(ch);
  if (closing) while (cut > 0 && NO_LINE_START.includes(line[cut - 1])) cut--;
  if (closing || WORD_CHAR.test(ch)) {
    if (cut > 0 && WORD_CHAR.test(line[cut - 1])) while (cut > 0 && WORD_CHAR.test(line[cut - 1])) cut--;
    else if (closing && cut > 0) cut--;
  }
  while (cut > 0 && NO_LINE_END.includes(line[cut - 1])) cut--;
  // A word or a run of punctuation as long as the line: break where it is full.
  return cut === 0 ? line.length : cut;
}

const WORD_CHAR = /[\w.,%/:+\-–]/;
const NO_LINE_START = "，。；：、！？）》」』】〕”’,.;:!?)]}";
const NO_LINE_END = "（《「『【〔“‘([{";

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** East Asian wide and fullwidth characters take two columns (ambiguous ones like “ take one, as in string-width). */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x1100) return 1;
  return (cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd))
    ? 2
    : 1;
}

function indent(text: string, pad: string): string {
  return text
    .split("\n")
    .map((l) => pad + l)
    .join("\n");
}
