import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import html, { esc } from "../../src/report/html.js";
import { launchBrowser } from "../helpers/browser.js";
import { FILE_A, FILE_BAD, XSS, cleanReport, context, sampleReport } from "./sample-report.js";

describe("html (static)", () => {
  const page = html(sampleReport(), context());

  it("is one self-contained document: no external URL, stylesheet or script source", () => {
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain(`<html lang="zh-CN">`);
    expect(html(sampleReport(), context({ lang: "en" }))).toContain(`<html lang="en">`);
    expect(page).not.toMatch(/\b(src|href)\s*=/i);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/@import|url\(/);
    expect(page).toContain("Content-Security-Policy");
  });

  it("escapes every piece of user data", () => {
    expect(esc(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(page).not.toContain("<script>window.__pbmXss");
    expect(page).toContain(esc(XSS));
    expect(page.match(/<script>/g)).toHaveLength(1);
    const r = sampleReport();
    r.files[0].tables[0].name = `<img onerror=alert(1)>`;
    r.files[0].findings[0].table = r.files[0].tables[0].name;
    r.files[0].path = `"><b>x</b>.xlsx`;
    const evil = html(r, context());
    expect(evil).not.toContain("<img");
    expect(evil).not.toContain("<b>x</b>");
  });
});

describe("html in headless Chromium", () => {
  let browser: Browser;
  let dir: string;
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  const requests: string[] = [];

  async function open(name: string, text: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, text);
    const page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    page.on("requestfailed", (r) => failed.push(r.url()));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pbm-html-"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads without console errors or requests, shows the count, runs no injected script", async () => {
    const page = await open("report.html", html(sampleReport(), context()));
    const total = sampleReport().files.reduce((n, f) => n + f.findings.length, 0);
    await expect(page.locator("#total").innerText()).resolves.toContain(String(total));
    expect(await page.locator("#total").isVisible()).toBe(true);
    await expect(page.locator("#shown").innerText()).resolves.toBe(String(total));
    expect(await page.locator("tr[data-severity]:visible").count()).toBe(total);
    expect(await page.locator("h2", { hasText: FILE_A }).isVisible()).toBe(true);
    expect(await page.locator("h2", { hasText: FILE_BAD }).innerText()).toContain("无法读取");
    expect(await page.locator("td", { hasText: "表01!E14" }).isVisible()).toBe(true);
    // The markup in a cell is shown as text and never runs.
    expect(await page.evaluate(() => (globalThis as { __pbmXss?: number }).__pbmXss)).toBeUndefined();
    expect(await page.locator("td", { hasText: "<script>window.__pbmXss" }).count()).toBe(1);
    expect(await page.locator("script").count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    await page.close();
  });

  it("hides and shows rows with the severity filter, updating the visible count", async () => {
    const report = sampleReport();
    const all = report.files.flatMap((f) => f.findings);
    const warnings = all.filter((f) => f.severity === "warning").length;
    const page = await open("filter.html", html(report, context({ lang: "en" })));
    const visibleRows = () => page.locator("tr[data-severity]:visible").count();

    await page.locator('input[data-filter="warning"]').uncheck();
    expect(await visibleRows()).toBe(all.length - warnings);
    expect(await page.locator('tr[data-severity="warning"]:visible').count()).toBe(0);
    await expect(page.locator("#shown").innerText()).resolves.toBe(String(all.length - warnings));

    await page.locator('input[data-filter="error"]').uncheck();
    await page.locator('input[data-filter="info"]').uncheck();
    expect(await visibleRows()).toBe(0);
    // A table whose rows are all hidden disappears with them.
    expect(await page.locator("section.table:visible").count()).toBe(0);

    await page.locator('input[data-filter="warning"]').check();
    expect(await visibleRows()).toBe(warnings);
    await page.locator('input[data-filter="error"]').check();
    await page.locator('input[data-filter="info"]').check();
    expect(await visibleRows()).toBe(all.length);
    await expect(page.locator("#shown").innerText()).resolves.toBe(String(all.length));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("renders a clean report", async () => {
    const page = await open("clean.html", html(cleanReport(), context()));
    expect(await page.locator(".clean").innerText()).toContain("未发现问题");
    await expect(page.locator("#total").innerText()).resolves.toContain("0");
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
