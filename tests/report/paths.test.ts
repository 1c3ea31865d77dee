/** displayPath without node:path gives what node:path gives, on POSIX and on Windows paths. */
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absolutePath, displayPath } from "../../src/report/paths.js";

/** What reporters showed when they used node:path (the platform's flavour chosen by the working folder). */
function viaNode(file: string, cwd: string, p: typeof path.posix): string {
  const abs = p.resolve(cwd, file);
  const rel = p.relative(cwd, abs);
  const shown = rel === "" ? p.basename(abs) : p.isAbsolute(rel) ? abs : rel;
  return shown.split(p.sep).join("/");
}

const segment = fc.constantFrom("a", "b", "表01", "2024 年", "..", ".", "x.xlsx", "A");

describe("displayPath", () => {
  it("POSIX: relative to the working folder, like node:path.posix", () => {
    const cwd = fc.array(segment, { maxLength: 4 }).map((s) => "/" + s.join("/"));
    const file = fc.tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 5 })).map(([abs, s]) => (abs ? "/" : "") + s.join("/"));
    fc.assert(fc.property(cwd, file, (c, f) => {
      expect(displayPath(f, c)).toBe(viaNode(f, c, path.posix));
    }), { numRuns: 2000 });
  });

  it("Windows: drives, shares, either slash, case-insensitive folders, like node:path.win32", () => {
    const drive = fc.constantFrom("C:", "c:", "D:", "\\\\srv\\share");
    const sep = fc.constantFrom("\\", "/");
    const cwd = fc.tuple(drive, fc.array(segment, { maxLength: 4 })).map(([d, s]) => `${d}\\${s.join("\\")}`);
    const file = fc
      .tuple(fc.option(drive, { nil: undefined }), fc.boolean(), sep, fc.array(segment, { minLength: 1, maxLength: 5 }))
      // drive-relative names ("D:foo") depend on per-drive folders node keeps in the environment: left out
      .map(([d, rooted, s, segs]) => (d ? `${d}${s}` : rooted ? s : "") + segs.join(s));
    fc.assert(fc.property(cwd, file, (c, f) => {
      expect(displayPath(f, c)).toBe(viaNode(f, c, path.win32));
    }), { numRuns: 2000 });
  });

  it("absolutePath then displayPath from another folder: node's relative(out, resolve(cwd, file))", () => {
    const cwd = fc.array(segment, { maxLength: 3 }).map((s) => "/" + s.join("/"));
    const file = fc.tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 })).map(([abs, s]) => (abs ? "/" : "") + s.join("/"));
    fc.assert(
      fc.property(cwd, cwd, file, (c, out, f) => {
        const rel = path.posix.relative(out, path.posix.resolve(c, f));
        fc.pre(rel !== "");
        expect(displayPath(absolutePath(f, c), out)).toBe(rel);
      }),
      { numRuns: 1000 },
    );
    expect(absolutePath("a\\b.xls", "C:\\x")).toBe("C:/x/a/b.xls");
  });

  it("examples", () => {
    expect(displayPath("/work/申报/表.xlsx", "/work")).toBe("申报/表.xlsx");
    expect(displayPath("表.xlsx", "/")).toBe("表.xlsx");
    expect(displayPath("/work", "/work")).toBe("work");
    expect(displayPath("/other/x.csv", "/work/a")).toBe("../../other/x.csv");
    expect(displayPath("D:\\表\\a.xls", "C:\\Users\\clerk")).toBe("D:/表/a.xls");
    expect(displayPath("c:\\USERS\\clerk\\a.xls", "C:\\Users\\clerk")).toBe("a.xls");
  });
});
