/** Normalized tables → the compact records the audit keeps (see model/audit.ts). */
import { createHash } from "node:crypto";
import type { AuditTable } from "../model/audit.js";
import { ownEntry } from "../model/memo.js";
import type { Money, Table } from "../model/records.js";
import { departmentClaim } from "./department.js";

const TO_WAN: Record<string, number> = { 元: 1e-4, 千元: 0.1, 万元: 1, 百万元: 100, 亿元: 1e4 };

/** Money in 万元, the unit the tables are filed in; an unknown unit is taken as 万元. */
export function toWan(m: Money | null): number | null {
  if (!m || m.amount === null) return null;
  const f = ownEntry(TO_WAN, (m.unit ?? "万元").replace(/\s+/g, "")) ?? 1;
  return Math.round(m.amount * f * 1e6) / 1e6;
}

export function auditTable(t: Table): AuditTable {
  const targets = createHash("sha1")
    .update(
      t.indicators
        .map((i) => [i.name, i.operator ?? "", i.value ?? "", i.unit ?? ""].join("\u0001"))
        .sort()
        .join("\u0002"),
    )
    .digest("hex")
    .slice(0, 16);
  return {
    name: t.name,
    kind: t.kind,
    sheet: t.location.sheet,
    range: t.location.range,
    department: t.department,
    implementer: t.implementer,
    claim: departmentClaim(t),
    year: t.year,
    budget: toWan(t.budget),
    budgetCell: t.budget?.cell ?? null,
    targets,
    indicators: t.indicators.map((i) => ({
      cell: i.location.cell,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      operator: i.operator,
      value: i.value,
      unit: i.unit,
      deadline: i.deadline,
    })),
  };
}
