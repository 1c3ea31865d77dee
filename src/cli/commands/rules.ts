import { Command } from "commander";
import type { CliContext } from "../context.js";
import { UsageError, parseLang } from "../context.js";

export function rulesCommand(ctx: CliContext): Command {
  return new Command("rules")
    .description("列出全部规则 (list the rule catalogue)")
    .option("-f, --format <name>", "text | json", "text")
    .option("--lang <zh|en>", "语言 (language)")
    .action(async (flags: { format: string; lang?: string }) => {
      const lang = parseLang(flags.lang, ctx.env);
      if (flags.format !== "text" && flags.format !== "json") {
        throw new UsageError(lang === "en" ? `Unknown format "${flags.format}"; use text or json` : `未知的格式 “${flags.format}”；可用 text 或 json`);
      }
      const { RULES } = await import("../../rules/index.js");
      const rows = RULES.map((r) => ({
        id: r.id,
        category: r.meta.category,
        severity: r.meta.severity,
        recommended: r.meta.recommended,
        fixable: r.meta.fixable ?? null,
        summary: r.meta.docs.summary[lang],
      }));
      if (flags.format === "json") {
        ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const { cliMessage } = await import("../../i18n/cli.js");
      if (rows.length === 0) {
        ctx.stdout.write(`${cliMessage("noRules", lang)}\n`);
        return;
      }
      const { default: Table } = await import("cli-table3");
      const head = lang === "en" ? ["rule", "category", "severity", "recommended", "fixable", "summary"] : ["规则", "类别", "默认级别", "推荐", "可修复", "说明"];
      const t = new Table({ head, style: { head: [], border: [] } });
      for (const r of rows) t.push([r.id, r.category, r.severity, r.recommended ? "✓" : "", r.fixable ?? "", r.summary]);
      ctx.stdout.write(`${t.toString()}\n`);
    });
}
