/** The bad-input corpus (fixtures/bad, scripts/make-bad-corpus.ts): normalizeFile never throws, and an unreadable file says why. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { normalizeBytes, normalizeFile } from "../../src/api/normalize-files.js";
import { FileRecords } from "../../src/model/records.js";

const dir = path.resolve("fixtures/bad");
const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, { error?: string; format?: string }>;

it.each(Object.keys(expected))("%s", async (file) => {
  const records = FileRecords.parse(await normalizeFile(path.join(dir, file), { lang: "en", name: file }));
  const want = expected[file];
  if (want.error) {
    expect(records.error?.code).toBe(want.error);
    expect(records.error?.message).toContain(file);
    expect(records.tables).toEqual([]);
  } else {
    expect(records.error).toBeNull();
    expect(records.format).toBe(want.format);
  }
});

it("normalizeBytes reads the same bytes the same way, and never throws on nonsense", () => {
  const file = "预算（2023）绩效目标表#1.xlsx";
  expect(readdirSync(dir)).toContain(file);
  const fromBytes = normalizeBytes(new Uint8Array(readFileSync(path.join(dir, file))), file);
  expect(fromBytes.error).toBeNull();
  for (const bytes of [new Uint8Array(0), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), new TextEncoder().encode("\u0000\u0001项目名称")]) {
    const r = normalizeBytes(bytes, "x.xlsx", { lang: "zh" });
    expect(r.error === null || r.error.message.includes("x.xlsx")).toBe(true);
  }
});
