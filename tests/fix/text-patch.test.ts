import { describe, expect, it } from "vitest";
import type { CellEdit } from "../../src/model/finding.js";
import { patchText } from "../../src/fix/text-patch.js";

const edit = (cell: string, from: string, to: string): CellEdit => ({ sheet: "Sheet1", cell, from, to });

/** GB18030 bytes of a text, through the fixed copy of the seed's encodings (Node has no GB18030 encoder). */
const GB: Record<string, number[]> = { 满: [0xc2, 0xfa], 意: [0xd2, 0xe2], 度: [0xb6, 0xc8], "≥": [0xa1, 0xdd] };
function gb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : GB[ch]));
  return Uint8Array.from(out);
}

function utf16le(text: string, bom = true): Uint8Array {
  const out = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(out);
}

describe("patchText", () => {
  it("keeps GB18030, commas, quotes and CRLF; only the edited field's bytes change", () => {
    const before = "满意度,\"a,b\",<=,100\r\n满意度,,≥,95\r\n";
    const src = gb18030(before);
    const { bytes, outcomes, encoding, delimiter } = patchText(src, [edit("C1", "<=", ">=")]);
    expect(outcomes).toEqual([{ status: "applied" }]);
    expect(encoding).toBe("gb18030");
    expect(delimiter).toBe(",");
    expect(Buffer.from(bytes).equals(Buffer.from(gb18030(before.replace("<=", ">="))))).toBe(true);
    expect(new TextDecoder("gb18030").decode(bytes)).toBe("满意度,\"a,b\",>=,100\r\n满意度,,≥,95\r\n");
  });

  it("writes non-ASCII text into GB18030 when the character has a two-byte code, and refuses four-byte ones", () => {
    const src = gb18030("a,<=\r\nb,≥\r\n");
    const ok = patchText(src, [edit("B1", "<=", "≥")]);
    expect(ok.outcomes).toEqual([{ status: "applied" }]);
    expect(new TextDecoder("gb18030").decode(ok.bytes)).toBe("a,≥\r\nb,≥\r\n");
    const refused = patchText(src, [edit("B1", "<=", "𠀀")]);
    expect(refused.outcomes).toEqual([{ status: "skipped", reason: "encoding" }]);
    expect(refused.bytes).toBe(src);
  });

  it("keeps a UTF-8 BOM, tabs and LF line ends of a TSV", () => {
    const body = "\ufeff项目\t运算符号\t指标值\n满意度\t<=\t100\n";
    const src = new TextEncoder().encode(body);
    const { bytes, outcomes, encoding, delimiter } = patchText(src, [edit("B2", "<=", "≥")]);
    expect(outcomes).toEqual([{ status: "applied" }]);
    expect([encoding, delimiter]).toEqual(["utf-8-bom", "\t"]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(body.replace("<=", "≥"));
  });

  it("patches UTF-16 files with and without a BOM", () => {
    for (const bom of [true, false]) {
      const body = "名称\t符号\r\n满意度\t<=\r\n";
      const { bytes, outcomes, encoding } = patchText(utf16le(body, bom), [edit("B2", "<=", "≥")]);
      expect(outcomes).toEqual([{ status: "applied" }]);
      expect(encoding).toBe("utf-16le");
      expect(Buffer.from(bytes).equals(Buffer.from(utf16le(body.replace("<=", "≥"), bom)))).toBe(true);
    }
  });

  it("keeps a quoted field quoted and quotes a new text that needs it", () => {
    const src = new TextEncoder().encode('"<=",x\n"a ""b""",y\n');
    const { bytes } = patchText(src, [edit("A1", "<=", ">="), edit("B2", "y", "1,2"), edit("A2", 'a "b"', 'a "c"')]);
    expect(new TextDecoder().decode(bytes)).toBe('">=",x\n"a ""c""","1,2"\n');
  });

  it("skips edits whose field holds other text or does not exist, and leaves the bytes alone", () => {
    const src = new TextEncoder().encode("a,<=\nb,c\n");
    const { bytes, outcomes } = patchText(src, [edit("B2", "<=", ">="), edit("F9", "<=", ">=")]);
    expect(outcomes).toEqual([
      { status: "skipped", reason: "mismatch", actual: "c" },
      { status: "skipped", reason: "cell-not-found" },
    ]);
    expect(bytes).toBe(src);
  });

  it("counts rows the way the reader does: blank lines are rows, lone CR only without LF", () => {
    const src = new TextEncoder().encode("title\n\nx\t<=\r\n");
    expect(patchText(src, [edit("B3", "<=", ">=")]).outcomes).toEqual([{ status: "applied" }]);
    const crOnly = new TextEncoder().encode("x\t<=\ry\t<=\r");
    expect(new TextDecoder().decode(patchText(crOnly, [edit("B2", "<=", ">=")]).bytes)).toBe("x\t<=\ry\t>=\r");
  });
});
