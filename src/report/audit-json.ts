/**
 * The audit JSON written piece by piece from the view: byte for byte what
 * `JSON.stringify(materialize(view), null, 2)` gives, without building that object.
 */
import type { AuditView } from "../model/audit.js";

const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

export function auditJsonStream(v: AuditView, emit: (chunk: string) => void): void {
  const val = (x: unknown, pad: string) => indent(JSON.stringify(x, null, 2), pad);
  const array = (items: Iterable<unknown>, pad: string) => {
    let n = 0;
    let buf: string[] = [];
    for (const x of items) {
      buf.push(`${n++ ? "," : ""}\n${pad}  ${val(x, `${pad}  `)}`);
      if (buf.length >= 64) {
        emit(buf.join(""));
        buf = [];
      }
    }
    emit(buf.join("") + (n ? `\n${pad}]` : "]"));
  };
  const object = (entries: Iterable<[string, unknown]>, pad: string) => {
    let n = 0;
    let buf: string[] = [];
    for (const [k, x] of entries) {
      buf.push(`${n++ ? "," : ""}\n${pad}  ${JSON.stringify(k)}: ${val(x, `${pad}  `)}`);
      if (buf.length >= 256) {
        emit(buf.join(""));
        buf = [];
      }
    }
    emit(buf.join("") + (n ? `\n${pad}}` : "}"));
  };
  const paths = function* () {
    for (const f of v.files()) yield f.path;
  };
  const { groupBy, groups, rules, categories, scoring, history } = v.head;
  emit(`{\n  "files": [`);
  array(v.files(), "  ");
  emit(`,\n  "summary": ${val(v.summary, "  ")},\n  "audit": {\n    "groupBy": ${JSON.stringify(groupBy)},\n    "groups": ${val(groups, "    ")},\n    "rules": ${val(rules, "    ")},\n    "categories": ${val(categories, "    ")},\n    "fileGroups": {`);
  object((function* () { for (const p of paths()) yield [p, v.groupOf(p, null)] as [string, unknown]; })(), "    ");
  emit(`,\n    "tableGroups": {`);
  object((function* () { for (const p of paths()) { const t = v.tableGroupsOf(p); if (t) yield [p, t] as [string, unknown]; } })(), "    ");
  emit(`,\n    "guessed": {`);
  object((function* () { for (const p of paths()) { const g = v.guessOf(p); if (g !== undefined) yield [p, g] as [string, unknown]; } })(), "    ");
  emit(`,\n    "scoring": ${val(scoring, "    ")},`);
  if (history) emit(`\n    "history": ${val(history, "    ")},`);
  emit(`\n    "inputs": [`);
  array(v.inputs(), "    ");
  emit(`\n  }\n}\n`);
}
