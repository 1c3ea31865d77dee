/**
 * SARIF 2.1.0 for code scanning (GitHub upload-sarif, Azure DevOps). Each result carries a physical
 * location (the workbook, row = Excel row, column = Excel column) because consumers reject results
 * without one, and pbm's own fingerprint because upload-sarif would otherwise hash zip bytes.
 */
import { columnNumber } from "../model/a1.js";
import type { Finding, Lang, RuleInfo, Severity } from "../model/finding.js";
import { fingerprinter } from "./fingerprint.js";
import { labels } from "./labels.js";
import type { Reporter } from "./types.js";
import { displayPath, sheetRef, uriReference, where } from "./util.js";

/** Where the rule docs live; shown by SARIF viewers as the tool's home. */
export const INFORMATION_URI = "https://www.npmjs.com/package/pbm";
const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

const CATEGORY_NAMES: Record<string, { zh: string; en: string }> = {
  structure: { zh: "表格结构", en: "table structure" },
  classification: { zh: "指标分类", en: "indicator classification" },
  operator: { zh: "比较符", en: "comparison operator" },
  unit: { zh: "计量单位", en: "unit" },
  threshold: { zh: "指标值合理性", en: "threshold plausibility" },
  consistency: { zh: "前后一致", en: "consistency" },
  measurability: { zh: "可衡量性", en: "measurability" },
  deadline: { zh: "完成时限", en: "deadline" },
  parse: { zh: "读取与解析", en: "reading and parsing" },
};

const sarif: Reporter = (report, ctx) => {
  const rules = [...ctx.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A finding from a rule the context does not list still needs a descriptor to point at.
  for (const file of report.files)
    for (const f of file.findings)
      if (!index.has(f.ruleId)) {
        index.set(f.ruleId, rules.length);
        rules.push({ id: f.ruleId, category: f.category, severity: f.severity, summary: { zh: f.ruleId, en: f.ruleId } });
      }

  const fp = fingerprinter();
  const results = report.files.flatMap((file) => {
    const rel = displayPath(file.path, ctx.cwd);
    return file.findings.map((f) => result(f, rel, index.get(f.ruleId) ?? 0, fp.lineHash(rel, f), ctx.lang));
  });

  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "pbm",
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => descriptor(r, ctx.lang)),
          },
        },
        language: ctx.lang === "en" ? "en-US" : "zh-CN",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
export default sarif;

function descriptor(r: RuleInfo, lang: Lang) {
  const cat = CATEGORY_NAMES[r.category] ?? { zh: r.category, en: r.category };
  const full = {
    zh: `${r.name ? `${r.name.zh}：` : ""}${sentence(r.summary.zh, "zh")}类别：${cat.zh}；默认级别：${labels("zh").severity[r.severity]}${r.fixable === "safe" ? "；可用 pbm fix 自动修复" : ""}。`,
    en: `${r.name ? `${r.name.en}: ` : ""}${sentence(r.summary.en, "en")} Category: ${cat.en}; default severity: ${r.severity}${r.fixable === "safe" ? "; pbm fix can fix it automatically" : ""}.`,
  };
  const docs = `docs/rules/${r.id}.md`;
  return {
    id: r.id,
    name: pascalCase(r.id),
    // GitHub shows the short description as the rule's title: the name people read.
    shortDescription: { text: r.name ? r.name[lang] : sentence(r.summary[lang], lang) },
    fullDescription: { text: full[lang] },
    help: {
      text: `${full.zh}\n${full.en}\n说明 / Details: pbm explain ${r.id} (${docs})`,
      markdown: `**${escapeMd(r.summary.zh)}**\n\n${escapeMd(full.zh)}\n\n**${escapeMd(r.summary.en)}**\n\n${escapeMd(full.en)}\n\n说明 / Details: \`pbm explain ${r.id}\` (${docs})`,
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ["pbm", r.category], category: r.category, ...(r.fixable ? { fixable: r.fixable } : {}) },
  };
}

function result(f: Finding, uri: string, ruleIndex: number, hash: string, lang: Lang) {
  const L = labels(lang);
  const place = where(f);
  const text = sentence(place ? `${place}${L.sep}${f.message}` : f.message, lang);
  const region: { startLine: number; startColumn?: number } = { startLine: f.location?.row ?? 1 };
  const col = f.location?.cell ? columnNumber(f.location.cell) : undefined;
  if (col !== undefined) region.startColumn = col;
  const location: Record<string, unknown> = {
    physicalLocation: { artifactLocation: { uri: uriReference(uri) }, region },
  };
  if (f.location) {
    location.logicalLocations = [
      f.location.cell
        ? { fullyQualifiedName: sheetRef(f.location.sheet, f.location.cell), name: f.location.cell, kind: "cell" }
        : { fullyQualifiedName: sheetRef(f.location.sheet), name: f.location.sheet, kind: "sheet" },
    ];
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text },
    locations: [location],
    partialFingerprints: { primaryLocationLineHash: hash },
    properties: {
      category: f.category,
      messageId: f.messageId,
      table: f.table,
      indicator: f.indicator,
      ...(f.location ? { sheet: f.location.sheet, cell: f.location.cell, row: f.location.row } : {}),
      ...(col !== undefined ? { column: col } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
    },
  };
}

/** SARIF viewers show the first sentence; messages end with a full stop as the spec asks. */
function sentence(s: string, lang: Lang): string {
  const t = s.trim();
  if (/[.。!！?？]$/.test(t)) return t;
  return t + (lang === "zh" && /[\u4e00-\u9fff）”]$/.test(t) ? "。" : ".");
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, "\\$&");
}
