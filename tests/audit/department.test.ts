/**
 * Department identity (src/audit/department.ts): from real tables read by the reader, then from the
 * --departments mapping file, with a clear message for a bad mapping.
 */
import { describe, expect, it } from "vitest";
import { normalizeBytes } from "../../src/api/normalize-files.js";
import { departmentClaim, departmentMapFromRows, DepartmentMapError, parseDepartmentsJson, resolveDepartment, splitCode } from "../../src/audit/department.js";
import { groupAll, Placement } from "../../src/audit/group.js";
import type { AuditInput } from "../../src/model/audit.js";

/** A real project table as a CSV export, with one header line of our choosing. */
function table(headerLine: string) {
  const csv = `项目支出绩效目标表\n项目名称,城市绿化\n${headerLine}\n预算资金情况,100\n总体目标,完成绿化\n绩效指标,一级指标,二级指标,三级指标,运算符号,指标值,度量单位,完成时限\n,产出指标,数量指标,绿化面积,>=,100,亩,2024年12月\n`;
  const r = normalizeBytes(Buffer.from(csv), "t.csv", { lang: "zh" });
  expect(r.tables, headerLine).toHaveLength(1);
  return r.tables[0];
}

describe("splitCode", () => {
  it("splits the codes budget systems put in front of names, and trailing dashes", () => {
    expect(splitCode("813-潼南区五桂镇")).toEqual({ code: "813", name: "潼南区五桂镇" });
    expect(splitCode("[015001]武汉市青山区教育局")).toEqual({ code: "015001", name: "武汉市青山区教育局" });
    expect(splitCode("［015001］ 武汉市青山区教育局")).toEqual({ code: "015001", name: "武汉市青山区教育局" });
    expect(splitCode("820001-井研县马踏镇人民政府")).toEqual({ code: "820001", name: "井研县马踏镇人民政府" });
    expect(splitCode("820001 井研县马踏镇人民政府")).toEqual({ code: "820001", name: "井研县马踏镇人民政府" });
    expect(splitCode("沈阳市科学技术局-")).toEqual({ code: null, name: "沈阳市科学技术局" });
    expect(splitCode("潼南区五桂镇（813）")).toEqual({ code: "813", name: "潼南区五桂镇" });
    expect(splitCode("某县财政局（盖章）")).toEqual({ code: null, name: "某县财政局" });
    expect(splitCode("001-沈阳市教育局")).toEqual({ code: "001", name: "沈阳市教育局" });
    // A year is not a code.
    expect(splitCode("2023年度项目办公室")).toEqual({ code: null, name: "2023年度项目办公室" });
  });
});

describe("departmentClaim on tables the reader read", () => {
  const cases: [string, string, { name: string; code: string | null }][] = [
    ["主管部门", "沈阳市科学技术局-", { name: "沈阳市科学技术局", code: null }],
    ["主管部门及代码", "[015001]武汉市青山区教育局", { name: "武汉市青山区教育局", code: "015001" }],
    ["业务主管部门", "某市民政局", { name: "某市民政局", code: null }],
    ["预算单位", "820001-井研县马踏镇人民政府", { name: "井研县马踏镇人民政府", code: "820001" }],
    ["单位名称", "某县教育局", { name: "某县教育局", code: null }],
    ["部门名称", "某县水务局", { name: "某县水务局", code: null }],
    ["部门（单位）名称", "某县卫健委", { name: "某县卫健委", code: null }],
  ];
  for (const [label, value, want] of cases) {
    it(`${label}：${value}, as two cells and as one`, () => {
      expect(departmentClaim(table(`${label},${value}`))).toMatchObject({ ...want, label, cell: "B3" });
      expect(departmentClaim(table(`${label}：${value}`))).toMatchObject({ ...want, label });
    });
  }

  // Labels the first reader missed (主管部门及其编码, 编制单位, 填报单位): fields like any other now.
  for (const [label, value, want] of [
    ["主管部门及其编码", "813-潼南区五桂镇", { name: "潼南区五桂镇", code: "813" }],
    ["编制单位", "某县财政局", { name: "某县财政局", code: null }],
    ["填报单位", "某县农业农村局", { name: "某县农业农村局", code: null }],
  ] as const) {
    it(`${label}：${value} as a header field`, () => {
      expect(departmentClaim(table(`${label},${value}`))).toMatchObject(want);
    });
  }

  it("reads those labels once the reader reports them as fields", () => {
    for (const [label, value, name] of [
      ["主管部门及其编码", "813-潼南区五桂镇", "潼南区五桂镇"],
      ["编制单位", "某县财政局（盖章）", "某县财政局"],
      ["填报单位", "某县农业农村局", "某县农业农村局"],
    ]) {
      expect(departmentClaim({ department: null, implementer: null, fields: [{ label, text: value, cell: "B2" }] })?.name).toBe(name);
    }
  });

  it("prefers 主管部门 over the unit that filed the table, and that over 实施单位", () => {
    const fields = [
      { label: "实施单位", text: "某局下属中心", cell: "F4" },
      { label: "预算单位", text: "101-某局机关", cell: "B5" },
      { label: "主管部门", text: "某局", cell: "B4" },
    ];
    expect(departmentClaim({ department: null, implementer: null, fields })).toEqual({ name: "某局", code: null, label: "主管部门", cell: "B4" });
    expect(departmentClaim({ department: null, implementer: null, fields: fields.slice(0, 2) })).toMatchObject({ name: "某局机关", code: "101" });
    expect(departmentClaim({ department: null, implementer: null, fields: fields.slice(0, 1) })).toMatchObject({ name: "某局下属中心", label: "实施单位" });
    expect(departmentClaim({ department: null, implementer: null, fields: [] })).toBeNull();
  });
});

describe("--departments mapping", () => {
  const json = JSON.stringify({
    departments: [
      { name: "重庆市潼南区五桂镇人民政府", code: "813", aliases: ["潼南区五桂镇", "五桂镇政府"] },
      { name: "武汉市青山区教育局", code: 15001 },
    ],
  });
  const map = parseDepartmentsJson(json, "map.json");

  it("maps a code, a name or an alias to the canonical name", () => {
    expect(resolveDepartment({ code: "813", name: "随便写的名字" }, map)).toEqual({ name: "重庆市潼南区五桂镇人民政府", mapped: true });
    expect(resolveDepartment({ code: null, name: "五桂镇政府" }, map)).toEqual({ name: "重庆市潼南区五桂镇人民政府", mapped: true });
    expect(resolveDepartment({ code: null, name: "813-潼南区五桂镇" }, map).name).toBe("重庆市潼南区五桂镇人民政府");
    expect(resolveDepartment({ code: "15001", name: "青山区教育局" }, map).name).toBe("武汉市青山区教育局");
    expect(resolveDepartment({ code: null, name: "别的局" }, map)).toEqual({ name: "别的局", mapped: false });
  });

  it("reads the same from a table with a 名称 / 编码 / 别名 header", () => {
    const m = departmentMapFromRows(
      [
        ["编码", "部门名称", "别名"],
        ["813", "重庆市潼南区五桂镇人民政府", "潼南区五桂镇；五桂镇政府"],
        ["", "", ""],
      ],
      "map.csv",
    );
    expect(resolveDepartment({ code: null, name: "五桂镇政府" }, m).name).toBe("重庆市潼南区五桂镇人民政府");
    expect(resolveDepartment({ code: "813", name: "x" }, m).name).toBe("重庆市潼南区五桂镇人民政府");
  });

  it("refuses a bad mapping with a message naming the file and the problem, in Chinese and English", () => {
    const bad = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        expect(err).toBeInstanceOf(DepartmentMapError);
        return (err as DepartmentMapError).text;
      }
      throw new Error("no error");
    };
    const syntax = bad(() => parseDepartmentsJson("{ departments: [", "map.json"));
    expect(syntax.zh).toMatch(/^部门对照表 map\.json 有误：不是有效的 JSON/);
    expect(syntax.en).toMatch(/^Department mapping map\.json is invalid: not valid JSON/);
    expect(bad(() => parseDepartmentsJson('{"departments":[{"code":"1"}]}', "map.json")).zh).toContain("departments.0.name");
    expect(bad(() => parseDepartmentsJson('[{"name":"甲","code":"1"},{"name":"乙","code":"1"}]', "m.json")).zh).toBe("部门对照表 m.json 有误：编码“1”同时对应“甲”和“乙”");
    expect(bad(() => departmentMapFromRows([["a", "b"], ["1", "2"]], "m.csv")).zh).toContain("至少有“部门名称”一列");
    expect(bad(() => departmentMapFromRows([["名称", "编码"], ["", "7"]], "m.csv")).en).toBe("Department mapping m.csv is invalid: row 2 has a code or aliases but no name");
  });
});

describe("placement", () => {
  const input = (path: string, claims: (string | null)[]): AuditInput => ({
    path,
    sha256: path,
    bytes: 1,
    tables: claims.map((c, i) => ({
      name: `T${i}`,
      kind: "project",
      sheet: "S",
      range: "A1:H9",
      department: null,
      implementer: null,
      claim: c === null ? null : { ...splitCode(c), label: "主管部门", cell: "B4" },
      year: 2024,
      budget: null,
      budgetCell: null,
      targets: "",
      indicators: [],
    })),
  });

  it("puts each table under the department it names, whatever the folder; only files naming nobody go by folder, as guesses", () => {
    const inputs = [
      input("813-五桂镇/a.xlsx", ["813-潼南区五桂镇"]),
      input("813-五桂镇/b.xlsx", ["101-潼南区教委", null, "813-潼南区五桂镇"]),
      input("813-五桂镇/坏.xlsx", []),
      input("杂项/c.xlsx", ["101-潼南区教委"]),
      input("无人认领/d.xlsx", []),
    ];
    const p = new Placement("department", null);
    for (const i of inputs) p.vote(i);
    expect(p.place(inputs[0])).toEqual({ main: "潼南区五桂镇", tables: new Map(), guessed: false });
    // b's first table names the 教委: the file counts there, its third table under 五桂镇, the unnamed one with the file.
    expect(p.place(inputs[1])).toEqual({ main: "潼南区教委", tables: new Map([["T2", "潼南区五桂镇"]]), guessed: false });
    expect(p.place(inputs[2])).toEqual({ main: "潼南区五桂镇", tables: new Map(), guessed: true });
    expect(p.place(inputs[4])).toEqual({ main: "无人认领", tables: new Map(), guessed: true });
    const mapped = groupAll(inputs, "department", parseDepartmentsJson('[{"name":"重庆市潼南区五桂镇人民政府","code":"813"}]', "m.json"));
    expect(mapped.get("813-五桂镇/a.xlsx")).toBe("重庆市潼南区五桂镇人民政府");
    expect(mapped.get("813-五桂镇/坏.xlsx")).toBe("重庆市潼南区五桂镇人民政府");
  });
});
