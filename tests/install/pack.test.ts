/**
 * pbm installs like any CLI. A copy of the sources without dist/ (what `git clone` gives, and what
 * `npm install -g <git url>` packs) goes through `npm pack`, whose `prepare` builds dist/; the tarball,
 * installed into an empty prefix as `npm install -g` does, gives a `pbm` there that runs on its own (no
 * checkout, no dev dependencies). The dependencies' tarballs are in npm's cache after `npm ci`, hence
 * --prefer-offline; npm still asks the registry for their metadata, which `npm ci` does not cache.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateFiles } from "../../src/api/validate-files.js";
import { resolveConfig } from "../../src/config/resolve.js";
import type { ValidateReport } from "../../src/model/finding.js";
import { SEED_TEXT } from "../helpers/expected.js";
import { ROOT } from "../helpers/bin.js";

const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** npm as the user runs it, without the settings `npm test` passes down to its children (prefix, lifecycle). */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|command$|config_(prefix|global|global_prefix|local_prefix|ignore_scripts|dry_run|json)$)/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

function npm(args: string[], cwd: string) {
  const cli = process.env.npm_execpath;
  const opts: SpawnSyncOptions = { cwd, encoding: "utf8", env: npmEnv(), timeout: 170_000, maxBuffer: 1 << 26 };
  const r = cli && /npm-cli\.js$/.test(cli) ? spawnSync(process.execPath, [cli, ...args], opts) : spawnSync("npm", args, opts);
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

let tmp: string;
let files: string[];
let pbmBin: string;

/** The checkout as a clone has it: sources and the seed fixture the build runs the CLI on, no dist/. node_modules is the checkout's (npm ci already ran). */
function sourceCopy(): string {
  const src = path.join(tmp, "src-copy");
  mkdirSync(src);
  for (const f of ["package.json", "package-lock.json", "tsconfig.json", "README.md", "bin", "src", "schemas", "docs", "scripts", "fixtures/seed"]) {
    cpSync(path.join(ROOT, f), path.join(src, f), { recursive: true });
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(src, "node_modules"), "dir");
  return src;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-pack-"));
  const src = sourceCopy();
  const pack = npm(["pack", "--pack-destination", tmp, "--json"], src);
  expect(pack.code, pack.stderr).toBe(0);
  expect(existsSync(path.join(src, "dist", "cli", "main.js")), "npm pack ran `prepare`, which builds dist/").toBe(true);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  files = info.files.map((f) => f.path);
  const install = npm(["install", "--global", "--prefix", path.join(tmp, "prefix"), path.join(tmp, info.filename), "--prefer-offline", "--no-audit", "--no-fund"], tmp);
  expect(install.code, `npm install -g of the tarball failed (is the npm registry reachable?)\n${install.stderr}`).toBe(0);
  pbmBin = path.join(tmp, "prefix", "bin", "pbm");
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The installed command itself (its #! line, its own node_modules), from a folder outside the checkout. */
function pbm(args: string[]) {
  const r = spawnSync(pbmBin, args, { cwd: tmp, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", PBM_LANG: "" }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm pack → npm install -g → pbm", () => {
  it("packs the command, the built library, the schemas and the rule docs, and no sources or tests", () => {
    for (const f of ["package.json", "README.md", "bin/pbm.js", "bin/load-cli.js", "dist/cli/main.js", "dist/pbm/main.cjs", "dist/pbm/main.cjs.cache", "dist/pbm/worker.js", "dist/pbm/validate-worker.js", "dist/index.js", "dist/index.d.ts", "schemas/pbm.config.schema.json", "docs/rules/vague-value.md"]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(src|tests|fixtures|scripts|bench|node_modules)\//.test(f))).toEqual([]);
  });

  it("pbm --version prints the package's version", () => {
    const r = pbm(["--version"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it("pbm validate on the bundled seed finds what the library finds, and exits 1 for its errors", async () => {
    const expected = await validateFiles([SEED_TEXT], { config: resolveConfig({}), lang: "zh" });
    const s = expected.summary;
    expect(s.errors).toBeGreaterThan(0);

    const stylish = pbm(["validate", SEED_TEXT]);
    expect(stylish.code, stylish.stderr).toBe(1);
    expect(stylish.stderr).toBe("");
    expect(stylish.stdout).toContain(`共 ${s.errors + s.warnings + s.infos} 个问题（${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示）`);

    const json = pbm(["validate", SEED_TEXT, "-f", "json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as ValidateReport;
    expect(report.summary).toEqual(s);
    expect(report.files[0].findings.map((f) => [f.ruleId, f.location?.cell])).toEqual(expected.files[0].findings.map((f) => [f.ruleId, f.location?.cell]));
  });

  it("pbm explain reads the rule docs shipped in the package", () => {
    const r = pbm(["explain", "vague-value"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("vague-value");
  });
});
