/**
 * The CLI: argv → command → exit code. Each command lives in ./commands/<name>.ts,
 * declares its options there and imports its heavy implementation lazily, so
 * `pbm --help` and a one-file `pbm validate` start fast.
 */
import { Command, CommanderError } from "commander";
import { type CliContext, type CliIO, EXIT, UsageError } from "./context.js";
import { auditCommand } from "./commands/audit.js";
import { explainCommand } from "./commands/explain.js";
import { fixCommand } from "./commands/fix.js";
import { initCommand } from "./commands/init.js";
import { mergeCommand } from "./commands/merge.js";
import { normalizeCommand } from "./commands/normalize.js";
import { rulesCommand } from "./commands/rules.js";
import { templateCommand } from "./commands/template.js";
import { validateCommand } from "./commands/validate.js";
import { webCommand } from "./commands/web.js";
import { pbmVersion } from "../api/version.js";

function usagePrefix(env: NodeJS.ProcessEnv, argv: string[]): string {
  const en = argv.some((a, i) => (a === "--lang" && /^en/i.test(argv[i + 1] ?? "")) || /^--lang=en/i.test(a));
  return en || /^en/i.test(env.PBM_LANG ?? "") ? "Usage error: " : "用法错误：";
}

export async function main(argv: string[], io?: Partial<CliIO>): Promise<number> {
  const ctx: CliContext = {
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    // A getter: process.stdin opens a stream (≈ 5 ms), and only --stdin reads it.
    get stdin() {
      return io?.stdin ?? process.stdin;
    },
    cwd: io?.cwd ?? process.cwd(),
    env: io?.env ?? process.env,
    exitCode: EXIT.OK,
    debug: argv.includes("--debug"),
  };
  const program = new Command("pbm")
    .description("pbm — 绩效目标表检查工具 (budget performance target table linter)\n任何命令都可加 --debug 显示技术细节 (add --debug to any command for stack traces)")
    .version(pbmVersion(), "-v, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void ctx.stdout.write(s),
      writeErr: (s) => void ctx.stderr.write(s),
      outputError: (s, write) => write(usagePrefix(ctx.env, argv) + s.replace(/^error: /, "")),
    });
  for (const make of [
    validateCommand,
    normalizeCommand,
    auditCommand,
    mergeCommand,
    fixCommand,
    templateCommand,
    rulesCommand,
    explainCommand,
    initCommand,
    webCommand,
  ]) {
    program.addCommand(make(ctx).copyInheritedSettings(program));
  }
  try {
    await program.parseAsync(argv.filter((a) => a !== "--debug"), { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.OK : EXIT.FATAL;
    }
    if (err instanceof UsageError) {
      ctx.stderr.write(`${usagePrefix(ctx.env, argv)}${err.message}\n`);
      return EXIT.FATAL;
    }
    const e = err as Error;
    ctx.stderr.write(`pbm 内部错误 (internal error): ${e?.message ?? String(err)}\n`);
    if (ctx.debug && e?.stack) ctx.stderr.write(`${e.stack}\n`);
    else ctx.stderr.write("加 --debug 可查看技术细节 (add --debug for details)\n");
    return EXIT.FATAL;
  }
}
