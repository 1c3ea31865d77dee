/**
 * Build normalized tables inline for rule tests:
 *
 *   table({ name: "融资担保补助项目", budget: [800, "万元"], goal: "…" }, [
 *     ["产出指标", "数量指标", "对担保机构进行补助", "<=", 10, "户", "2023 年 12 月"],
 *     ["", "", "担保机构满意度", "<=", 100, "%"],   // blank 一级/二级 = same as above
 *   ])
 *
 * Rows start at Excel row 10 on sheet "Sheet1" (columns B..H as in the seed layout).
 */
import type { Indicator, Operator, Table } from "../../src/model/records.js";
import { a1 } from "../../src/model/a1.js";

export type Row = [
  level1: string,
  level2: string,
  name: string,
  operator?: string | null,
  value?: number | string | null,
  unit?: string | null,
  deadline?: string | null,
  weight?: number | null,
];

export interface TableInit {
  name?: string;
  kind?: Table["kind"];
  year?: number | null;
  budget?: [number | null, string | null] | null;
  goal?: string | null;
  department?: string | null;
  sheet?: string;
  firstRow?: number;
}

const LEVEL1: Record<string, string> = { 产出: "产出指标", 效益: "效益指标", 满意度: "满意度指标", 成本: "成本指标" };
const canon1 = (s: string) => {
  const key = s.replace(/指标$/, "");
  return Object.hasOwn(LEVEL1, key) ? LEVEL1[key] : s;
};

function parseDeadline(s: string | null | undefined): Indicator["deadlineDate"] {
  if (!s) return null;
  const m = /(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?(?:\s*(\d{1,2})\s*日)?/.exec(s);
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null } : null;
}

export function table(init: TableInit, rows: Row[]): Table {
  const sheet = init.sheet ?? "Sheet1";
  const first = (init.firstRow ?? 10) - 1; // 0-based
  let l1 = "";
  let l2 = "";
  const indicators: Indicator[] = rows.map((row, i) => {
    const [level1, level2, name, operator = null, value = null, unit = null, deadline = "2023 年 12 月", weight = null] = row;
    if (level1) {
      l1 = level1;
      l2 = "";
    }
    if (level2) l2 = level2;
    const r = first + i;
    const op = (operator ?? null) as Operator | null;
    return {
      level1: l1 ? canon1(l1) : null,
      level1Raw: l1 || null,
      level2: l2 || null,
      level2Raw: l2 || null,
      name,
      operator: op,
      operatorRaw: op,
      value,
      valueRaw: value === null ? null : String(value),
      unit,
      deadline,
      deadlineDate: parseDeadline(deadline),
      weight,
      location: { sheet, row: r + 1, cell: a1(r, 3) },
      cells: {
        level1: a1(r, 1),
        level2: a1(r, 2),
        name: a1(r, 3),
        operator: a1(r, 4),
        value: a1(r, 5),
        unit: a1(r, 6),
        deadline: a1(r, 7),
        ...(weight !== null ? { weight: a1(r, 8) } : {}),
      },
      extra: {},
    };
  });
  const budget = init.budget === undefined ? [100, "万元"] : init.budget;
  return {
    kind: init.kind ?? "project",
    title: "部门预算项目（政策）绩效目标表",
    name: init.name ?? "测试项目",
    year: init.year === undefined ? 2023 : init.year,
    department: init.department ?? "测试局",
    implementer: null,
    budget: budget ? { amount: budget[0], unit: budget[1], text: String(budget[0] ?? ""), cell: a1(first - 3, 1) } : null,
    budgetItems: [],
    goal: init.goal ?? null,
    goals: init.goal ? [{ label: "总体目标", text: init.goal, cell: a1(first - 2, 1) }] : [],
    declaredUnit: "万元",
    fields: [],
    location: { sheet, range: `A${first - 5}:H${first + rows.length}` },
    indicators,
    issues: [],
  };
}
