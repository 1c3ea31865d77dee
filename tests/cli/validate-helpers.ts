/** Shared by the validate CLI tests: a temp folder with small seed-layout tables and a fake io. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { main } from "../../src/cli/main.js";

/** A 部门预算项目（政策）绩效目标表 as a tab-separated text export (the seed's layout). */
export function tableText(name: string, rows: string[][]): string {
  return [
    "部门预算项目（政策）绩效目标表",
    "",
    "2023 年",
    "",
    "单位:万元",
    "",
    `项目(政策)名称\t${name}\t\t\t\t\t\t`,
    "主管部门\t测试局\t\t\t实施单位\t测试局\t\t",
    "预算资金情况\t100\t\t\t\t\t\t",
    "总体目标\t完成全年培训任务\t\t\t\t\t\t",
    "绩效指标\t一级指标\t二级指标\t三级指标\t运算符号\t指标值\t度量单位\t完成时限",
    ...rows.map((r) => r.join("\t")),
    "",
  ].join("\n");
}

const GOOD_ROWS = [
  ["", "产出指标", "数量指标", "培训人次", ">=", "100", "人次", "2023 年 12 月"],
  ["", "", "时效指标", "资金拨付及时率", "=", "100", "%", "2023 年 12 月"],
  ["", "", "成本指标", "培训成本", "<=", "100", "万元", "2023 年 12 月"],
  ["", "效益指标", "社会效益指标", "培训合格率", ">=", "95", "%", "2023 年 12 月"],
  ["", "满意度指标", "服务对象满意度指标", "学员满意度", ">=", "90", "%", "2023 年 12 月"],
];

export const GOOD = tableText("职业技能培训", GOOD_ROWS);
/** One vague value (促进): an error under the test config. */
export const BAD = tableText("产业扶持资金", [
  ...GOOD_ROWS.slice(0, 3),
  ["", "效益指标", "经济效益指标", "产业发展", "", "促进", "", "2023 年 12 月"],
  GOOD_ROWS[4],
]);
/** Satisfaction 60 %: a warning only under the test config. */
export const WARN = tableText("社区服务", [...GOOD_ROWS.slice(0, 4), ["", "满意度指标", "服务对象满意度指标", "居民满意度", ">=", "60", "%", "2023 年 12 月"]]);

/** Two rules with fixed severities, so the tests do not depend on the rest of the catalogue. */
export const TEST_CONFIG = { extends: [], rules: { "vague-value": "error", "satisfaction-floor": "warning" } };

export function workspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pbm-cli-"));
  writeFileSync(path.join(dir, "pbm.config.json"), JSON.stringify(TEST_CONFIG));
  for (const [name, content] of Object.entries({ "good.txt": GOOD, "bad.txt": BAD, "warn.txt": WARN, ...files })) {
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

class Sink extends Writable {
  text = "";
  isTTY = false;
  columns: number | undefined = undefined;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(
  argv: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: Uint8Array | string; tty?: boolean; columns?: number },
): Promise<RunResult> {
  const stdout = new Sink();
  const stderr = new Sink();
  stdout.isTTY = opts.tty ?? false;
  stdout.columns = opts.columns;
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    cwd: opts.cwd,
    env: opts.env ?? {},
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
