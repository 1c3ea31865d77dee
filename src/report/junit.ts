/**
 * JUnit XML for GitLab merge requests and Jenkins. GitLab keeps only the first of two test cases with
 * the same name, so every name carries the rule, the cell and the indicator; a clean file contributes a
 * passing case so it is counted. Errors and warnings fail; infos are reported as skipped (visible, not failing).
 */
import type { FileReport, Finding } from "../model/finding.js";
import { labels } from "./labels.js";
import type { ReportContext, Reporter } from "./types.js";
import { displayPath, groupByTable, ruleName, where } from "./util.js";
import { xmlAttr, xmlText } from "./xml.js";

const junit: Reporter = (report, ctx) => {
  const suites = report.files.map((file) => suite(file, ctx));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const skipped = suites.reduce((n, s) => n + s.skipped, 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="pbm" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...suites.map((s) => s.xml),
    `</testsuites>`,
    "",
  ].join("\n");
};
export default junit;

function suite(file: FileReport, ctx: ReportContext) {
  const L = labels(ctx.lang);
  const p = displayPath(file.path, ctx.cwd);
  const used = new Set<string>();
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const g of groupByTable(file))
    for (const f of g.findings) {
      const name = unique(caseName(f, p, ruleName(f.ruleId, ctx.rules, ctx.lang)), used);
      const text = detail(f, ctx);
      const head = `    <testcase classname="${xmlAttr(p)}" name="${xmlAttr(name)}" file="${xmlAttr(p)}" time="0">`;
      if (f.severity === "info") {
        skipped++;
        cases.push(`${head}\n      <skipped message="${xmlAttr(`${L.severity.info}${L.sep}${f.message}`)}"/>\n    </testcase>`);
      } else {
        failures++;
        cases.push(
          `${head}\n      <failure message="${xmlAttr(f.message)}" type="${xmlAttr(f.ruleId)}">${xmlText(text)}</failure>\n    </testcase>`,
        );
      }
    }
  if (failures === 0) cases.push(`    <testcase classname="${xmlAttr(p)}" name="${xmlAttr(unique(L.passed, used))}" file="${xmlAttr(p)}" time="0"/>`);
  const tests = cases.length;
  const xml = [
    `  <testsuite name="${xmlAttr(p)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...cases,
    `  </testsuite>`,
  ].join("\n");
  return { xml, tests, failures, skipped };
}

/** "operator-direction 表01!E14 担保机构满意度"; table-level: "rule 表02 （表名）"; file-level: "rule path". */
function caseName(f: Finding, path: string, name: string): string {
  const place = where(f) || path;
  const what = f.indicator ?? f.table;
  const rule = name === f.ruleId ? f.ruleId : `${name}（${f.ruleId}）`;
  return what ? `${rule} ${place} ${what}` : `${rule} ${place}`;
}

function unique(name: string, used: Set<string>): string {
  let n = name;
  for (let i = 2; used.has(n); i++) n = `${name} (${i})`;
  used.add(n);
  return n;
}

function detail(f: Finding, ctx: ReportContext): string {
  const L = labels(ctx.lang);
  const lines = [`${L.severity[f.severity]}${L.sep}${f.message}`];
  const place = where(f);
  if (place) lines.push(`${L.place}${L.sep}${place}`);
  if (f.table) lines.push(`${L.table}${L.sep}${f.table}`);
  const name = ruleName(f.ruleId, ctx.rules, ctx.lang);
  lines.push(`${L.head.rule}${L.sep}${name === f.ruleId ? "" : `${name} `}${f.ruleId} (${f.category})`);
  return lines.join("\n");
}
