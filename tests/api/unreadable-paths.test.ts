/**
 * Paths that exist but cannot be read — a symbolic-link loop, a link to nothing, a device, a socket, a
 * file pbm may not open — are inputs like any other: each gets a file-unreadable finding that names the
 * path and says why, in validate and audit, whether the path was named, matched by a glob or found in a
 * folder. Never "没有找到匹配的文件", never a silent skip, never a hang.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readErrorMessage } from "../../src/i18n/read-errors.js";
import type { ValidateReport } from "../../src/model/finding.js";
import { fsError } from "../../src/read/index.js";
import { BIN } from "../helpers/bin.js";
import { GOOD, run, workspace } from "../cli/validate-helpers.js";

let cwd: string;
let inbox: string;
let server: Server;

beforeAll(async () => {
  cwd = workspace();
  inbox = path.join(cwd, "inbox");
  mkdirSync(inbox);
  writeFileSync(path.join(inbox, "good.txt"), GOOD);
  symlinkSync("b.xlsx", path.join(inbox, "a.xlsx"));
  symlinkSync("a.xlsx", path.join(inbox, "b.xlsx"));
  symlinkSync("gone.xlsx", path.join(inbox, "dangling.xlsx"));
  symlinkSync("good.txt", path.join(inbox, "linked.txt"));
  symlinkSync("/dev/null", path.join(inbox, "device.csv"));
  symlinkSync(cwd, path.join(inbox, "up.xlsx")); // a link to a folder: not followed in a search
  server = createServer();
  await new Promise<void>((resolve) => server.listen(path.join(inbox, "socket.csv"), resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const json = (s: string) => JSON.parse(s) as ValidateReport;
/** path (relative to cwd) → the message of its one finding. */
const unreadable = (r: ValidateReport) =>
  Object.fromEntries(
    r.files
      .filter((f) => f.status === "error")
      .map((f) => {
        expect(f.findings.map((x) => [x.ruleId, x.category, x.severity]), f.path).toEqual([["file-unreadable", "parse", "error"]]);
        return [path.relative(cwd, f.path), f.findings[0].message];
      }),
  );

const EXPECTED = {
  "inbox/a.xlsx": "符号链接循环",
  "inbox/b.xlsx": "符号链接循环",
  "inbox/dangling.xlsx": "符号链接指向的文件不存在",
  "inbox/device.csv": "不是普通文件",
  "inbox/socket.csv": "不是普通文件",
};

describe("unreadable paths in pbm validate", () => {
  it("a folder search lists each one with its reason, reads the link to a file, skips the link to a folder", async () => {
    const r = await run(["validate", "inbox", "-f", "json"], { cwd });
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.files.map((f) => path.relative(cwd, f.path)).sort()).toEqual([...Object.keys(EXPECTED), "inbox/good.txt", "inbox/linked.txt"].sort());
    const messages = unreadable(report);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [p, reason] of Object.entries(EXPECTED)) expect(messages[p]).toBe(`无法读取文件 ${path.join(cwd, p)}：${reason}`);
    const linked = report.files.find((f) => f.path.endsWith("linked.txt"))!;
    expect(linked.tables).toHaveLength(1);
    expect(r.stderr).not.toContain("没有找到");
  });

  it("named one by one, or matched by a glob, they are the same findings, not unmatched patterns", async () => {
    const named = await run(["validate", "inbox/a.xlsx", "inbox/dangling.xlsx", "inbox/device.csv", "-f", "json"], { cwd });
    expect(named.code).toBe(1);
    expect(named.stderr).toBe("");
    expect(Object.keys(unreadable(json(named.stdout))).sort()).toEqual(["inbox/a.xlsx", "inbox/dangling.xlsx", "inbox/device.csv"]);
    const glob = await run(["validate", "inbox/*.xlsx", "-f", "json"], { cwd });
    expect(Object.keys(unreadable(json(glob.stdout))).sort()).toEqual(["inbox/a.xlsx", "inbox/b.xlsx", "inbox/dangling.xlsx"]);
    const dev = await run(["validate", "/dev/zero", "-f", "json", "--lang", "en"], { cwd });
    expect(json(dev.stdout).files[0].findings[0].message).toBe("Cannot read /dev/zero: not a regular file");
  });

  it("in English, and in the terminal format, each names the path", async () => {
    const en = await run(["validate", "inbox", "-f", "json", "--lang", "en"], { cwd });
    const messages = unreadable(json(en.stdout));
    expect(messages["inbox/a.xlsx"]).toBe(`Cannot read ${path.join(inbox, "a.xlsx")}: symbolic link loop`);
    expect(messages["inbox/dangling.xlsx"]).toBe(`Cannot read ${path.join(inbox, "dangling.xlsx")}: the symbolic link points to a file that does not exist`);
    const stylish = await run(["validate", "inbox"], { cwd });
    for (const p of Object.keys(EXPECTED)) expect(stylish.stdout).toMatch(new RegExp(`${p.replace(/\./g, "\\.")}\\s+✖ 无法读取`));
  });

  it("--cache does not try to read what is not a regular file", async () => {
    const r = await run(["validate", "inbox", "-f", "json", "--cache", "--cache-location", path.join(cwd, ".cache")], { cwd });
    expect(r.code).toBe(1);
    expect(Object.keys(unreadable(json(r.stdout))).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("pbm audit reports them too, and finishes", () => {
    const r = spawnSync(process.execPath, [BIN, "audit", "inbox", "--jobs", "1", "-f", "json", "-q"], { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status, r.stderr).toBe(1);
    const report = json(r.stdout);
    const bad = report.files.filter((f) => f.status === "error").map((f) => [f.path, f.findings[0].ruleId]);
    expect(bad.sort()).toEqual(Object.keys(EXPECTED).map((p) => [p, "file-unreadable"]));
  });
});

describe("a file pbm may not open", () => {
  it("maps EACCES / EPERM to 没有读取权限 (the reader's error mapping)", () => {
    for (const code of ["EACCES", "EPERM"]) {
      const e = fsError(Object.assign(new Error(`${code}: permission denied, open 'x'`), { code }), "/data/表.xlsx");
      expect([e.code, e.detail]).toEqual(["io", { file: "/data/表.xlsx", reason: "没有读取权限" }]);
      expect(readErrorMessage(e.code, "zh", e.detail)).toBe("无法读取文件 /data/表.xlsx：没有读取权限");
      expect(readErrorMessage(e.code, "en", e.detail)).toBe("Cannot read /data/表.xlsx: permission denied");
    }
  });

  it("is a finding naming it, for a user who may not read it", (ctx) => {
    const dir = path.join(cwd, "locked");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "secret.txt"), GOOD);
    writeFileSync(path.join(dir, "open.txt"), GOOD);
    chmodSync(path.join(dir, "secret.txt"), 0o000);
    chmodSync(cwd, 0o755);
    // Root reads any file; the check runs as nobody then (needs the right to switch user, which root has).
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [BIN, "validate", "locked", "-f", "json", "-c", path.join(cwd, "pbm.config.json")], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", PBM_LANG: "" },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    if (asRoot && (r.error as NodeJS.ErrnoException | undefined)?.code === "EPERM") {
      ctx.skip("running as root without the right to switch to another user: only the error mapping above is checked");
    }
    expect(r.status, r.stderr).toBe(1);
    const report = json(r.stdout);
    expect(report.files.map((f) => [path.basename(f.path), f.status])).toEqual([
      ["open.txt", "ok"],
      ["secret.txt", "error"],
    ]);
    expect(report.files[1].findings[0].message).toBe(`无法读取文件 ${path.join(dir, "secret.txt")}：没有读取权限`);
  });
});
