/** `pbm merge`: shard JSON outputs → one audit, re-running the batch checks on the whole set. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AuditInput, AuditReport } from "../model/audit.js";
import type { FileReport } from "../model/finding.js";
import { materialize } from "../model/audit.js";
import { buildAuditView, memorySource } from "./build.js";
import { AuditUsageError } from "./errors.js";
import { emitAudit, planOutputs, type AuditIO, type OutputOptions } from "./output.js";

function readShard(file: string, cwd: string): AuditReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.resolve(cwd, file), "utf8").replace(/^\uFEFF/, ""));
  } catch (err) {
    const reason = (err as Error).message;
    throw new AuditUsageError({ zh: `无法读取分片结果 ${file}：${reason}`, en: `Cannot read shard result ${file}: ${reason}` });
  }
  const r = data as Partial<AuditReport>;
  if (!r || !Array.isArray(r.files) || !r.audit || !Array.isArray(r.audit.inputs)) {
    throw new AuditUsageError({
      zh: `${file} 不是 pbm audit --format json 的输出（缺少 audit.inputs）`,
      en: `${file} is not an output of pbm audit --format json (no audit.inputs)`,
    });
  }
  return r as AuditReport;
}

function mergeSource(shards: { file: string; report: AuditReport }[]) {
  const groupBy = shards[0].report.audit.groupBy;
  const other = shards.find((s) => s.report.audit.groupBy !== groupBy);
  if (other) {
    throw new AuditUsageError({
      zh: `分片的分组方式不一致：${shards[0].file} 按 ${groupBy}，${other.file} 按 ${other.report.audit.groupBy}`,
      en: `Shards are grouped differently: ${shards[0].file} by ${groupBy}, ${other.file} by ${other.report.audit.groupBy}`,
    });
  }
  const files = new Map<string, FileReport>();
  const inputs = new Map<string, AuditInput>();
  // A file present in two shards (overlapping runs) counts once.
  for (const s of shards) for (const f of s.report.files) if (!files.has(f.path)) files.set(f.path, f);
  for (const s of shards) for (const i of s.report.audit.inputs) if (!inputs.has(i.path)) inputs.set(i.path, i);
  return { groupBy, source: memorySource([...files.values()], [...inputs.values()]), scoring: shards[0].report.audit.scoring };
}

export function mergeReports(shards: { file: string; report: AuditReport }[], lang: OutputOptions["lang"]): AuditReport {
  const m = mergeSource(shards);
  return materialize(buildAuditView(m.source, { groupBy: m.groupBy, lang, scoring: m.scoring }));
}

export async function runMerge(jsonFiles: string[], opts: OutputOptions & { departments?: string }, io: AuditIO): Promise<number> {
  const outputs = planOutputs(opts, io.cwd);
  const shards = jsonFiles.map((file) => ({ file, report: readShard(file, io.cwd) }));
  const sources = new Set(jsonFiles.map((f) => path.resolve(io.cwd, f)));
  for (const o of outputs) {
    if (sources.has(o.file)) throw new AuditUsageError({ zh: `报告文件 ${o.file} 是输入文件，不能覆盖`, en: `The report file ${o.file} is one of the inputs; pbm never overwrites an input` });
  }
  const m = mergeSource(shards);
  // Shards keep what each table said (its claim), so the mapping is applied again on the whole set.
  const departments = opts.departments ? await (await import("./run.js")).loadDepartments(opts.departments, io.cwd, opts.lang) : null;
  return emitAudit(buildAuditView(m.source, { groupBy: m.groupBy, lang: opts.lang, scoring: m.scoring, departments }), outputs, opts, io);
}
