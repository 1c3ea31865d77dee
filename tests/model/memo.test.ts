import { describe, expect, it } from "vitest";
import { memo } from "../../src/model/memo.js";

function counted(limit: number) {
  const calls: string[] = [];
  const f = memo((text: string) => {
    calls.push(text);
    return text.length === 0 ? undefined : text.toUpperCase();
  }, limit);
  return { f, calls };
}

describe("memo", () => {
  it("computes each text once, undefined results included", () => {
    const { f, calls } = counted(8);
    expect(f("a")).toBe("A");
    expect(f("a")).toBe("A");
    expect(f("")).toBeUndefined();
    expect(f("")).toBeUndefined();
    expect(calls).toEqual(["a", ""]);
  });

  it("keeps a text that is asked again while texts seen once age out", () => {
    const { f, calls } = counted(8);
    f("label");
    for (let i = 0; i < 100; i++) {
      f(`name ${i}`);
      expect(f("label")).toBe("LABEL");
    }
    expect(calls.filter((t) => t === "label")).toHaveLength(1);
    // The names seen once were not all kept: the first is computed again.
    f("name 0");
    expect(calls.filter((t) => t === "name 0")).toHaveLength(2);
  });

  it("holds at most `limit` texts, the newest among them", () => {
    const { f, calls } = counted(4);
    for (const t of ["a", "b", "c", "d", "e", "f"]) f(t);
    calls.length = 0;
    f("f");
    f("e");
    expect(calls).toEqual([]);
    // Six texts do not fit in four: asking for all of them again computes some anew.
    for (const t of ["a", "b", "c", "d"]) f(t);
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });
});
