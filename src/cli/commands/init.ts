import { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT, parseLang } from "../context.js";

export function initCommand(ctx: CliContext): Command {
  return new Command("init")
    .description("在当前文件夹创建 pbm.config.json (create pbm.config.json here)")
    .option("--lang <zh|en>", "语言 (language)")
    .action(async (flags: { lang?: string }) => {
      const lang = parseLang(flags.lang, ctx.env);
      const [path, fs, { packageFile }, { cliMessage }, { writeFileAtomic }, { CONFIG_FILE_NAME, CONFIG_FILE_NAMES }] = await Promise.all([
        import("node:path"),
        import("node:fs"),
        import("../package-file.js"),
        import("../../i18n/cli.js"),
        import("../../api/write-file.js"),
        import("../../config/find.js"),
      ]);
      const target = path.join(ctx.cwd, CONFIG_FILE_NAME);
      // A pbm.config.yaml here would be shadowed by the new file without a word.
      const existing = CONFIG_FILE_NAMES.map((n) => path.join(ctx.cwd, n)).find((f) => fs.existsSync(f));
      if (existing) {
        ctx.stderr.write(`${cliMessage("initExists", lang, { file: existing })}\n`);
        ctx.exitCode = EXIT.FATAL;
        return;
      }
      const schema = packageFile("schemas/pbm.config.schema.json");
      let ref = path.relative(ctx.cwd, schema).split(path.sep).join("/");
      if (!ref.startsWith(".")) ref = `./${ref}`;
      const config = { $schema: ref, extends: ["recommended"], rules: {}, settings: {}, ignorePatterns: [] };
      try {
        writeFileAtomic(target, `${JSON.stringify(config, null, 2)}\n`, { exclusive: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EEXIST") {
          ctx.stderr.write(`${cliMessage("initExists", lang, { file: target })}\n`);
          ctx.exitCode = EXIT.FATAL;
          return;
        }
        throw err;
      }
      ctx.stdout.write(`${cliMessage("initDone", lang, { file: target })}\n`);
    });
}
