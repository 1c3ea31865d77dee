import { Command, Option } from "commander";
import type { CliContext } from "../context.js";
import { EXIT, UsageError, outputWidth, parseLang } from "../context.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ValidateFlags {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  lang?: string;
  config?: string;
  rule?: string[];
  ignorePattern?: string[];
  stdin?: boolean;
  stdinFilename?: string;
  cache?: boolean;
  cacheLocation: string;
  statistics?: boolean;
  errorOnUnmatchedPattern: boolean;
  color?: boolean;
  fixDryRun?: boolean;
  budgetYear?: string;
}

export function validateCommand(ctx: CliContext): Command {
  return new Command("validate")
    .description("检查绩效目标表 (check performance target tables)")
    .argument("[files...]", "文件、文件夹或通配符 (files, folders or globs)")
    .option("-f, --format <name>", "输出格式 stylish|compact|json|jsonl|sarif|junit|github|gitlab|markdown|html", "stylish")
    .option("-o, --output-file <path>", "把报告写入文件 (write the report to a file)")
    .option("--max-warnings <n>", "警告超过 n 条时退出码为 1 (exit 1 when warnings exceed n)")
    .option("--quiet", "只报告错误 (report errors only)")
    .option("--lang <zh|en>", "消息语言 (message language)")
    .option("-c, --config <path>", "配置文件 (config file; default: pbm.config.json in this or a parent folder)")
    .option("--rule <id:severity>", "覆盖规则级别，可重复 (override a rule's severity; repeatable)", collect)
    .option("--ignore-pattern <glob>", "跳过匹配的文件，可重复 (skip matching files; repeatable)", collect)
    .option("--stdin", "从标准输入读取文件内容 (read the file's bytes from standard input)")
    .option("--stdin-filename <name>", "标准输入的文件名 (name for standard input)")
    .option("--cache", "只重新检查有变化的文件 (re-check only changed files)")
    .option("--cache-location <path>", "缓存文件 (cache file)", ".pbmcache")
    .option("--statistics", "按规则统计 (count per rule)")
    .option("--no-error-on-unmatched-pattern", "通配符没有匹配时不报错 (no error when a pattern matches nothing)")
    .addOption(new Option("--color", "强制彩色输出 (force colour)"))
    .addOption(new Option("--no-color", "关闭彩色输出 (no colour)"))
    .option("--fix-dry-run", "标出可自动修复的问题；json 格式附带修改内容 (mark fixable findings; json includes the edits)")
    .option("--budget-year <year>", "检查完成时限所依据的预算年度 (budget year for deadline checks)")
    .action(async (files: string[], flags: ValidateFlags) => {
      ctx.exitCode = await runValidate(ctx, files, flags);
    });
}

function parseFlags(flags: ValidateFlags, msg: (id: string, data?: Record<string, string | number>) => string) {
  let maxWarnings = -1;
  if (flags.maxWarnings !== undefined) {
    if (!/^\d+$/.test(flags.maxWarnings.trim())) throw new UsageError(msg("badNumber", { flag: "--max-warnings", value: flags.maxWarnings }));
    maxWarnings = Number(flags.maxWarnings);
  }
  let budgetYear: number | undefined;
  if (flags.budgetYear !== undefined) {
    if (!/^\d{4}$/.test(flags.budgetYear.trim())) throw new UsageError(msg("badYear", { flag: "--budget-year", value: flags.budgetYear }));
    budgetYear = Number(flags.budgetYear);
  }
  // Only the shape id:severity is checked here; the words are the config's, checked by config/resolve.ts.
  const cliRules: Record<string, string> = {};
  for (const r of flags.rule ?? []) {
    const m = /^\s*([^\s:=]+)\s*[:=]\s*(\S+)\s*$/.exec(r);
    if (!m) throw new UsageError(msg("badRule", { value: r }));
    cliRules[m[1]] = m[2];
  }
  return { maxWarnings, budgetYear, cliRules };
}

async function runValidate(ctx: CliContext, patterns: string[], flags: ValidateFlags): Promise<number> {
  if (flags.lang !== undefined && !/^(zh|en)/i.test(flags.lang)) {
    throw new UsageError((await import("../../i18n/cli.js")).cliMessage("badLang", parseLang(undefined, ctx.env), { value: flags.lang }));
  }
  const lang = parseLang(flags.lang, ctx.env);
  const [{ cliMessage }, path, fs] = await Promise.all([import("../../i18n/cli.js"), import("node:path"), import("node:fs")]);
  const msg = (id: string, data?: Record<string, string | number>) => cliMessage(id as Parameters<typeof cliMessage>[0], lang, data);
  const { maxWarnings, budgetYear, cliRules } = parseFlags(flags, msg);

  const { isFormat, getReporter, FORMATS } = await import("../../report/index.js");
  if (!isFormat(flags.format)) throw new UsageError(msg("badFormat", { format: flags.format, formats: FORMATS.join(", ") }));
  if (flags.stdin && patterns.length) throw new UsageError(msg("stdinWithPatterns", { patterns: patterns.join(" ") }));
  if (!flags.stdin && patterns.length === 0) throw new UsageError(msg("noPatterns"));

  const { openConfig } = await import("../../config/open.js");
  const { ConfigError } = await import("../../config/error.js");
  let config;
  try {
    config = await openConfig({ cwd: ctx.cwd, configPath: flags.config, cliRules, budgetYear });
  } catch (err) {
    if (err instanceof ConfigError) {
      ctx.stderr.write(`${err.localized(lang)}\n`);
      return EXIT.FATAL;
    }
    throw err;
  }

  const { validateFiles, summarize } = await import("../../api/validate-files.js");
  let report: import("../../model/finding.js").ValidateReport;
  let inputs: string[] = [];
  if (flags.stdin) {
    const chunks: Buffer[] = [];
    for await (const c of ctx.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
    const name = flags.stdinFilename ? path.resolve(ctx.cwd, flags.stdinFilename) : "<stdin>";
    const { validateBytes } = await import("../../api/validate-file.js");
    const { report: file } = await validateBytes(new Uint8Array(Buffer.concat(chunks)), name, { config, lang });
    report = { files: [file], summary: summarize([file]) };
    if (flags.stdinFilename) inputs = [name];
  } else {
    const { discoverFiles } = await import("../../api/discover.js");
    const cliIgnore = [...(flags.ignorePattern ?? []), ...readPbmignore(fs, path.join(ctx.cwd, ".pbmignore"))];
    const found = await discoverFiles(patterns, { cwd: ctx.cwd, ignore: cliIgnore, config });
    const output = flags.outputFile ? path.resolve(ctx.cwd, flags.outputFile) : undefined;
    // A report written into the searched folder by an earlier run (-f html -o report.html) is not an input
    // and may be replaced. A file there that holds a table is an input: named or found, the write is refused.
    const named = new Set(patterns.map((p) => path.resolve(ctx.cwd, p)));
    let oldReport = false;
    if (output && !named.has(output) && found.files.includes(output)) {
      const { normalizeFile } = await import("../../api/normalize-files.js");
      const existing = await normalizeFile(output, { lang });
      oldReport = existing.error === null && existing.tables.length === 0;
    }
    const files = found.files.filter((f) => !(f === output && oldReport));
    if (found.unmatched.length && flags.errorOnUnmatchedPattern) {
      ctx.stderr.write(`${msg("unmatched", { patterns: found.unmatched.join(", ") })}\n`);
      return EXIT.FATAL;
    }
    if (files.length === 0) ctx.stderr.write(`${msg("noFiles")}\n`);
    inputs = files;
    if (output) {
      const { isInputFile } = await import("../../api/write-file.js");
      if (isInputFile(output, inputs)) {
        ctx.stderr.write(`${msg("outputIsInput", { file: output })}\n`);
        return EXIT.FATAL;
      }
    }
    // A progress line only for people watching a terminal; CI logs and pipes stay clean.
    const progress = ctx.stderr.isTTY === true && !ctx.env.CI && files.length > 1;
    report = await validateFiles(files, {
      config,
      lang,
      cacheLocation: flags.cache ? path.resolve(ctx.cwd, flags.cacheLocation) : undefined,
      onNote: (m) => void ctx.stderr.write(`${m}\n`),
      onFile: progress ? (_f, i, n) => void ctx.stderr.write(`\r${msg("progress", { done: i, total: n })}`) : undefined,
    });
    if (progress) ctx.stderr.write("\r\u001b[K");
    if (ctx.debug) for (const f of report.files) if (f.cached) ctx.stderr.write(`${msg("cacheHit", { file: f.path })}\n`);
  }

  const { errors, warnings } = report.summary;
  // A file that could not be read fails the run even when its finding is turned off: never a silent pass.
  let exit: number = errors > 0 || report.files.some((f) => f.status === "error") ? EXIT.FINDINGS : EXIT.OK;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    exit = EXIT.FINDINGS;
    ctx.stderr.write(`${msg("tooManyWarnings", { warnings, max: maxWarnings })}\n`);
  }
  if (flags.quiet || !flags.fixDryRun) {
    const files = report.files.map((f) => ({
      ...f,
      findings: f.findings.filter((x) => !flags.quiet || x.severity === "error").map((x) => (flags.fixDryRun ? x : withoutFix(x))),
    }));
    report = { files, summary: summarize(files) };
  }

  const { pbmVersion } = await import("../../api/version.js");
  const { useColor } = await import("../color.js");
  const { ruleInfos } = await import("../../engine/catalogue.js");
  const rules = ruleInfos();
  const rctx = {
    cwd: ctx.cwd,
    lang,
    rules,
    color: flags.outputFile ? flags.color === true : useColor(flags.color, ctx.env, ctx.stdout),
    version: pbmVersion(),
    quiet: flags.quiet,
    statistics: flags.statistics,
    width: outputWidth(ctx.stdout, flags.outputFile !== undefined),
  };
  const text = (await getReporter(flags.format))(report, rctx);

  if (flags.outputFile) {
    const { writeFileAtomic, OutputIsInputError } = await import("../../api/write-file.js");
    const target = path.resolve(ctx.cwd, flags.outputFile);
    try {
      writeFileAtomic(target, text, { inputs });
    } catch (err) {
      if (err instanceof OutputIsInputError) ctx.stderr.write(`${msg("outputIsInput", { file: target })}\n`);
      else ctx.stderr.write(`${msg("outputFailed", { file: target, reason: (err as Error).message })}\n`);
      return EXIT.FATAL;
    }
    ctx.stderr.write(`${msg("wrote", { file: target })}\n`);
  } else {
    // `pbm validate … | head` closes the pipe early: that is the reader's choice, not a crash.
    ctx.stdout.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") ctx.stderr.write(`${msg("outputFailed", { file: "stdout", reason: err.message })}\n`);
    });
    ctx.stdout.write(text);
  }

  const summaryFile = ctx.env.GITHUB_STEP_SUMMARY;
  if (flags.format === "github" && summaryFile) {
    try {
      const md = (await getReporter("markdown"))(report, { ...rctx, color: false });
      fs.appendFileSync(summaryFile, md.endsWith("\n") ? md : `${md}\n`);
    } catch (err) {
      ctx.stderr.write(`${msg("stepSummaryFailed", { file: summaryFile, reason: (err as Error).message })}\n`);
    }
  }
  return exit;
}

function withoutFix<T extends { fix?: unknown }>(f: T): T {
  if (!("fix" in f)) return f;
  const { fix: _fix, ...rest } = f;
  return rest as T;
}

function readPbmignore(fs: typeof import("node:fs"), file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}
