/**
 * `npm run build:web` → dist/web/pbm.html: the page for clerks, one self-contained file. esbuild bundles
 * src/web/main.ts (which runs the same reader, normalizer, rules and reporters as the CLI) into one script;
 * the script and src/web/page.css are inlined, pinned by a Content-Security-Policy with their hashes, and
 * nothing in the page can reach the network (default-src 'none'). What only Node can know is computed
 * here and handed to the page as data: the default config (the CLI's, without a config file), the rules'
 * metadata and their docs pages (docs/rules/*.md), pbm's version.
 *
 * `--out FILE` writes elsewhere; the build type-checks src/web first (tsconfig.web.json: DOM, no Node types).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { resolveConfig } from "../src/config/resolve.js";
import { ENGINE_RULES } from "../src/engine/messages.js";
import { sha } from "../src/report/html.js";
import { RULES } from "../src/rules/index.js";
import type { BuildData, DocSection, RuleDoc } from "../src/web/build-data.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outArg = args.indexOf("--out") >= 0 ? args[args.indexOf("--out") + 1] : undefined;
const OUT = path.resolve(outArg ?? path.join(ROOT, "dist", "web", "pbm.html"));

/** docs/rules/<id>.md → its sections, each paragraphs, lists and tables (inline marks stay as written). */
export function parseRuleDoc(md: string): RuleDoc {
  const sections: DocSection[] = [];
  let cur: DocSection | null = null;
  let para: string[] = [];
  let list: string[] | null = null;
  let table: string[][] | null = null;
  const flush = () => {
    if (!cur) return;
    if (para.length) cur.blocks.push({ kind: "p", text: para.join(" ") });
    if (list) cur.blocks.push({ kind: "list", items: list });
    if (table) cur.blocks.push({ kind: "table", rows: table });
    para = [];
    list = null;
    table = null;
  };
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trim();
    const h = /^##\s+(.+)$/.exec(line);
    if (h) {
      flush();
      cur = { title: h[1].trim(), blocks: [] };
      sections.push(cur);
      continue;
    }
    if (!cur) continue;
    if (line === "") {
      flush();
    } else if (line.startsWith("|")) {
      const cells = line.replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      if (para.length || list) flush();
      (table ??= []).push(cells);
    } else if (/^[-*]\s+/.test(line)) {
      if (para.length || table) flush();
      (list ??= []).push(line.replace(/^[-*]\s+/, ""));
    } else {
      if (list || table) flush();
      para.push(line);
    }
  }
  flush();
  const en = sections.find((s) => s.title === "English");
  return { zh: sections.filter((s) => s !== en), en: en?.blocks ?? [] };
}

function buildData(): BuildData {
  // The CLI's config when no pbm.config.json is found: the recommended preset, nothing overridden.
  const config = resolveConfig(null, { baseDir: "/" });
  const settings = JSON.parse(JSON.stringify({ rules: config.rules, settings: config.settings })) as BuildData["config"];
  // The page gets the options as data: they must survive JSON unchanged (no Set, RegExp or function).
  for (const [id, s] of Object.entries(config.rules)) {
    if (!sameJson(settings.rules[id]?.options, s.options)) {
      throw new Error(`rule ${id}: its options do not survive JSON; the page cannot take them as data`);
    }
  }
  const docsDir = path.join(ROOT, "docs", "rules");
  const docFiles = new Set(readdirSync(docsDir));
  const docOf = (id: string) => (docFiles.has(`${id}.md`) ? parseRuleDoc(readFileSync(path.join(docsDir, `${id}.md`), "utf8")) : null);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  return {
    version: pkg.version,
    config: settings,
    rules: [
      ...ENGINE_RULES.map((r) => ({ ...r, docs: null })),
      ...RULES.map((r) => ({ id: r.id, category: r.meta.category, severity: r.meta.severity, summary: r.meta.docs.summary, fixable: r.meta.fixable, docs: docOf(r.id) })),
    ],
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a instanceof RegExp || b instanceof RegExp || a instanceof Set || b instanceof Set || a instanceof Map || b instanceof Map) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** Text that would end the inline element it sits in. */
function assertInlineSafe(text: string, tag: "script" | "style"): void {
  if (new RegExp(`</${tag}`, "i").test(text)) throw new Error(`the bundled ${tag} contains "</${tag}": it cannot be inlined`);
}

export async function buildWeb(out = OUT): Promise<{ file: string; bytes: number }> {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "tsconfig.web.json")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  const data = buildData();
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "src", "web", "main.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome100", "firefox100", "safari15", "edge100"],
    minify: true,
    charset: "utf8",
    legalComments: "eof",
    write: false,
    define: { __PBM_BUILD__: JSON.stringify(data) },
    logLevel: "warning",
  });
  const js = result.outputFiles[0].text;
  const css = readFileSync(path.join(ROOT, "src", "web", "page.css"), "utf8");
  assertInlineSafe(js, "script");
  assertInlineSafe(css, "style");
  const csp = [
    "default-src 'none'",
    `script-src '${sha(js)}'`,
    `style-src '${sha(css)}'`,
    "img-src data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const html = [
    "<!DOCTYPE html>",
    `<html lang="zh-CN">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="pbm ${data.version}">`,
    "<title>绩效目标表检查 · pbm</title>",
    `<style>${css}</style>`,
    "</head>",
    "<body>",
    `<noscript>此页面需要启用 JavaScript（只在本机运行，不联网）。This page needs JavaScript (it runs on this computer only, offline).</noscript>`,
    `<div id="app"></div>`,
    `<script>${js}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
  mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, html);
  renameSync(tmp, out);
  return { file: out, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { file, bytes } = await buildWeb();
  process.stdout.write(`${path.relative(process.cwd(), file)}: ${(bytes / 1024).toFixed(0)} KB\n`);
}
