import { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT, parseLang } from "../context.js";

export function explainCommand(ctx: CliContext): Command {
  return new Command("explain")
    .description("显示规则说明 (show a rule's docs)")
    .argument("<rule>", "规则 id (rule id)")
    .option("--lang <zh|en>", "语言 (language)")
    .action(async (id: string, flags: { lang?: string }) => {
      const lang = parseLang(flags.lang, ctx.env);
      const [{ RULES }, { cliMessage }, { closest }, { readFileSync }, { packageFile }] = await Promise.all([
        import("../../rules/index.js"),
        import("../../i18n/cli.js"),
        import("../../config/suggest.js"),
        import("node:fs"),
        import("../package-file.js"),
      ]);
      const ids = RULES.map((r) => r.id);
      if (!ids.includes(id)) {
        const near = closest(id, ids);
        const hint = near.length ? (lang === "en" ? ` (did you mean ${near.join(", ")}?)` : `（是否想查 ${near.join("、")}？）`) : "";
        ctx.stderr.write(`${cliMessage("unknownRule", lang, { rule: id, hint })}\n`);
        ctx.exitCode = EXIT.FATAL;
        return;
      }
      const file = packageFile(`docs/rules/${id}.md`);
      try {
        const text = readFileSync(file, "utf8");
        ctx.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
      } catch {
        ctx.stderr.write(`${cliMessage("noDocs", lang, { rule: id, file })}\n`);
        ctx.exitCode = EXIT.FATAL;
      }
    });
}
