import { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT, parseLang } from "../context.js";

interface WebFlags {
  output?: string;
  open?: boolean;
  force?: boolean;
  lang?: string;
}

export function webCommand(ctx: CliContext): Command {
  return new Command("web")
    .description("写出离线网页版：拖入表格即可在浏览器中检查 (write the offline page: drop tables into a browser to check them)")
    .option("-o, --output <file.html>", "输出文件，默认 pbm.html (output file; default pbm.html)")
    .option("--open", "写出后用默认浏览器打开 (open it in the default browser)")
    .option("--force", "覆盖已存在的其他文件 (overwrite a file that is not pbm's page)")
    .option("--lang <zh|en>", "消息语言 (message language)")
    .action(async (flags: WebFlags) => {
      ctx.exitCode = await runWeb(ctx, flags);
    });
}

/** The page is built once (npm run build:web) and shipped in dist/web; this copies it where the clerk wants it. */
async function runWeb(ctx: CliContext, flags: WebFlags): Promise<number> {
  const lang = parseLang(flags.lang, ctx.env);
  const [{ cliMessage }, path, fs, { packageFile }] = await Promise.all([import("../../i18n/cli.js"), import("node:path"), import("node:fs"), import("../package-file.js")]);
  const source = packageFile("dist/web/pbm.html");
  let page: Buffer;
  try {
    page = fs.readFileSync(source);
  } catch {
    ctx.stderr.write(`${cliMessage("webMissing", lang, { file: source })}\n`);
    return EXIT.FATAL;
  }
  const target = path.resolve(ctx.cwd, flags.output ?? "pbm.html");
  if (!flags.force && fs.existsSync(target) && !isPbmPage(fs.readFileSync(target))) {
    ctx.stderr.write(`${cliMessage("webNotOurs", lang, { file: target })}\n`);
    return EXIT.FATAL;
  }
  const { writeFileAtomic } = await import("../../api/write-file.js");
  try {
    writeFileAtomic(target, page);
  } catch (err) {
    ctx.stderr.write(`${cliMessage("outputFailed", lang, { file: target, reason: (err as Error).message })}\n`);
    return EXIT.FATAL;
  }
  ctx.stdout.write(`${cliMessage("webWrote", lang, { file: target })}\n`);
  if (flags.open) {
    const failed = await openInBrowser(target, ctx.env);
    if (failed) ctx.stderr.write(`${cliMessage("webOpenFailed", lang, { file: target, reason: failed })}\n`);
  }
  return EXIT.OK;
}

/** An earlier copy of the page (any version) may be replaced; anything else only with --force. */
function isPbmPage(bytes: Buffer): boolean {
  return /<meta name="generator" content="pbm [^"]*">/.test(bytes.subarray(0, 4096).toString("utf8"));
}

/** The system's own way to open a file with its default program; the reason when it could not be started. */
async function openInBrowser(file: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const { spawn } = await import("node:child_process");
  const [cmd, args] =
    process.platform === "win32" ? ["cmd", ["/c", "start", "", file]] : process.platform === "darwin" ? ["open", [file]] : ["xdg-open", [file]];
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: "ignore", detached: true, windowsHide: true });
    child.once("error", (err) => resolve(err.message));
    child.once("spawn", () => {
      child.unref();
      resolve(null);
    });
  });
}
