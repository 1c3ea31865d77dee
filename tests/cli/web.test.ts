/** `pbm web`: writes the built page where the clerk wants it, replaces only its own earlier copies, opens it on request. */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensurePage, PAGE } from "../helpers/web-page.js";
import { run } from "./validate-helpers.js";

beforeAll(async () => {
  await ensurePage();
});

const dir = () => mkdtempSync(path.join(tmpdir(), "pbm-web-cli-"));

describe("pbm web", () => {
  it("writes pbm.html (the built page, byte for byte) in the current folder and says how to use it", async () => {
    const cwd = dir();
    const r = await run(["web"], { cwd });
    expect(r.code).toBe(0);
    const out = path.join(cwd, "pbm.html");
    expect(readFileSync(out)).toEqual(readFileSync(PAGE));
    expect(r.stdout).toContain(out);
    expect(r.stdout).toMatch(/浏览器/);
  });

  it("-o names the file; an earlier page is replaced, another file only with --force", async () => {
    const cwd = dir();
    const out = path.join(cwd, "检查.html");
    writeFileSync(out, "<html><body>我的笔记</body></html>");
    const refused = await run(["web", "-o", "检查.html", "--lang", "en"], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not pbm's page");
    expect(readFileSync(out, "utf8")).toContain("我的笔记");
    expect((await run(["web", "-o", "检查.html", "--force"], { cwd })).code).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync(PAGE));
    // its own earlier copy: replaced without --force
    expect((await run(["web", "-o", "检查.html"], { cwd })).code).toBe(0);
  });

  it("--open hands the file to the system's opener (xdg-open here); a missing opener is a note, the page is still written", async () => {
    const cwd = dir();
    const bin = dir();
    const log = path.join(bin, "opened.txt");
    writeFileSync(path.join(bin, "xdg-open"), `#!/bin/sh\necho "$1" > '${log}'\n`);
    chmodSync(path.join(bin, "xdg-open"), 0o755);
    const r = await run(["web", "--open"], { cwd, env: { PATH: bin } });
    expect(r.code).toBe(0);
    await expect.poll(() => existsSync(log) && readFileSync(log, "utf8").trim(), { timeout: 10_000 }).toBe(path.join(cwd, "pbm.html"));

    const none = await run(["web", "--open", "-o", "b.html"], { cwd, env: { PATH: dir() } });
    expect(none.code).toBe(0);
    expect(existsSync(path.join(cwd, "b.html"))).toBe(true);
    expect(none.stderr).toMatch(/无法自动打开浏览器.*双击打开/);
  });
});
