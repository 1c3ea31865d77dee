/**
 * The audit's HTML report in real Chromium (tests/helpers/browser.ts), at desktop and phone sizes:
 * nothing spills sideways at 375 px, every chart has a title, a legend and axis labels, rules read by
 * their Chinese names, the tables become cards on a phone, and the page fetches nothing.
 * Screenshots are kept under test-artifacts/audit-html/ (git-ignored) for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCounty } from "../../scripts/make-county.js";
import { cjkFontCss, launchBrowser } from "../helpers/browser.js";
import { build, pbm, ROOT } from "./helpers.js";

const ARTIFACTS = path.join(ROOT, "test-artifacts", "audit-html");
let tmp: string;
let browser: Browser;

beforeAll(async () => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-audit-html-"));
  const y1 = makeCounty({ out: path.join(tmp, "2024"), departments: 24, seed: 5, year: 2024 });
  makeCounty({ out: path.join(tmp, "2025"), departments: 24, seed: 6, year: 2025, nextYearOf: y1, previousDir: path.join(tmp, "2024") });
  for (const year of ["2024", "2025"]) {
    const r = await pbm(["audit", year, "--departments", `${year}.departments.json`, "--history", "h.sqlite", "-q", "-r", `${year}.html`], { cwd: tmp });
    expect(r.code, r.stderr).toBe(1);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
}, 170_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Chinese glyphs for the screenshots (the packaged Chromium has none): regular and bold, every subset the page uses. */
async function withFonts(page: Awaited<ReturnType<Browser["newPage"]>>) {
  await page.addStyleTag({ url: cjkFontCss() });
  await page.addStyleTag({ url: cjkFontCss().replace(/400\.css$/, "700.css") });
  await page.addStyleTag({ content: 'body, svg text { font-family: "Noto Sans SC", sans-serif !important; }' });
  await page.evaluate(async () => {
    const text = document.body.textContent ?? "";
    await Promise.all(["400", "700"].map((w) => document.fonts.load(`${w} 16px "Noto Sans SC"`, text)));
    await document.fonts.ready;
  });
}

async function open(width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) problems.push(`request ${r.url()}`);
  });
  await page.goto(pathToFileURL(path.join(tmp, "2025.html")).href, { waitUntil: "load" });
  return { page, problems };
}

describe("the audit HTML report in Chromium", () => {
  it("on a desktop: charts with titles, legends and axis labels, rules by their Chinese names", async () => {
    const { page, problems } = await open(1280, 900);
    expect(await page.title()).toBe("pbm 批量审核报告");
    const figures = await page.locator("figure").evaluateAll((fs) =>
      fs.map((f) => ({
        id: f.id,
        title: f.querySelector("figcaption")?.textContent ?? "",
        legend: f.querySelectorAll(".legend li").length,
        axes: [...f.querySelectorAll("svg text.axis")].map((t) => t.textContent),
        width: f.querySelector("svg")?.getBoundingClientRect().width ?? 0,
      })),
    );
    expect(figures.map((f) => f.id)).toEqual(["chart-categories", "chart-rules", "chart-ranking", "chart-trend"]);
    for (const f of figures) {
      expect(f.title, f.id).not.toBe("");
      expect(f.legend, f.id).toBeGreaterThan(0);
      expect(f.axes.length, f.id).toBe(2);
      expect(f.width, f.id).toBeGreaterThan(300);
    }
    expect(figures.find((f) => f.id === "chart-ranking")?.axes).toEqual(["部门", "得分"]);
    const ruleLabels = await page.locator("#chart-rules svg g > text[text-anchor=end]").allTextContents();
    expect(ruleLabels.length).toBeGreaterThan(3);
    for (const l of ruleLabels) expect(l).not.toMatch(/^[a-z0-9-]+$/);
    expect(await page.locator("#scoring dt").allTextContents()).toContain("计算公式");
    expect(await page.locator("#history h2").textContent()).toBe("与上次审核（2024）相比");
    expect(await page.locator("table.cards thead").first().evaluate((e) => getComputedStyle(e).display)).not.toBe("none");
    await withFonts(page);
    await page.screenshot({ path: path.join(ARTIFACTS, "desktop.png"), fullPage: true });
    expect(problems).toEqual([]);
    // No page.close(): the packaged Chromium runs as one process, which ends with its last page.
  }, 60_000);

  it("on a 375 px phone: nothing overflows sideways, tables become cards, charts fit the screen", async () => {
    const { page, problems } = await open(375, 812);
    // Open every group's findings: the widest content there is must fit too.
    await page.locator("details").evaluateAll((ds) => ds.forEach((d) => d.setAttribute("open", "")));
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, inner: window.innerWidth }));
    expect(widths.inner).toBe(375);
    expect(widths.doc).toBeLessThanOrEqual(375);
    expect(widths.body).toBeLessThanOrEqual(375);
    const overflowing = await page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 375.5).map((e) => e.tagName + "." + e.className).slice(0, 5));
    expect(overflowing).toEqual([]);
    expect(await page.locator("table.cards thead").first().evaluate((e) => getComputedStyle(e).display)).toBe("none");
    const label = await page.locator("table.cards tbody td").first().evaluate((e) => getComputedStyle(e, "::before").content);
    expect(label).toContain("部门");
    for (const w of await page.locator("figure svg").evaluateAll((ss) => ss.map((s) => s.getBoundingClientRect().width))) expect(w).toBeLessThanOrEqual(375);
    expect(await page.locator("figure .legend li").count()).toBeGreaterThan(4);
    await withFonts(page);
    await page.screenshot({ path: path.join(ARTIFACTS, "phone.png"), fullPage: false });
    await page.locator("#chart-ranking").screenshot({ path: path.join(ARTIFACTS, "phone-ranking.png") });
    expect(problems).toEqual([]);
    // No page.close(): the packaged Chromium runs as one process, which ends with its last page.
  }, 60_000);
});
