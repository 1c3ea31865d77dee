/**
 * The page for clerks (dist/web/pbm.html) in real Chromium (the npm-shipped one): opened from file://, every
 * corpus table put through its file input in every format, the findings it shows equal to those of
 * `pbm validate --format json` on the same files; no network request at all; keyboard use; the exports; and
 * screenshots of real tables with their marked cells kept in test-artifacts/web/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { Finding, ValidateReport } from "../../src/model/finding.js";
import { corpusFile, corpusStems, FORMATS } from "../../scripts/corpus/files.js";
import { launchBrowser } from "../helpers/browser.js";
import { dropFiles, ensurePage, openPage, ROOT, settle, type OpenPage } from "../helpers/web-page.js";

const ARTIFACTS = path.join(ROOT, "test-artifacts", "web");
const BIN = path.join(ROOT, "bin", "pbm.js");
const STEMS = corpusStems();
const BAD = ["document.pdf.xls", "encrypted.xlsx", "truncated.xlsx", "empty-0-bytes.csv", "zip-bomb.xlsx", "not-a-table.xml", "random-bytes.xlsx", "picture.png.xlsx"].map((f) =>
  path.join(ROOT, "fixtures", "bad", f),
);
const cwd = mkdtempSync(path.join(os.tmpdir(), "pbm-web-"));

/** `pbm validate --format json` through the built binary, from a folder with no config file. */
function cli(files: string[], lang: "zh" | "en" = "zh"): ValidateReport {
  try {
    return JSON.parse(execFileSync(process.execPath, [BIN, "validate", "-f", "json", "--lang", lang, ...files], { cwd, encoding: "utf8", maxBuffer: 1 << 28 }));
  } catch (e) {
    const out = (e as { stdout?: string }).stdout;
    if (!out) throw e;
    return JSON.parse(out);
  }
}

/** What a clerk sees of a finding. The CLI names a file by its path, the page by its name. */
function seen(findings: Finding[], filePath: string) {
  const name = path.basename(filePath);
  return findings.map((f) => ({
    rule: f.ruleId,
    severity: f.severity,
    sheet: f.location?.sheet ?? null,
    cell: f.location?.cell ?? null,
    table: f.table,
    message: f.message.split(filePath).join(name),
  }));
}

let browser: Browser;
let main: OpenPage;

beforeAll(async () => {
  await ensurePage();
  browser = await launchBrowser();
  main = await openPage(browser);
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  rmSync(cwd, { recursive: true, force: true });
});

describe("the page finds what the CLI finds", () => {
  for (const format of FORMATS) {
    it(`all ${STEMS.length} corpus tables as ${format}`, async () => {
      const files = STEMS.map((s) => corpusFile(s, format));
      const expected = cli(files);
      const got = await dropFiles(main.page, files);
      expect(got.map((f) => f.name)).toEqual(files.map((f) => path.basename(f)));
      let total = 0;
      for (const [i, file] of files.entries()) {
        const want = expected.files.find((f) => f.path === file);
        expect(want, file).toBeDefined();
        expect(seen(got[i].report.findings, file), path.basename(file)).toEqual(seen(want!.findings, file));
        expect(got[i].report.tables, path.basename(file)).toEqual(want!.tables);
        expect(got[i].report.status).toBe(want!.status);
        total += want!.findings.length;
      }
      // The corpus is real: its tables do have problems, so equal lists are not two empty ones.
      expect(total).toBeGreaterThan(STEMS.length);
    });
  }

  it("files it cannot read: the CLI's message, naming the file, shown on the page", async () => {
    const expected = cli(BAD);
    const got = await dropFiles(main.page, BAD);
    for (const [i, file] of BAD.entries()) {
      const want = expected.files.find((f) => f.path === file)!;
      expect(seen(got[i].report.findings, file), path.basename(file)).toEqual(seen(want.findings, file));
    }
    expect(got.filter((f) => f.report.status === "error").length).toBeGreaterThanOrEqual(6);
    // The batch's first file is the one shown: its message is on the page, with the file's name.
    const first = got[0].report.findings[0];
    await expect.poll(() => main.page.locator(".banner").first().textContent()).toContain(first.message);
    expect(first.message).toContain(path.basename(BAD[0]));
  });

  it("in English, the CLI's --lang en messages", async () => {
    const o = await openPage(browser);
    const files = [corpusFile(STEMS[0], "xlsx"), corpusFile(STEMS[5], "txt"), BAD[0]];
    await o.page.click("#lang");
    const got = await dropFiles(o.page, files);
    const expected = cli(files, "en");
    for (const [i, file] of files.entries()) {
      expect(seen(got[i].report.findings, file)).toEqual(seen(expected.files.find((f) => f.path === file)!.findings, file));
    }
    expect(await o.page.textContent("h1")).toBe("Performance target table check");
    expect(await o.page.getAttribute("html", "lang")).toBe("en");
  });

  it("a file dragged onto the page is read like a picked one", async () => {
    const o = await openPage(browser);
    const file = corpusFile(STEMS[3], "xlsx");
    const bytes = [...readFileSync(file)];
    const dt = await o.page.evaluateHandle(
      ({ bytes, name }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name));
        return dt;
      },
      { bytes, name: path.basename(file) },
    );
    await o.page.dispatchEvent("#drop", "drop", { dataTransfer: dt });
    await o.page.waitForFunction(() => window.__pbm.ready && window.__pbm.files.length === 1);
    const [got] = await o.page.evaluate(() => window.__pbm.files);
    expect(got.name).toBe(path.basename(file));
    expect(seen(got.report.findings, file)).toEqual(seen(cli([file]).files[0].findings, file));
    expect(await o.page.locator("td.marked").count()).toBeGreaterThan(0);
  });

  it("made no network request: only the page itself, from file://", () => {
    expect(main.requests.length).toBeGreaterThan(0);
    for (const url of main.requests) expect(url).toMatch(/^(file:|data:|blob:)/);
    expect(new Set(main.requests.filter((u) => u.startsWith("file:")))).toEqual(new Set([main.page.url()]));
    expect(main.errors).toEqual([]);
  });
});

describe("on the page", () => {
  let o: OpenPage;
  let page: Page;
  // 一级/二级 merged over their rows, as the department's workbook has them
  const stem = STEMS.find((s) => s.startsWith("01-"))!;
  const file = corpusFile(stem, "xlsx");

  beforeAll(async () => {
    o = await openPage(browser);
    page = o.page;
    await dropFiles(page, [file]);
  });

  it("draws the sheet: merged cells merged, header band and fields set apart, every finding's cell marked with colour and icon", async () => {
    const report = (await page.evaluate(() => window.__pbm.files[0].report))!;
    const cells = report.findings.filter((f) => f.location).map((f) => f.location!.cell);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of new Set(cells)) {
      const td = page.locator(`td[data-cell="${cell}"]`).first();
      await expect.poll(() => td.getAttribute("class")).toMatch(/marked sev-(error|warning|info)/);
      // not colour alone: an icon, and words for screen readers
      expect(await td.locator(".badge").textContent()).toMatch(/^[✖▲ℹ]\d*$/);
      expect(await td.locator(".sr-only").textContent()).toMatch(/个问题/);
    }
    const merged = await page.$$eval("table.sheet td[rowspan]", (tds) => tds.map((td) => [td.textContent, Number(td.getAttribute("rowspan"))]));
    expect(merged.some(([text, n]) => /产出指标/.test(String(text)) && Number(n) > 1)).toBe(true);
    expect(await page.locator("td.band").count()).toBeGreaterThan(3);
    expect(await page.locator("td.field-label").count()).toBeGreaterThan(2);
    expect(await page.textContent(".table-summary")).toMatch(/个指标/);
  });

  it("keyboard: Tab reaches the findings, Enter shows one and highlights its cell, arrows move, Space shows the next", async () => {
    await page.focus("#lang");
    let onFinding = false;
    for (let i = 0; i < 40 && !onFinding; i++) {
      await page.keyboard.press("Tab");
      onFinding = await page.evaluate(() => document.activeElement?.matches("button.finding") ?? false);
    }
    expect(onFinding).toBe(true);
    // visible focus
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
    const report = (await page.evaluate(() => window.__pbm.files[0].report))!;
    await page.keyboard.press("Enter");
    const first = report.findings[0];
    await expect.poll(() => page.textContent("#details .detail-msg")).toBe(first.message);
    const current = page.locator("td.current");
    expect(await current.getAttribute("data-cell")).toBe(first.location!.cell);
    expect(await current.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe("0");
    // the rule's explanation from its docs page, and its summary
    expect(await page.textContent("#details")).toContain(first.ruleId);
    expect(await page.locator("#details .doc").count()).toBeGreaterThan(0);
    if (report.findings.length > 1) {
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe("1");
      await page.keyboard.press(" ");
      await expect.poll(() => page.textContent("#details .detail-msg")).toBe(report.findings[1].message);
    }
  });

  it("filters by severity and by rule", async () => {
    const report = (await page.evaluate(() => window.__pbm.files[0].report))!;
    const count = () => page.locator("#findings button.finding").count();
    expect(await count()).toBe(report.findings.length);
    const sev = report.findings[0].severity;
    await page.uncheck(`input[data-severity="${sev}"]`);
    expect(await count()).toBe(report.findings.filter((f) => f.severity !== sev).length);
    expect(await page.locator(`td.marked.sev-${sev}`).count()).toBeLessThanOrEqual(await page.locator("td.marked").count());
    await page.check(`input[data-severity="${sev}"]`);
    const rule = report.findings[report.findings.length - 1].ruleId;
    await page.selectOption("#rule-filter", rule);
    expect(await count()).toBe(report.findings.filter((f) => f.ruleId === rule).length);
    const marked = await page.$$eval("td.marked", (tds) => tds.map((td) => td.getAttribute("data-cell")));
    expect(new Set(marked)).toEqual(new Set(report.findings.filter((f) => f.ruleId === rule).map((f) => f.location!.cell)));
    await page.selectOption("#rule-filter", "");
    expect(await count()).toBe(report.findings.length);
  });

  it("exports the findings as xlsx and the HTML report", async () => {
    const report = (await page.evaluate(() => window.__pbm.files[0].report))!;
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
    const wb = XLSX.read(readFileSync((await xlsx.path())!), { type: "buffer" });
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]], { header: 1 });
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(rows[0]).toEqual(["文件", "表", "工作表", "单元格", "级别", "规则", "问题", "修改建议"]);
    expect(rows.slice(1).map((r) => [r[3], r[5], r[6]])).toEqual(report.findings.map((f) => [f.location!.cell, f.ruleId, f.message]));
    const [htmlDl] = await Promise.all([page.waitForEvent("download"), page.click("#export-html")]);
    const html = readFileSync((await htmlDl.path())!, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("Content-Security-Policy");
    for (const f of report.findings) expect(html).toContain(f.ruleId);
    expect(html).toContain(path.basename(file));
  });
});

describe("screenshots (test-artifacts/web/)", () => {
  for (const [stem, format] of [
    [STEMS.find((s) => s.startsWith("02-"))!, "xlsx"],
    [STEMS.find((s) => s.startsWith("36-"))!, "xlsx"],
    [STEMS.find((s) => s.startsWith("01-"))!, "txt"],
  ] as const) {
    it(`${stem}.${format}`, async () => {
      const o = await openPage(browser, { fonts: true });
      await dropFiles(o.page, [corpusFile(stem, format)]);
      await o.page.click("#findings button.finding >> nth=0");
      await settle(o.page);
      const out = path.join(ARTIFACTS, `${stem}.${format}.png`);
      const png = await o.page.screenshot({ path: out, fullPage: false });
      // a real picture of a table with marked cells, not a blank page
      expect(png.length).toBeGreaterThan(50_000);
      expect(await o.page.locator("td.marked").count()).toBeGreaterThan(0);
    });
  }
});
