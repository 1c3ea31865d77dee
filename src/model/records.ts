/**
 * Normalized records: what `normalize` produces and what rules read.
 * The zod schemas are the single source of truth; TypeScript types are inferred
 * from them and schemas/*.schema.json is generated from them (scripts/build-schemas.ts).
 * Field names that appear in `pbm normalize --format json` are a public contract.
 */
import { z } from "zod";

export const OPERATORS = [">=", "<=", "=", ">", "<"] as const;
export const Operator = z.enum(OPERATORS);
export type Operator = z.infer<typeof Operator>;

export const TableKind = z.enum(["project", "transfer", "department", "unknown"]);
export type TableKind = z.infer<typeof TableKind>;

/** Where a value sits: sheet name, 1-based Excel row and A1 cell. */
export const Location = z.object({
  sheet: z.string(),
  row: z.number().int().min(1),
  cell: z.string(),
});
export type Location = z.infer<typeof Location>;

/** A1 references of the cells an indicator was read from (only the columns the table has). */
export const IndicatorCells = z.object({
  level1: z.string().optional(),
  level2: z.string().optional(),
  name: z.string(),
  operator: z.string().optional(),
  value: z.string().optional(),
  unit: z.string().optional(),
  deadline: z.string().optional(),
  weight: z.string().optional(),
});
export type IndicatorCells = z.infer<typeof IndicatorCells>;

export const Deadline = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

export const Indicator = z.object({
  /** Canonical first-level name (产出指标, 效益指标, 满意度指标, 成本指标) or the raw text when not recognized. */
  level1: z.string().nullable(),
  level1Raw: z.string().nullable(),
  /** Canonical second-level name (数量指标, 社会效益指标, 服务对象满意度指标 …) or the raw text. */
  level2: z.string().nullable(),
  level2Raw: z.string().nullable(),
  /** 三级指标 name, trimmed. */
  name: z.string(),
  operator: Operator.nullable(),
  /** The operator as written ("≥", "不低于", "=>"), from its own column or from inside the value. */
  operatorRaw: z.string().nullable(),
  /** A number for quantitative targets; the text for qualitative ones (良好, 促进发展); null when empty. */
  value: z.union([z.number(), z.string()]).nullable(),
  /** The value cell as written, before splitting off operator and unit. */
  valueRaw: z.string().nullable(),
  unit: z.string().nullable(),
  /** 完成时限 as written. */
  deadline: z.string().nullable(),
  /** 完成时限 parsed; null when empty or unparseable. */
  deadlineDate: Deadline.nullable(),
  weight: z.number().nullable(),
  /** 定性 / 定量 as the table says it (指标性质 or 指标值类型 column); null when it does not say. */
  nature: z.enum(["qualitative", "quantitative"]).nullable().optional(),
  /** What the value grammar made of the value cell: number, range, unit-only, operator-only, placeholder, text, empty. */
  valueKind: z.enum(["empty", "number", "range", "operator-only", "unit-only", "placeholder", "text"]).optional(),
  /** Where the unit came from: its own column, the value's tail, or the name's brackets (实施营造林总面积(亩)). */
  unitSource: z.enum(["column", "value", "name"]).nullable().optional(),
  /** The unit as written when `unit` is its standard spelling (百分比 → %). */
  unitRaw: z.string().nullable().optional(),
  /** Where the indicator row is: the 三级 name cell. */
  location: Location,
  cells: IndicatorCells,
  /** Other columns of the row by header label (指标解释, 评(扣)分标准, 备注 …). */
  extra: z.record(z.string(), z.string()),
});
export type Indicator = z.infer<typeof Indicator>;

export const Money = z.object({
  amount: z.number().nullable(),
  /** 元, 万元 or 亿元 (the table's declared 单位 applies when the cell has none). */
  unit: z.string().nullable(),
  /** The cell text as written. */
  text: z.string(),
  cell: z.string().nullable(),
});
export type Money = z.infer<typeof Money>;

export const HeaderField = z.object({
  label: z.string(),
  text: z.string(),
  cell: z.string(),
});
export type HeaderField = z.infer<typeof HeaderField>;

/** Something `normalize` could not read; the `parse` rules turn these into findings. */
export const ParseIssue = z.object({
  code: z.string(),
  /** Raw text involved, for the message. */
  text: z.string().nullable(),
  location: Location.nullable(),
});
export type ParseIssue = z.infer<typeof ParseIssue>;

export const Table = z.object({
  kind: TableKind,
  /** Title line as written (部门预算项目（政策）绩效目标表). */
  title: z.string().nullable(),
  /** 项目(政策)名称 / 转移支付名称 / 部门(单位)名称. */
  name: z.string(),
  /** Budget year from the title or the 年度 line. */
  year: z.number().int().nullable(),
  /** 主管部门 (or 省级/市级主管部门 on transfer tables). */
  department: z.string().nullable(),
  /** 实施单位. */
  implementer: z.string().nullable(),
  budget: Money.nullable(),
  /** Other money lines of the header block (财政拨款, 其他资金, 中央补助 …). */
  budgetItems: z.array(z.object({ label: z.string(), money: Money })),
  /** The main goal text (年度目标 when present, else 总体目标 / 实施期目标). */
  goal: z.string().nullable(),
  goals: z.array(HeaderField),
  /** 单位：万元 declared above the table. */
  declaredUnit: z.string().nullable(),
  /** 项目期 / 实施期 / 建设周期 / 起止时间 as written, with its dates when they can be read. */
  period: z
    .object({ label: z.string(), text: z.string(), cell: z.string(), start: Deadline.nullable(), end: Deadline.nullable() })
    .nullable()
    .optional(),
  /** Every header-block field as label → text, for rules that need something unusual. */
  fields: z.array(HeaderField),
  location: z.object({ sheet: z.string(), range: z.string() }),
  indicators: z.array(Indicator),
  issues: z.array(ParseIssue),
});
export type Table = z.infer<typeof Table>;

export const FileRecords = z.object({
  path: z.string(),
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  tables: z.array(Table),
});
export type FileRecords = z.infer<typeof FileRecords>;

/** `pbm normalize --format json` output. */
export const NormalizeOutput = z.object({ files: z.array(FileRecords) });
export type NormalizeOutput = z.infer<typeof NormalizeOutput>;
