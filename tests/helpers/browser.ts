/**
 * Real Chromium for the browser tests, from npm only: @sparticuz/chromium ships a headless Chromium inside its
 * tarball (unpacked to the temp folder on first use), playwright-core drives it. No system browser is used, so
 * `npm test` runs the same on a fresh machine with Node and npm and nothing else.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";

export async function launchBrowser(): Promise<Browser> {
  const { default: packaged } = await import("@sparticuz/chromium");
  const executablePath = await packaged.executablePath();
  // The packaged browser's own flags (no sandbox, software GL), and none that reach for the network. Not
  // --single-process (made for one page per serverless call): there, closing a page takes the browser with it.
  const args = [...packaged.args.filter((a) => a !== "--single-process"), "--disable-background-networking", "--disable-component-update", "--no-first-run"];
  return chromium.launch({ executablePath, args, headless: true });
}

/**
 * The packaged Chromium has no CJK fonts: a page that links this stylesheet renders Chinese with Noto Sans SC
 * (woff2 files beside it, loaded from file://). For screenshots only; the reports themselves stay self-contained.
 */
export function cjkFontCss(): string {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));
  return pathToFileURL(join(pkg, "400.css")).href;
}
