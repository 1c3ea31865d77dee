/**
 * The built page (dist/web/pbm.html) in real Chromium: opened from file://, files put through its file input,
 * what it found read back from `window.__pbm`. Used by tests/web, by the benchmark and by
 * scripts/web-screenshot.ts (the README's picture).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { FileReport } from "../../src/model/finding.js";
import { cjkFontCss } from "./browser.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PAGE = path.join(ROOT, "dist", "web", "pbm.html");

function newestUnder(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** `npm test` builds the page (npm run build:web); a single test file run builds it when it is missing or older than its sources. */
export async function ensurePage(): Promise<string> {
  const sources = Math.max(newestUnder(path.join(ROOT, "src")), newestUnder(path.join(ROOT, "docs", "rules")), statSync(path.join(ROOT, "scripts", "build-web.ts")).mtimeMs);
  if (!existsSync(PAGE) || statSync(PAGE).mtimeMs < sources) {
    const { buildWeb } = await import("../../scripts/build-web.js");
    await buildWeb(PAGE);
  }
  return PAGE;
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * A fresh page, in a context of its own that stays open until the browser closes (with the packaged
 * Chromium in one process, closing a context could take the browser down; the browser's close ends them all). `fonts` gives it Noto Sans SC for screenshots (the packaged Chromium has no CJK font): the
 * stylesheet comes from node_modules, which the page's own CSP rightly refuses, so that context bypasses it.
 */
export async function openPage(browser: Browser, opts: { fonts?: boolean; width?: number; height?: number } = {}): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 }, bypassCSP: opts.fonts === true || (opts as { bypass?: boolean }).bypass === true, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(PAGE).href);
  if (opts.fonts) {
    await page.addStyleTag({ url: cjkFontCss() });
    // The page's own font stack names Chinese system fonts the packaged browser lacks.
    await page.addStyleTag({ content: `:root, button, select { font-family: "Noto Sans SC", sans-serif !important; }` });
  }
  return { context, page, requests, errors };
}

export interface PageFile {
  name: string;
  report: FileReport;
}

/** Put files through the page's file input and wait until it has drawn them; what the page found, per file. */
export async function dropFiles(page: Page, files: string[]): Promise<PageFile[]> {
  const before = await page.evaluate(() => window.__pbm.files.length);
  await page.setInputFiles("#file-input", files);
  await page.waitForFunction((n) => document.body.dataset.state === "ready" && window.__pbm.ready && window.__pbm.files.length >= n, before + files.length, {
    timeout: 120_000,
  });
  const all = await page.evaluate(() => window.__pbm.files);
  return all.slice(before);
}

/** Fonts loaded and the layout settled, for a screenshot that shows the text. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

declare global {
  interface Window {
    __pbm: { ready: boolean; files: PageFile[]; timings: { files: number; totalMs: number; readMs: number; checkMs: number; renderMs: number } | null };
  }
}
