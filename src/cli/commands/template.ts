import { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT, UsageError, parseLang } from "../context.js";

interface TemplateFlags {
  kind: string;
  year?: string;
  output?: string;
  force?: boolean;
  lang?: string;
}

const KIND_NAMES = {
  project: { zh: "项目（政策）绩效目标表", en: "project (policy) target table" },
  transfer: { zh: "转移支付绩效目标表", en: "transfer-payment target table" },
  department: { zh: "部门整体绩效目标表", en: "department target table" },
} as const;

export function templateCommand(ctx: CliContext): Command {
  return new Command("template")
    .description("生成空白的标准绩效目标表 (write a blank standard target table)")
    .option("--kind <kind>", "project|transfer|department", "project")
    .option("--year <year>", "预算年度，默认明年 (budget year; default next year)")
    .option("-o, --output <file.xlsx>", "输出文件，默认 绩效目标表-<kind>-<year>.xlsx (output file)")
    .option("--force", "覆盖已存在的文件 (overwrite an existing file)")
    .option("--lang <zh|en>", "消息语言 (message language)")
    .action(async (flags: TemplateFlags) => {
      ctx.exitCode = await runTemplate(ctx, flags);
    });
}

async function runTemplate(ctx: CliContext, flags: TemplateFlags): Promise<number> {
  const lang = parseLang(flags.lang, ctx.env);
  const [{ TEMPLATE_MESSAGES, msg }, path, fs] = await Promise.all([import("../../fix/messages.js"), import("node:path"), import("node:fs")]);
  const kind = flags.kind as keyof typeof KIND_NAMES;
  if (!(kind in KIND_NAMES)) throw new UsageError(msg(TEMPLATE_MESSAGES.badKind, lang, { value: flags.kind }));
  const year = flags.year === undefined ? new Date().getFullYear() + 1 : Number(flags.year);
  if (flags.year !== undefined && !/^\d{4}$/.test(flags.year.trim())) throw new UsageError(msg(TEMPLATE_MESSAGES.badYear, lang, { value: flags.year }));
  const target = path.resolve(ctx.cwd, flags.output ?? `绩效目标表-${kind}-${year}.xlsx`);
  if (!/\.xlsx$/i.test(target)) throw new UsageError(msg(TEMPLATE_MESSAGES.badExt, lang, { file: target }));
  if (!flags.force && fs.existsSync(target)) throw new UsageError(msg(TEMPLATE_MESSAGES.exists, lang, { file: target }));

  const [{ buildTemplate }, { writeFileAtomic }] = await Promise.all([import("../../fix/template.js"), import("../../api/write-file.js")]);
  try {
    writeFileAtomic(target, buildTemplate(kind, year));
  } catch (err) {
    ctx.stderr.write(`${msg(TEMPLATE_MESSAGES.writeFailed, lang, { file: target, reason: (err as Error).message })}\n`);
    return EXIT.FATAL;
  }
  ctx.stdout.write(`${msg(TEMPLATE_MESSAGES.written, lang, { file: target, kindName: KIND_NAMES[kind][lang] })}\n`);
  return EXIT.OK;
}
