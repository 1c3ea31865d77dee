/**
 * writeFileAtomicStream encodes text pieces into one reused buffer: the file must hold exactly the
 * UTF-8 of the pieces, also when a piece is longer than the buffer and a character of four bytes
 * (a surrogate pair) or of three falls across its end.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomicStream } from "../../src/api/write-file.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-write-file-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("writeFileAtomicStream", () => {
  it("writes the UTF-8 of text and bytes pieces in order, across the encoding buffer's end", () => {
    const pieces: (string | Uint8Array)[] = [
      "绩效".repeat(40_000), // 240,000 bytes: several buffers' worth in one piece
      "a".repeat(65_535) + "𠀀𠀁", // a 4-byte character right at 64 KiB
      Buffer.from("原样的字节"),
      "x".repeat(65_534) + "目标", // a 3-byte character across 64 KiB
      "",
      "end\n",
    ];
    const file = path.join(tmp, "out.txt");
    writeFileAtomicStream(file, (emit) => pieces.forEach((p) => emit(p)));
    const want = Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
    expect(readFileSync(file).equals(want)).toBe(true);
  });
});
