/** `pbm normalize`: in-process through main() with a fake io, and one spawn of bin/pbm.js. */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { NormalizeOutput } from "../../src/model/records.js";
import { BIN } from "../helpers/bin.js";

const root = path.resolve(".");
const SEED = path.join(root, "fixtures/seed/shenyang-2022-report-and-2023-targets.txt");

class Sink extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

async function run(args: string[], cwd: string) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(["normalize", ...args], { stdout, stderr, stdin: Readable.from([]), cwd, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pbm-normalize-"));
  copyFileSync(SEED, path.join(dir, "seed.txt"));
  return dir;
}

describe("pbm normalize", () => {
  it("prints the seed as JSON records (16 tables, 129 indicators), exit 0", async () => {
    const dir = workspace();
    const r = await run(["seed.txt"], dir);
    expect(r.code).toBe(0);
    const out = NormalizeOutput.parse(JSON.parse(r.stdout));
    expect(out.files.map((f) => f.path)).toEqual(["seed.txt"]);
    expect(out.files[0].tables).toHaveLength(16);
    expect(out.files[0].tables.flatMap((t) => t.indicators)).toHaveLength(129);
    expect(out.files[0].tables[6]).toMatchObject({ name: "2023 年沈阳市金融专项", budget: { amount: 12357, unit: "万元" } });
  });

  it("--format jsonl prints one line per table", async () => {
    const r = await run(["seed.txt", "--format", "jsonl"], workspace());
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(16);
    expect(lines[4]).toMatchObject({ path: "seed.txt", error: null, table: { name: "2023 年环卫扫保经费" } });
  });

  it("--format csv prints one row per indicator with the table's columns", async () => {
    const r = await run(["seed.txt", "-f", "csv"], workspace());
    const rows = r.stdout.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(rows).toHaveLength(1 + 129);
    const header = rows[0].split(",");
    const fuse = rows.find((l) => l.includes("拨付企业合计金额"))!.split(",");
    const at = (k: string) => fuse[header.indexOf(k)];
    expect([at("table"), at("operator"), at("value"), at("unit"), at("budget"), at("deadlineDate")]).toEqual([
      "副食风险金-冬春蔬菜和猪肉储备",
      "'=",
      "10317000",
      "元",
      "1031.7",
      "2023-12",
    ]);
  });

  it("--format csv never lets a cell start a formula", async () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "evil.txt"),
      ["项目名称\t=HYPERLINK(\"http://x\",\"y\")", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t@SUM(A1)\t+5"].join("\n"),
    );
    const r = await run(["evil.txt", "-f", "csv"], dir);
    const [, row] = r.stdout.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(row).toContain("'@SUM(A1)");
    expect(row).toContain(",5,");
  });

  it("writes -o atomically and never over an input", async () => {
    const dir = workspace();
    const r = await run(["seed.txt", "-o", "out/records.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(NormalizeOutput.parse(JSON.parse(readFileSync(path.join(dir, "out/records.json"), "utf8"))).files[0].tables).toHaveLength(16);
    expect(readdirSync(path.join(dir, "out"))).toEqual(["records.json"]);
    const before = readFileSync(path.join(dir, "seed.txt"), "utf8");
    const clash = await run(["seed.txt", "-o", "seed.txt"], dir);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain("拒绝写入");
    expect(readFileSync(path.join(dir, "seed.txt"), "utf8")).toBe(before);
  });

  it("lists a file it cannot read with an error naming it, exit 1", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "empty.xlsx"), "");
    const r = await run([dir], dir);
    expect(r.code).toBe(1);
    const out = NormalizeOutput.parse(JSON.parse(r.stdout));
    const empty = out.files.find((f) => f.path === "empty.xlsx")!;
    expect(empty).toMatchObject({ tables: [], error: { code: "empty" } });
    expect(empty.error!.message).toContain("empty.xlsx");
    expect(empty.error!.message).toMatch(/文件为空/);
    expect(out.files.find((f) => f.path === "seed.txt")!.tables).toHaveLength(16);
    expect(r.stderr).toContain("empty.xlsx");
    const en = await run(["empty.xlsx", "--lang", "en"], dir);
    expect(JSON.parse(en.stdout).files[0].error.message).toBe("The file is empty: empty.xlsx. Check that it was exported or saved correctly and check it again.");
  });

  it("exits 2 with a clear message for usage errors", async () => {
    const dir = workspace();
    const none = await run(["nothing-*.xlsx"], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("用法错误：没有找到匹配的文件：nothing-*.xlsx\n");
    const en = await run(["nothing-*.xlsx", "--lang", "en"], dir);
    expect(en.stderr).toBe("Usage error: No files match: nothing-*.xlsx\n");
    const fmt = await run(["seed.txt", "--format", "xml"], dir);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain("xml");
    expect((await run([], dir)).code).toBe(2);
  });

  it("documents jsonl and the exit codes in --help", async () => {
    const r = await run(["--help"], workspace());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/jsonl\s+每个表一行 one line per table/);
    expect(r.stdout).toContain("退出码 (exit codes)");
  });
});

describe("bin/pbm.js normalize", () => {
  // dist/ is built once by tests/global-setup.ts; rebuilding here would race other spawn tests.
  it("runs from the built binary on the seed", () => {
    expect(existsSync(BIN)).toBe(true);
    const out = execFileSync(process.execPath, [BIN, "normalize", SEED, "--format", "jsonl"], { cwd: root, encoding: "utf8" });
    const lines = out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.table.indicators.length)).toEqual([8, 9, 7, 7, 5, 8, 13, 6, 8, 9, 6, 10, 9, 9, 9, 6]);
  });
});
