/**
 * The stylish table fits the terminal: at 80 and at 120 columns, with the real seed findings, no line is
 * wider than the terminal (measured as terminals do, string-width), nothing is cut off, and a wider terminal
 * gets the room. The CLI gives the reporter the terminal's width, and 80 when stdout is not a terminal.
 */
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { validateFiles } from "../../src/api/validate-files.js";
import { resolveConfig } from "../../src/config/resolve.js";
import type { ValidateReport } from "../../src/model/finding.js";
import stylish from "../../src/report/stylish.js";
import { REPO_ROOT, SEED_TEXT, SEED_TWINS } from "../helpers/expected.js";
import { run } from "../cli/validate-helpers.js";
import { context } from "./sample-report.js";

// eslint-disable-next-line no-control-regex -- ESC starts an ANSI colour sequence
const ANSI = /\u001b\[[0-9;]*m/g;
const widths = (text: string) => text.split("\n").map((l) => stringWidth(l.replace(ANSI, "")));
/** Every character of every message, in order, out of the table's message column. */
const messageText = (text: string) =>
  text
    .split("\n")
    .filter((l) => /^ {2}│/.test(l))
    .map((l) => l.split("│")[3]?.trim() ?? "")
    .join("");

let seed: ValidateReport;
beforeAll(async () => {
  // The strict preset: every rule, the longest rule ids, all the seed's findings.
  seed = await validateFiles([SEED_TEXT, SEED_TWINS[0]], { config: resolveConfig({ extends: ["strict"] }), lang: "zh" });
  expect(seed.summary.errors + seed.summary.warnings).toBeGreaterThan(50);
});

describe("stylish at the terminal's width", () => {
  for (const width of [80, 120]) {
    for (const lang of ["zh", "en"] as const) {
      it(`${width} columns (${lang}): no line wider, no message cut`, () => {
        const out = stylish(seed, context({ cwd: REPO_ROOT, lang, width, color: true, statistics: true }));
        const over = out.split("\n").filter((l) => stringWidth(l.replace(ANSI, "")) > width);
        expect(over, over.join("\n")).toEqual([]);
        const shown = messageText(out.replace(ANSI, "")).replace(/\s/g, "");
        // The seed report is in Chinese; in English only the frame is, and the same messages fit.
        for (const f of seed.files.flatMap((x) => x.findings)) expect(shown, f.message).toContain(f.message.replace(/\s/g, ""));
      });
    }
  }

  it("uses the room of a wider terminal", () => {
    const at80 = stylish(seed, context({ cwd: REPO_ROOT, width: 80 }));
    const at120 = stylish(seed, context({ cwd: REPO_ROOT, width: 120 }));
    expect(Math.max(...widths(at80))).toBeGreaterThan(76);
    expect(Math.max(...widths(at120))).toBeGreaterThan(110);
    expect(at120.split("\n").length).toBeLessThan(at80.split("\n").length * 0.8);
  });

  it("80 columns without a width, and a narrow terminal still gets a readable message column", () => {
    expect(stylish(seed, context({ cwd: REPO_ROOT }))).toBe(stylish(seed, context({ cwd: REPO_ROOT, width: 80 })));
    expect(Math.max(...widths(stylish(seed, context({ cwd: REPO_ROOT, width: 60 }))))).toBeLessThanOrEqual(60);
    const narrow = stylish(seed, context({ cwd: REPO_ROOT, width: 60, lang: "en" }));
    expect(Math.max(...widths(narrow))).toBeLessThanOrEqual(60);
    // Rule ids break after a hyphen there; put together they are whole.
    const ruleColumn = narrow
      .split("\n")
      .filter((l) => /^ {2}│/.test(l))
      .map((l) => l.split("│")[4]?.trim() ?? "")
      .join("");
    for (const id of new Set(seed.files.flatMap((x) => x.findings.map((f) => f.ruleId)))) expect(ruleColumn).toContain(id);
  });
});

describe("the CLI passes the width", () => {
  const validate = (opts: { tty: boolean; columns?: number }) => run(["validate", SEED_TEXT, "--no-color"], { cwd: REPO_ROOT, ...opts });

  it("of the terminal", async () => {
    const r = await validate({ tty: true, columns: 120 });
    expect(r.code).toBe(1);
    expect(Math.max(...widths(r.stdout))).toBeLessThanOrEqual(120);
    expect(Math.max(...widths(r.stdout))).toBeGreaterThan(100);
    const small = await validate({ tty: true, columns: 64 });
    expect(Math.max(...widths(small.stdout))).toBeLessThanOrEqual(64);
    expect(small.stdout).not.toBe(r.stdout);
  });

  it("80 when stdout is a pipe or a file, whatever the terminal says", async () => {
    const piped = await validate({ tty: false, columns: 200 });
    expect(Math.max(...widths(piped.stdout))).toBeLessThanOrEqual(80);
    expect(piped.stdout).toBe((await validate({ tty: false })).stdout);
  });
});
