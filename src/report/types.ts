/** The contract between the engine/CLI and the reporters. Reporters are pure: report in, text out. */
import type { Lang, RuleInfo, ValidateReport } from "../model/finding.js";

export interface ReportContext {
  /** Folder that file paths are shown relative to (SARIF uri, compact lines). */
  cwd: string;
  lang: Lang;
  /** Metadata of every rule that may appear (for SARIF rules, docs, categories). */
  rules: RuleInfo[];
  /** Emit ANSI colours (stylish only; machine formats never do). */
  color: boolean;
  /** pbm version, for tool metadata. */
  version: string;
  /** Show only errors (--quiet): findings are already filtered; reporters may say so. */
  quiet?: boolean;
  /** Folder the report file is written to: links inside it are relative to here (audit workbook). */
  outputDir?: string;
  /** --statistics: append a count per rule (stylish/compact). */
  statistics?: boolean;
  /** Columns the text may take (stylish): the terminal's width, 80 when the output is not a terminal. */
  width?: number;
}

export type Reporter = (report: ValidateReport, ctx: ReportContext) => string;
