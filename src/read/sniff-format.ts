import type { FileFormat, ReadErrorCode } from "../model/grid.js";
import { sniff } from "./sniff.js";

/** The file format from the bytes, or why they are not a readable spreadsheet. */
export function sniffFormat(bytes: Uint8Array): { format: FileFormat } | { error: ReadErrorCode; actual?: string } {
  const r = sniff(bytes);
  if ("error" in r) return r.actual === undefined ? { error: r.error } : { error: r.error, actual: r.actual };
  return { format: r.format };
}
