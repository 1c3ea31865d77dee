/**
 * `npm run web:screenshot` → docs/web-page.png, the README's picture of the page: a real corpus table (the
 * xlsx render of fixtures/corpus/36-…) dropped on dist/web/pbm.html in the npm-shipped Chromium, its first
 * finding selected so the marked cell and the rule's explanation show. Noto Sans SC stands in for the
 * Chinese system fonts an office PC has.
 */
import path from "node:path";
import { corpusFile, corpusStems } from "./corpus/files.js";
import { launchBrowser } from "../tests/helpers/browser.js";
import { dropFiles, ensurePage, openPage, ROOT, settle } from "../tests/helpers/web-page.js";

const OUT = path.join(ROOT, "docs", "web-page.png");
const STEM = corpusStems().find((s) => s.startsWith("36-"))!;

await ensurePage();
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser, { fonts: true, width: 1360, height: 1240 });
  await dropFiles(page, [corpusFile(STEM, "xlsx")]);
  // The third finding sits in the indicator rows: its cell, the list and the explanation all in view.
  await page.click("#findings button.finding >> nth=2");
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const box of document.querySelectorAll(".sheet-scroll")) box.scrollLeft = 0;
  });
  await settle(page);
  await page.screenshot({ path: OUT });
  process.stdout.write(`${path.relative(process.cwd(), OUT)}\n`);
} finally {
  await browser.close();
}
