/** The default terminal format: findings grouped by file and table, in tables a clerk can read. */
import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Finding, Lang, RuleInfo, Severity } from "../model/finding.js";
import { labels } from "./labels.js";
import { statisticsRows } from "./statistics.js";
import type { Reporter } from "./types.js";
import { countFindings, displayPath, groupByTable, ruleName, sheetRef, type TableGroup } from "./util.js";

// cli-table3 would colour heads and borders through @colors/colors, which inspects the process itself.
const PLAIN_STYLE = { head: [] as string[], border: [] as string[] };

const stylish: Reporter = (report, ctx) => {
  // Never the global chalk: it sniffs the process; the CLI has decided about colour already.
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
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
      out.push(`  ${groupTitle(g, ctx.lang, c)}`);
      out.push(indent(findingsTable(g.findings, ctx.lang, ctx.rules, c, paint), "  "));
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
      const name = ruleName(ctx.rules, r.ruleId, ctx.lang);
      t.push([name === r.ruleId ? r.ruleId : `${name} ${c.dim(r.ruleId)}`, r.error, r.warning, r.info, r.total]);
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

function groupTitle(g: TableGroup, lang: Lang, c: ChalkInstance): string {
  const L = labels(lang);
  if (g.title === null) return c.bold(L.fileLevel);
  const parts: string[] = [];
  if (g.sheet !== null) parts.push(`${L.sheet} ${g.range ? sheetRef(g.sheet, g.range) : g.sheet}`);
  if (g.indicatorCount !== null) parts.push(`${g.indicatorCount} ${L.indicators}`);
  return c.bold(g.title) + (parts.length ? c.dim(` · ${parts.join(" · ")}`) : "");
}

function findingsTable(findings: Finding[], lang: Lang, rules: readonly RuleInfo[], c: ChalkInstance, paint: Record<Severity, (s: string) => string>): string {
  const L = labels(lang);
  const table = new Table({
    head: [L.head.cell, L.head.severity, L.head.message, L.head.rule].map((h) => c.bold(h)),
    style: PLAIN_STYLE,
  });
  for (const f of findings) {
    const cell = f.location ? (f.location.cell ? f.location.cell : L.wholeTable) : "—";
    const fix = f.fix?.kind === "safe" ? ` [${L.fix}]` : "";
    const lines = wrap(f.message + fix, MESSAGE_WIDTH);
    if (fix) lines[lines.length - 1] = lines[lines.length - 1].slice(0, -fix.length) + c.green(fix);
    // The rule's name for the clerk, its id (for --rule and pbm explain) under it.
    const name = ruleName(rules, f.ruleId, lang);
    table.push([cell, paint[f.severity](L.severity[f.severity]), lines.join("\n"), name === f.ruleId ? c.dim(f.ruleId) : `${name}\n${c.dim(f.ruleId)}`]);
  }
  return table.toString();
}

const MESSAGE_WIDTH = 60;

/**
 * Wraps by display width (a Chinese character is two columns) — cli-table3's own wrapping counts UTF-16
 * units and then truncates Chinese text. Chinese breaks anywhere; a Latin word or a number is kept whole.
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line = "";
    let w = 0;
    for (const ch of para) {
      const cw = charWidth(ch);
      // Closing punctuation never starts a line (kinsoku): it may overhang by one character.
      if (w + cw > width && line !== "" && !NO_LINE_START.includes(ch)) {
        if (ch === " ") {
          out.push(line.trimEnd());
          line = "";
          w = 0;
          continue;
        }
        const word = WORD_CHAR.test(ch) ? (/[\w.,%/:+-]+$/.exec(line)?.[0] ?? "") : "";
        const keep = word.length > 0 && word.length < line.length ? line.slice(0, -word.length) : line;
        out.push(keep.trimEnd());
        line = line.slice(keep.length);
        w = displayWidth(line);
      }
      line += ch;
      w += cw;
    }
    out.push(line);
  }
  return out;
}

const WORD_CHAR = /[\w.,%/:+-]/;
const NO_LINE_START = "，。；：、！？）》」』”’,.;:!?)";

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
