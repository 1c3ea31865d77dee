/** The fix library: safe edits from findings, patched copies that keep the file intact, blank templates. */
export { fixFile, type FixOptions } from "./fix-file.js";
export { fixFiles, renderFixText, type FixFilesOptions, type FixRun } from "./run-fix.js";
export { describeFix, planFixes, remainingErrors, type FixPlan } from "./plan.js";
export { patchXlsx } from "./xlsx-patch.js";
export { patchText } from "./text-patch.js";
export { buildTemplate, templateLayout, TEMPLATE_KINDS, type TemplateKind } from "./template.js";
