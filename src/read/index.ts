/**
 * The read layer: bytes.ts is the pure reader (bytes → Workbook, no Node built-ins; the page in the
 * browser runs it), file.ts its Node side (files on disk, and the codepages for old .xls from node_modules).
 * Importing this module brings both.
 */
export { fsError, readWorkbook } from "./file.js";
export { DEFAULT_LIMITS, readBytes, sniffFormat, type ReadLimits } from "./bytes.js";
