import { Command, Option } from "commander";
import type { CliContext } from "../context.js";
import { parseLang, UsageError } from "../context.js";

const collect = (v: string, prev: string[]) => [...prev, v];

function positiveInt(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} 应为正整数 (must be a positive integer): ${v}`);
    return n;
  };
}

/** Maps audit's own usage errors and config errors to exit 2 with a localized message. */
export async function mapAuditErrors(lang: "zh" | "en", run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    const e = err as { name?: string; localized?: (l: "zh" | "en") => string };
    if ((e?.name === "AuditUsageError" || e?.name === "ConfigError" || e?.name === "DepartmentMapError") && typeof e.localized === "function") throw new UsageError(e.localized(lang));
    throw err;
  }
}

export function auditCommand(ctx: CliContext): Command {
  return new Command("audit")
    .description("批量审核：并行检查整个文件夹，按部门汇总并生成 xlsx / html / json 报告 (batch audit of many files, with per-department reports)")
    .argument("<paths...>", "文件夹、文件或通配符 (folders, files or globs)")
    .option("-j, --jobs <n>", "工作线程数，默认每个 CPU 核一个 (worker threads; default one per core)", positiveInt("--jobs"))
    .option("--max-memory <mb>", "每个工作线程的堆内存上限 MB (heap limit per worker)", positiveInt("--max-memory"), 1024)
    .option("--timeout <s>", "每个文件的处理时限（秒）(time limit per file, seconds)", positiveInt("--timeout"), 120)
    .addOption(new Option("--group-by <how>", "汇总方式 (group by)").choices(["department", "folder", "file"]).default("department"))
    .addOption(new Option("-f, --format <format>", "标准输出格式 (stdout format)").choices(["summary", "json"]).default("summary"))
    .option("-r, --report <file>", "写出报告，格式由扩展名决定：.xlsx .html .json，可多次指定 (write a report; repeatable)", collect, [])
    .option("--shard <i/n>", "只检查第 i 份（共 n 份）文件，用于分机运行后 pbm merge (check shard i of n)")
    .option("--departments <file>", "部门对照表：编码或名称 → 标准部门名称（JSON、CSV 或 xlsx）(department mapping file)")
    .option("--history <file>", "历年审核记录（SQLite 数据库），报告新增、已整改、仍存在的问题 (SQLite history of runs)")
    .option("--resume", "接着完成上次中断的审核，已检查的文件不再重复 (continue an interrupted run)", false)
    .option("--work-dir <dir>", "中间结果所在的文件夹，默认 .pbm-audit (where the run's spool lives)")
    .option("-c, --config <file>", "配置文件 (config file)")
    .option("--lang <lang>", "消息语言 zh | en (message language)")
    .option("-q, --quiet", "不显示进度 (no progress output)", false)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      const lang = parseLang(o.lang as string | undefined, ctx.env);
      const { runAudit } = await import("../../audit/run.js");
      ctx.exitCode = await mapAuditErrors(lang, () =>
        runAudit(
          paths,
          {
            jobs: o.jobs as number | undefined,
            maxMemoryMb: o.maxMemory as number,
            timeoutS: o.timeout as number,
            groupBy: o.groupBy as "department" | "folder" | "file",
            format: o.format as "summary" | "json",
            reports: o.report as string[],
            shard: o.shard as string | undefined,
            config: o.config as string | undefined,
            departments: o.departments as string | undefined,
            history: o.history as string | undefined,
            resume: o.resume === true,
            workDir: o.workDir as string | undefined,
            lang,
            quiet: o.quiet === true,
          },
          ctx,
        ),
      );
    });
}
