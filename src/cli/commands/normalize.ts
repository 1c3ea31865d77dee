import { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT, UsageError, parseLang } from "../context.js";
import type { Lang } from "../../model/finding.js";
import { localize } from "../../i18n/format.js";

const FORMATS = ["json", "jsonl", "csv"] as const;

const MESSAGES = {
  noPatterns: {
    zh: "请指定要读取的文件、文件夹或通配符，例如：pbm normalize 绩效目标表.xlsx",
    en: "Name the files, folders or globs to read, e.g. pbm normalize targets.xlsx",
  },
  unmatched: { zh: "没有找到匹配的文件：{patterns}", en: "No files match: {patterns}" },
  badFormat: { zh: "未知的输出格式 “{format}”；可用格式：json, jsonl, csv", en: "Unknown format \"{format}\"; formats: json, jsonl, csv" },
  badLang: { zh: "--lang 只支持 zh 或 en，收到 “{value}”", en: "--lang takes zh or en, got \"{value}\"" },
  outputIsInput: {
    zh: "拒绝写入 {file}：它是被读取的输入文件之一。请换一个输出文件名",
    en: "Refusing to write {file}: it is one of the input files. Choose another output file",
  },
  outputFailed: { zh: "无法写入输出文件 {file}：{reason}", en: "Cannot write the output file {file}: {reason}" },
  wrote: { zh: "结果已写入 {file}", en: "Records written to {file}" },
  unreadable: { zh: "{count} 个文件无法读取", en: "{count} file(s) could not be read" },
} as const;

type MessageId = keyof typeof MESSAGES;

function say(id: MessageId, lang: Lang, data: Record<string, string | number> = {}): string {
  return localize(MESSAGES[id], lang, data);
}

interface NormalizeFlags {
  format: string;
  lang?: string;
  output?: string;
}

export function normalizeCommand(ctx: CliContext): Command {
  return new Command("normalize")
    .description("读取绩效目标表并输出规范化的指标记录 (read the tables and print normalized indicator records)")
    .argument("[files...]", "文件、文件夹或通配符 (files, folders or globs)")
    .option("-f, --format <name>", "输出格式 json|jsonl|csv (output format)", "json")
    .option("--lang <zh|en>", "消息语言 (message language)")
    .option("-o, --output <file>", "写入文件而不是标准输出 (write to a file instead of standard output)")
    .addHelpText(
      "after",
      [
        "",
        "格式 (formats):",
        "  json   {\"files\":[{\"path\",\"format\",\"encoding\",\"error\",\"tables\":[…]}]}  (schemas/normalize-output.schema.json)",
        "  jsonl  每个表一行 one line per table: {\"path\",\"format\",\"encoding\",\"error\",\"table\"};",
        "         无法读取的文件一行 an unreadable file is one line with \"error\" and \"table\": null",
        "  csv    每个指标一行，带表的列 one row per indicator with its table's columns (UTF-8 BOM);",
        "         以 = + @ 开头的文字前加 ' 以免被 Excel 当作公式 text starting with = + @ gets a leading '",
        "",
        "退出码 (exit codes): 0 全部读取 all files read; 1 有文件无法读取 some could not be read; 2 用法错误 usage error",
      ].join("\n"),
    )
    .action(async (files: string[], flags: NormalizeFlags) => {
      ctx.exitCode = await runNormalize(ctx, files, flags);
    });
}

async function runNormalize(ctx: CliContext, patterns: string[], flags: NormalizeFlags): Promise<number> {
  if (flags.lang !== undefined && !/^(zh|en)/i.test(flags.lang)) throw new UsageError(say("badLang", "zh", { value: flags.lang }));
  const lang = parseLang(flags.lang, ctx.env);
  const format = flags.format.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(say("badFormat", lang, { format: flags.format }));
  if (patterns.length === 0) throw new UsageError(say("noPatterns", lang));

  const [path, { discoverFiles }] = await Promise.all([import("node:path"), import("../../api/discover.js")]);
  const found = await discoverFiles(patterns, { cwd: ctx.cwd });
  if (found.unmatched.length) throw new UsageError(say("unmatched", lang, { patterns: found.unmatched.join(", ") }));

  const target = flags.output ? path.resolve(ctx.cwd, flags.output) : null;
  const writer = target ? await import("../../api/write-file.js") : null;
  if (target && writer?.isInputFile(target, found.files)) {
    ctx.stderr.write(`${say("outputIsInput", lang, { file: target })}\n`);
    return EXIT.FATAL;
  }

  const { normalizeFile, formatNormalizeOutput } = await import("../../api/normalize-files.js");
  const shown = (abs: string) => {
    const rel = path.relative(ctx.cwd, abs);
    return (rel && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join("/");
  };
  const out = { files: [] as Awaited<ReturnType<typeof normalizeFile>>[] };
  for (const file of found.files) out.files.push(await normalizeFile(file, { lang, name: shown(file) }));
  const text = formatNormalizeOutput(out, format as (typeof FORMATS)[number]);

  if (target && writer) {
    try {
      writer.writeFileAtomic(target, text, { inputs: found.files });
    } catch (err) {
      const id = err instanceof writer.OutputIsInputError ? "outputIsInput" : "outputFailed";
      ctx.stderr.write(`${say(id, lang, { file: target, reason: (err as Error).message })}\n`);
      return EXIT.FATAL;
    }
    ctx.stderr.write(`${say("wrote", lang, { file: target })}\n`);
  } else {
    ctx.stdout.write(text);
  }
  const failed = out.files.filter((f) => f.error);
  for (const f of failed) ctx.stderr.write(`${f.error!.message}\n`);
  if (failed.length) ctx.stderr.write(`${say("unreadable", lang, { count: failed.length })}\n`);
  return failed.length ? EXIT.FINDINGS : EXIT.OK;
}
