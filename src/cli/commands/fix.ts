import { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT, UsageError, parseLang } from "../context.js";

interface FixFlags {
  output?: string;
  inPlace?: boolean;
  dryRun?: boolean;
  format: string;
  lang?: string;
  config?: string;
}

export function fixCommand(ctx: CliContext): Command {
  return new Command("fix")
    .description("自动修复有唯一正确答案的问题，写入副本 (apply safe fixes to a copy of each file)")
    .argument("<files...>", "文件、文件夹或通配符 (files, folders or globs)")
    .option("-o, --output <path>", "副本路径，仅限一个输入文件 (path of the fixed copy; one input file only)")
    .option("--in-place", "先备份为 <名称>.bak.<扩展名>，再就地修改 (keep a .bak backup, then fix the file itself)")
    .option("--dry-run", "只列出将要进行的修改，不写任何文件 (list the changes, write nothing)")
    .option("-f, --format <name>", "输出格式 text|json (output format)", "text")
    .option("--lang <zh|en>", "消息语言 (message language)")
    .option("-c, --config <path>", "配置文件 (config file; default: pbm.config.json in this or a parent folder)")
    .action(async (files: string[], flags: FixFlags) => {
      ctx.exitCode = await runFix(ctx, files, flags);
    });
}

async function runFix(ctx: CliContext, patterns: string[], flags: FixFlags): Promise<number> {
  const lang = parseLang(flags.lang, ctx.env);
  const [{ FIX_MESSAGES, msg }, path] = await Promise.all([import("../../fix/messages.js"), import("node:path")]);
  if (flags.format !== "text" && flags.format !== "json") throw new UsageError(msg(FIX_MESSAGES.badFormat, lang, { value: flags.format }));
  if (flags.output && flags.inPlace) throw new UsageError(msg(FIX_MESSAGES.outputAndInPlace, lang));

  const { openConfig } = await import("../../config/open.js");
  const { ConfigError } = await import("../../config/error.js");
  let config;
  try {
    config = await openConfig({ cwd: ctx.cwd, configPath: flags.config });
  } catch (err) {
    if (err instanceof ConfigError) {
      ctx.stderr.write(`${err.localized(lang)}\n`);
      return EXIT.FATAL;
    }
    throw err;
  }

  const { discoverFiles } = await import("../../api/discover.js");
  // The config's ignore patterns apply as in pbm validate.
  const { files } = await discoverFiles(patterns, { cwd: ctx.cwd, config });
  if (files.length === 0) throw new UsageError(msg(FIX_MESSAGES.noFiles, lang, { patterns: patterns.join(" ") }));
  if (flags.output && files.length > 1) throw new UsageError(msg(FIX_MESSAGES.oneOutput, lang, { count: files.length }));

  const { fixFiles, renderFixText } = await import("../../fix/run-fix.js");
  const { report, writeFailures } = await fixFiles(files, {
    config,
    lang,
    dryRun: flags.dryRun,
    inPlace: flags.inPlace,
    output: flags.output ? path.resolve(ctx.cwd, flags.output) : undefined,
  });
  ctx.stdout.write(flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderFixText(report, lang));
  if (writeFailures > 0) return EXIT.FATAL;
  return report.summary.remainingErrors > 0 ? EXIT.FINDINGS : EXIT.OK;
}
