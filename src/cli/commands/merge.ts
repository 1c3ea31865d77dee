import { Command, Option } from "commander";
import type { CliContext } from "../context.js";
import { parseLang } from "../context.js";
import { mapAuditErrors } from "./audit.js";

const collect = (v: string, prev: string[]) => [...prev, v];

export function mergeCommand(ctx: CliContext): Command {
  return new Command("merge")
    .description("合并 pbm audit --shard 的 JSON 结果，生成与一次完整运行相同的报告 (merge shard results of pbm audit)")
    .argument("<json...>", "各分片的 pbm audit --format json 输出 (shard JSON outputs)")
    .addOption(new Option("-f, --format <format>", "标准输出格式 (stdout format)").choices(["summary", "json"]).default("summary"))
    .option("-r, --report <file>", "写出报告，格式由扩展名决定：.xlsx .html .json，可多次指定 (write a report; repeatable)", collect, [])
    .option("--departments <file>", "部门对照表，与 pbm audit 的相同 (department mapping file, as for pbm audit)")
    .option("--lang <lang>", "消息语言 zh | en (message language)")
    .option("-q, --quiet", "不显示提示信息 (no notes on stderr)", false)
    .action(async (files: string[], o: Record<string, unknown>) => {
      const lang = parseLang(o.lang as string | undefined, ctx.env);
      const { runMerge } = await import("../../audit/merge.js");
      ctx.exitCode = await mapAuditErrors(lang, () =>
        runMerge(files, { format: o.format as "summary" | "json", reports: o.report as string[], lang, quiet: o.quiet === true, departments: o.departments as string | undefined }, ctx),
      );
    });
}
