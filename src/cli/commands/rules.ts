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
        name: r.meta.name[lang],
        scope: r.scope ?? "table",
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
      const { default: Table } = await import("../../report/table.js");
      const head = lang === "en" ? ["rule", "name", "category", "severity", "recommended", "fixable", "summary"] : ["规则", "名称", "类别", "默认级别", "推荐", "可修复", "说明"];
      // Summaries wrap to the terminal (or 160 columns); no rule lines between rows keeps 50 rules readable.
      const width = (ctx.stdout as { columns?: number }).columns ?? 160;
      const idWidth = Math.max(...rows.map((r) => r.id.length)) + 2;
      const nameWidth = Math.max(...rows.map((r) => displayWidth(r.name))) + 2;
      const fixed = idWidth + nameWidth + 16 + 10 + 13 + 12 + 8;
      const summaryWidth = Math.max(30, width - fixed);
      const t = new Table({
        head,
        style: { head: [], border: [] },
        chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
      });
      for (const r of rows) t.push([r.id, r.name, r.category, r.severity, r.recommended ? "✓" : "", r.fixable ?? "", wrap(r.summary, summaryWidth - 2)]);
      ctx.stdout.write(`${t.toString()}\n`);
    });
}

function displayWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
}

/** Wraps by display width (CJK counts 2); cli-table3's own wrapping cuts CJK text short. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  let w = 0;
  for (const token of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? []) {
    const tw = [...token].reduce((n, ch) => n + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
    if (w + tw > width && line.trim()) {
      lines.push(line.trimEnd());
      line = "";
      w = 0;
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    w += tw;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join("\n");
}
