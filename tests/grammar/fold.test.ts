import { describe, expect, it } from "vitest";
import TRADITIONAL_TO_SIMPLIFIED from "opencc-js/dict/TSCharacters";
import { foldSymbols, labelKey, toSimplified } from "../../src/grammar/fold.js";

describe("toSimplified", () => {
  it("converts traditional characters and leaves the rest", () => {
    expect(toSimplified("績效指標")).toBe("绩效指标");
    expect(toSimplified("滿意度≥95%")).toBe("满意度≥95%");
    expect(toSimplified("項目（政策）績效目標表")).toBe("项目（政策）绩效目标表");
  });

  it("returns simplified text as the same string", () => {
    const text = "绩效指标名称 ≥ 95% ABC";
    expect(toSimplified(text)).toBe(text);
    expect(toSimplified("")).toBe("");
  });

  it("knows every key of the dictionary, first and last included", () => {
    const entries = TRADITIONAL_TO_SIMPLIFIED.split("|").filter((e) => e.includes(" "));
    const pick = [entries[0], entries[1], entries[Math.floor(entries.length / 2)], entries.at(-1)!];
    for (const entry of pick) {
      const [from, to] = entry.split(" ");
      expect(toSimplified(`a${from}b`)).toBe(`a${to.split(",")[0]}b`);
    }
  });

  it("converts characters outside the BMP", () => {
    const astral = TRADITIONAL_TO_SIMPLIFIED.split("|").find((e) => e.indexOf(" ") === 2);
    expect(astral).toBeDefined();
    const [from, to] = astral!.split(" ");
    expect(toSimplified(`指标${from}`)).toBe(`指标${to.split(",")[0]}`);
  });
});

describe("labelKey and foldSymbols", () => {
  it("match a traditional, full-width label on its simplified form", () => {
    expect(labelKey("＊指標名稱：")).toBe("指标名称");
    expect(foldSymbols("≥９５％")).toBe("≥95%");
  });
});
