/**
 * Stage 2: column roles. Each column of a header band gets one role from what its label says AND what the
 * column holds below it: a column labelled 指标 that holds 数量指标 / 质量指标 is a level column or, when no
 * other column has names, the name column; of two value columns the budget year's wins over 中期/长期/实际;
 * a column with no usable label is named by its content. One role per column, one column per role.
 */
import type { ColumnGroup, ColumnRole, ColumnSpec, FieldKey } from "../model/located.js";
import type { CellClass } from "./cell-class.js";
import type { HeaderBand } from "./header-bands.js";
import type { SheetView } from "./sheet.js";
import { columnLabelRoles, fieldKey, isOtherYearLabel, isSignOff, isTitle, type LabelRoles } from "./vocabulary.js";
import { labelKey } from "../grammar/index.js";

export interface ColumnLayout {
  columns: ColumnSpec[];
  /** Indicator column sets, the budget year's first; a row whose own set is empty is read from the next. */
  groups: ColumnGroup[];
  /** The name column holds level names (指标名称 = 数量指标 …): those rows are indicators, not level rows. */
  nameHoldsLevels: boolean;
  /** Project columns of the long layout. */
  project: { c: number; field: FieldKey; label: string }[];
}

interface Profile {
  filled: number;
  counts: Partial<Record<CellClass, number>>;
  distinct: number;
  /** Numbers between 0 and 100 with nothing else in the cell (weights). */
  smallNumbers: number;
}

const SAMPLE_ROWS = 80;

/** The rows below the band that are read to profile the columns (until a title, a new band or a long gap). */
export function sampleRows(view: SheetView, band: HeaderBand, isAnchor: (r: number) => boolean): number[] {
  const out: number[] = [];
  let blanks = 0;
  for (let r = band.rows[band.rows.length - 1] + 1; r < view.rowCount && out.length < SAMPLE_ROWS; r++) {
    const f = view.filled(r);
    if (f.length === 0) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (isAnchor(r)) break;
    const first = view.text(r, f[0]);
    if (isTitle(first)) break;
    if (isSignOff(first)) break;
    out.push(r);
  }
  return out;
}

function profile(view: SheetView, rows: number[], c: number): Profile {
  const counts: Partial<Record<CellClass, number>> = {};
  const seen = new Set<string>();
  let filled = 0;
  let smallNumbers = 0;
  for (const r of rows) {
    const t = view.text(r, c);
    if (!t) continue;
    filled++;
    seen.add(t);
    const k = view.class(r, c);
    counts[k] = (counts[k] ?? 0) + 1;
    if (k === "number") {
      const n = Number(t.replace(/,/g, ""));
      if (n >= 0 && n <= 100) smallNumbers++;
    }
  }
  return { filled, counts, distinct: seen.size, smallNumbers };
}

const frac = (p: Profile, ...ks: CellClass[]) => (p.filled ? ks.reduce((s, k) => s + (p.counts[k] ?? 0), 0) / p.filled : 0);

/** How well a column's content fits a role (0–1). */
function contentFit(role: ColumnRole, p: Profile): number {
  if (p.filled === 0) return 0;
  switch (role) {
    case "level1":
      return frac(p, "level1") + 0.6 * frac(p, "level2") + 0.2 * frac(p, "short");
    case "level2":
      return frac(p, "level2") + 0.4 * frac(p, "level1") + 0.2 * frac(p, "short");
    case "name":
      return frac(p, "short", "long") + 0.5 * frac(p, "quantity", "placeholder") + 0.3 * frac(p, "level2");
    case "value":
    case "valueOther":
      return frac(p, "number", "quantity", "placeholder", "unit") + 0.7 * frac(p, "short") + 0.5 * frac(p, "date") + 0.3 * frac(p, "long");
    case "operator":
      return frac(p, "operator", "nature");
    case "unit":
      return frac(p, "unit");
    case "deadline":
      return frac(p, "date");
    case "weight":
      return p.smallNumbers / p.filled;
    default:
      return 0;
  }
}

/** The roles a column's label path proposes: the last label speaks, its group label refines it. */
function pathRoles(path: string[]): LabelRoles {
  const own = columnLabelRoles(path[path.length - 1]);
  if (path.length === 1) return own;
  const parent = columnLabelRoles(path[0]);
  const leaf = labelKey(path[path.length - 1]);
  const parentKey = labelKey(path[0]);
  // 指标值 › 年度 / 指标值 › 中期
  if ((parent.value || parent.valueOther) && !own.unit && !own.weight && !own.operator) {
    if (isOtherYearLabel(leaf) || parent.valueOther) return { valueOther: 1 };
    if (/^(年度|当年|本年度?)$/u.test(leaf) || own.value) return { value: 1 };
    return { valueOther: 0.8 };
  }
  // 绩效标准 › 优 … 差: grades of a standard, kept as extras (the first stands in for the value when the table has none).
  if (parent.extra && !Object.keys(own).some((k) => k !== "extra")) return { extra: 1, valueOther: /^(优|优秀|一档)$/u.test(leaf) ? 0.3 : 0 };
  if (Object.keys(own).length === 0) return parent.section && /指标/u.test(parentKey) ? {} : parent;
  return own;
}

export function columnLayout(view: SheetView, band: HeaderBand, rows: number[]): ColumnLayout {
  const paths = new Map(band.paths);
  // Columns with data but no label of their own (a label spanning them, or none): columns of the block too.
  const labelled = [...paths.keys()];
  if (labelled.length) {
    const lo = Math.min(...labelled);
    const hiLabel = Math.max(...labelled);
    let hi = hiLabel;
    for (const r of rows) {
      const f = view.filled(r);
      if (f.length && f[f.length - 1] > hi && f[f.length - 1] - hiLabel <= 12) hi = f[f.length - 1];
    }
    for (let c = lo; c <= hi; c++) {
      if (paths.has(c)) continue;
      const n = rows.filter((r) => view.text(r, c) !== "").length;
      // Inside the labelled span any data makes a column; beyond it, only data on most rows (not one drifting row).
      if (n === 0 || (c > hiLabel && n < Math.max(2, rows.length / 2))) continue;
      let left = c - 1;
      while (left >= lo && !paths.has(left)) left--;
      paths.set(c, left >= lo ? [...paths.get(left)!.slice(0, 1), ""] : [""]);
    }
  }
  band = { ...band, paths };
  const cols = [...band.paths.keys()].sort((a, b) => a - b);
  // Columns with content but no label of their own inside the band's span (a merged 指标值 over value and unit).
  const last = cols[cols.length - 1] ?? 0;
  const first = cols[0] ?? 0;
  const profiles = new Map<number, Profile>();
  for (let c = first; c <= last + 1; c++) profiles.set(c, profile(view, rows, c));
  const labels = new Map<number, LabelRoles>();
  for (const c of cols) labels.set(c, pathRoles(band.paths.get(c)!));
  // "指标值 › 年度", "绩效标准 › 优"; a parent the leaf already says (指标值 › 中期指标值) is left out.
  const labelOf = (c: number) => {
    const parts = (band.paths.get(c) ?? []).filter((p) => p !== "");
    return parts.filter((p, i) => i === parts.length - 1 || !labelKey(parts[parts.length - 1]).includes(labelKey(p))).join(" › ");
  };
  const label = (c: number, role: ColumnRole) => labels.get(c)?.[role] ?? 0;
  const prof = (c: number) => profiles.get(c) ?? profile(view, rows, c);
  const score = (c: number, role: ColumnRole) => label(c, role) + 0.8 * contentFit(role, prof(c));

  // Project columns of the long layout: header-block labels used as column headers.
  let project: ColumnLayout["project"] = [];
  for (const c of cols) {
    const path = band.paths.get(c)!;
    const key = fieldKey(path[path.length - 1]);
    const strongest = Math.max(0, ...Object.values(labels.get(c)!));
    if (key && key !== "other" && strongest < 0.9) project.push({ c, field: key, label: labelOf(c) });
  }
  // Header-block labels as column headers make the long layout only when one of them names the project.
  if (!project.some((p) => p.field === "name")) project = [];
  // 单位名称 beside 项目名称 names the department, not the table.
  if (project.filter((p) => p.field === "name").length > 1) {
    for (const p of project) if (p.field === "name" && /单位|部门/u.test(labelKey(p.label))) p.field = "department";
  }
  const projectCols = new Set(project.map((p) => p.c));
  const free = cols.filter((c) => !projectCols.has(c));

  const groups = splitGroups(free, (c) => label(c, "name"), (c) => label(c, "level2"));
  const shared = free.filter((c) => c < groups[0][0]);
  const layouts = groups.map((span) => groupRoles(span, shared, score, label, prof));
  // The budget year's group first: by its labels, then by how many names it holds.
  const ranked = layouts
    .map((g, i) => ({ g, i, other: groups[i].some((c) => isOtherYearLabel(labelOf(c))), names: prof(g.name).filled }))
    .sort((a, b) => Number(a.other) - Number(b.other) || b.names - a.names || b.i - a.i);
  const primary = ranked[0].g;

  const roleOf = new Map<number, ColumnRole>();
  for (const c of shared) if (c !== primary.level1 && c !== primary.level2) roleOf.set(c, "section");
  for (const { g } of ranked) {
    for (const [role, c] of Object.entries(g) as [keyof ColumnGroup, number | undefined][]) {
      if (c === undefined || roleOf.has(c)) continue;
      roleOf.set(c, g === primary ? role : role === "value" ? "valueOther" : "extra");
    }
  }
  const columns: ColumnSpec[] = [];
  for (const c of cols) {
    const p = project.find((x) => x.c === c);
    if (p) {
      columns.push({ c, role: "project", label: p.label, field: p.field });
      continue;
    }
    let role = roleOf.get(c);
    if (!role) role = (labels.get(c)?.valueOther ?? 0) >= 0.5 ? "valueOther" : label(c, "section") > 0 && prof(c).filled === 0 ? "section" : "extra";
    columns.push({ c, role, label: labelOf(c) });
  }
  // A merged 指标值 over two columns, the second holding units: that one is the unit column.
  if (primary.unit === undefined && primary.value !== undefined) {
    const next = primary.value + 1;
    const p = prof(next);
    const sharedLabel = band.paths.has(next) && labelOf(next) === labelOf(primary.value) && !roleOf.has(next);
    if ((!band.paths.has(next) || sharedLabel) && p.filled > 0 && frac(p, "unit") >= 0.6) {
      const i = columns.findIndex((x) => x.c === next);
      if (i >= 0) columns.splice(i, 1);
      primary.unit = next;
      columns.push({ c: next, role: "unit", label: labelOf(primary.value) });
      columns.sort((a, b) => a.c - b.c);
    }
  }
  const nameProfile = prof(primary.name);
  const nameHoldsLevels = primary.level2 === undefined && frac(nameProfile, "level2", "level1") >= 0.5;
  return { columns, groups: ranked.map((x) => x.g), nameHoldsLevels, project };
}

/**
 * Tables printing 长期 and 年度 indicator columns side by side repeat 二级/三级/指标值: each repetition is a
 * group. A second strong name column starts a new group (with the 二级 column just left of it).
 */
function splitGroups(cols: number[], nameLabel: (c: number) => number, level2Label: (c: number) => number): number[][] {
  const names = cols.filter((c) => nameLabel(c) >= 0.9);
  if (names.length < 2) return [cols];
  const starts = names.map((n) => {
    const i = cols.indexOf(n);
    return i > 0 && level2Label(cols[i - 1]) >= 0.9 ? cols[i - 1] : n;
  });
  return starts.map((s, i) => cols.filter((c) => c >= s && (i + 1 >= starts.length || c < starts[i + 1])));
}

function groupRoles(
  span: number[],
  shared: number[],
  score: (c: number, role: ColumnRole) => number,
  label: (c: number, role: ColumnRole) => number,
  prof: (c: number) => Profile,
): ColumnGroup {
  const all = [...shared, ...span];
  const taken = new Set<number>();
  const best = (cands: number[], role: ColumnRole, min: number): number | undefined => {
    let pick: number | undefined;
    let top = min;
    for (const c of cands) {
      if (taken.has(c)) continue;
      const s = score(c, role);
      if (s > top) {
        top = s;
        pick = c;
      }
    }
    if (pick !== undefined) taken.add(pick);
    return pick;
  };

  // The name column: by label first (三级指标, 指标名称 …), else by content (text right of the levels).
  const labelled = span.filter((c) => label(c, "name") >= 0.8 && prof(c).filled > 0);
  let found: number | undefined = labelled.sort((a, b) => label(b, "name") - label(a, "name") || a - b)[0];
  if (found === undefined) {
    // Names come before values: candidates are columns left of the first labelled value column whose labels
    // say nothing else strongly, chosen by content (text that is not levels, numbers or units).
    const firstValue = span.find((c) => label(c, "value") >= 0.9);
    const strongOther = (c: number) =>
      (["value", "unit", "operator", "weight", "deadline", "extra"] as const).some((r) => label(c, r) >= 0.9) || label(c, "level1") >= 1 || label(c, "level2") >= 1;
    const cands = span.filter((c) => !strongOther(c) && (firstValue === undefined || c < firstValue));
    found = cands
      .filter((c) => prof(c).filled > 0)
      .sort((a, b) => score(b, "name") - score(a, "name") || a - b)
      .find((c) => score(c, "name") >= 0.5);
    // A bare 指标 / 绩效指标 column right of labelled levels, even when it holds level names (file 21's layout).
    found ??= span.find((c) => label(c, "name") >= 0.5 && prof(c).filled > 0);
    // No name column at all (一级指标 | 二级指标 | 指标值): the finest level column names the indicators.
    found ??= [...span].reverse().find((c) => (label(c, "level2") >= 0.9 || label(c, "level1") >= 0.9) && (firstValue === undefined || c < firstValue) && prof(c).filled > 0);
    found ??= span.find((c) => label(c, "name") > 0);
  }
  // A 二级指标 column holding one name per row and no level word beside a 指标内容 column of sentences
  // (资金到位率 | 资金到位率=(实际到位资金/计划投入资金)×100%): the 二级 column names the indicators.
  if (found !== undefined && label(found, "name") < 0.9) {
    const pn = prof(found);
    const l2 = span.find((c) => c < found! && label(c, "level2") >= 0.9);
    const p2 = l2 === undefined ? undefined : prof(l2);
    if (p2 && p2.filled >= 2 && p2.filled === pn.filled && p2.distinct === p2.filled && frac(p2, "level1", "level2") === 0 && frac(p2, "short") === 1 && frac(pn, "long") >= 0.5) found = l2;
  }
  const name = found ?? span[0] ?? 0;
  taken.add(name);
  const left = all.filter((c) => c < name);
  const right = all.filter((c) => c > name);

  // Levels left of the name: labels decide when present, content otherwise.
  const level2 = best(left.filter((c) => label(c, "level2") >= 0.9), "level2", 0);
  const level1 = best(left.filter((c) => label(c, "level1") >= 0.6 && (level2 === undefined || c < level2)), "level1", 0);
  let l1 = level1;
  let l2 = level2;
  if (l1 === undefined && l2 === undefined) {
    const levelish = left.filter((c) => prof(c).filled > 0 && isLevelColumn(prof(c)));
    if (levelish.length >= 2) [l1, l2] = levelish.slice(-2);
    else if (levelish.length === 1) {
      const p = prof(levelish[0]);
      if (frac(p, "level1") >= frac(p, "level2")) l1 = levelish[0];
      else l2 = levelish[0];
    }
    for (const c of [l1, l2]) if (c !== undefined) taken.add(c);
  } else if (l1 === undefined && l2 !== undefined) {
    const before = left.filter((c) => c < l2! && prof(c).filled > 0 && isLevelColumn(prof(c)));
    if (before.length) {
      l1 = before[before.length - 1];
      taken.add(l1);
    }
  }

  // Value: the budget year's labelled value column, else the best value content right of the name.
  const valueLabelled = right.filter((c) => label(c, "value") >= 0.5);
  let value: number | undefined = valueLabelled.sort((a, b) => label(b, "value") - label(a, "value") || a - b)[0];
  if (value !== undefined) taken.add(value);
  else value = best(right.filter((c) => label(c, "unit") < 0.9 && label(c, "operator") < 0.9 && label(c, "weight") < 0.9 && label(c, "deadline") < 0.9 && (label(c, "extra") === 0 || label(c, "valueOther") > 0)), "value", 0.55);

  const pickLabelled = (role: ColumnRole) => best(right.filter((c) => label(c, role) >= 0.9), role, 0);
  // Operators and units are recognisable by content: when the labelled column holds none and an unlabelled
  // or mislabelled column beside it holds them (指标性质 = 正向, 指标方向 = 大于等于), the content wins.
  const byContent = (role: "operator" | "unit", labelled: number | undefined): number | undefined => {
    if (labelled !== undefined && (prof(labelled).filled === 0 || contentFit(role, prof(labelled)) >= 0.3)) return labelled;
    const other = right.find((c) => !taken.has(c) && prof(c).filled >= 2 && contentFit(role, prof(c)) >= 0.8 && label(c, "value") < 0.9);
    if (other === undefined) return labelled;
    taken.add(other);
    if (labelled !== undefined) taken.delete(labelled);
    return other;
  };
  const operator = byContent("operator", pickLabelled("operator"));
  const unit = byContent("unit", pickLabelled("unit"));
  const weight = pickLabelled("weight");
  const deadline = pickLabelled("deadline");
  const g: ColumnGroup = { name };
  if (l1 !== undefined) g.level1 = l1;
  if (l2 !== undefined) g.level2 = l2;
  if (operator !== undefined) g.operator = operator;
  if (value !== undefined) g.value = value;
  if (unit !== undefined) g.unit = unit;
  if (weight !== undefined) g.weight = weight;
  if (deadline !== undefined) g.deadline = deadline;
  return g;
}

function isLevelColumn(p: Profile): boolean {
  const levels = frac(p, "level1", "level2");
  return levels >= 0.6 || (levels > 0 && p.filled <= 3 && frac(p, "short") + levels >= 1);
}

