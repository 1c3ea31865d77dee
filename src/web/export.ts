/**
 * What the page hands back: the findings as a workbook (SheetJS writes it here, in the browser) and the
 * CLI's HTML report (src/report/html.ts) of the same files. Both are downloads of blobs made on the spot.
 */
import * as XLSX from "xlsx";
import { summarize } from "../engine/check.js";
import type { Lang } from "../model/finding.js";
import html from "../report/html.js";
import type { CheckedFile } from "./check.js";
import { BUILD } from "./build-data.js";
import type { UiText } from "./ui-text.js";

function save(data: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function stamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** One row per finding: file, table, sheet, cell, severity, rule, message, suggested fix. */
export function findingsWorkbook(files: CheckedFile[], t: UiText): ArrayBuffer {
  const rows: (string | null)[][] = [t.xlsxHead];
  for (const f of files) {
    for (const x of f.report.findings) {
      const fix = x.fix?.edits.map((e) => `${e.cell}: ${e.from} → ${e.to}`).join("; ") ?? "";
      rows.push([f.name, x.table, x.location?.sheet ?? null, x.location?.cell ?? null, t.severity[x.severity], x.ruleId, x.message, fix]);
    }
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws["!cols"] = [{ wch: 28 }, { wch: 24 }, { wch: 10 }, { wch: 8 }, { wch: 6 }, { wch: 24 }, { wch: 80 }, { wch: 30 }];
  ws["!autofilter"] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: 7 } }) };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, t.xlsxSheet);
  return XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
}

export function downloadXlsx(files: CheckedFile[], t: UiText, lang: Lang): void {
  save(findingsWorkbook(files, t), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${lang === "en" ? "pbm-problems" : "pbm-问题清单"}-${stamp()}.xlsx`);
}

export function htmlReport(files: CheckedFile[], lang: Lang): string {
  const reports = files.map((f) => f.report);
  return html(
    { files: reports, summary: summarize(reports) },
    { cwd: "/", lang, rules: BUILD.rules.map(({ docs: _docs, ...info }) => info), color: false, version: BUILD.version },
  );
}

export function downloadHtmlReport(files: CheckedFile[], lang: Lang): void {
  save(htmlReport(files, lang), "text/html;charset=utf-8", `${lang === "en" ? "pbm-report" : "pbm-检查报告"}-${stamp()}.html`);
}
