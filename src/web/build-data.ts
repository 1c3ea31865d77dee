/**
 * What the build (scripts/build-web.ts) computes in Node and hands to the page as data: pbm's version,
 * the CLI's default config, every rule's metadata with its docs page (docs/rules/<id>.md) in sections.
 */
import type { RuleInfo, RuleSettings } from "../model/finding.js";
import type { RuleSetting } from "../config/types.js";

export type DocBlock = { kind: "p"; text: string } | { kind: "list"; items: string[] } | { kind: "table"; rows: string[][] };

export interface DocSection {
  /** The page's heading as written (规则说明, 为什么, 错误示例 …). */
  title: string;
  blocks: DocBlock[];
}

export interface RuleDoc {
  /** The Chinese sections, in page order. */
  zh: DocSection[];
  /** The "English" section's blocks. */
  en: DocBlock[];
}

export interface BuildData {
  version: string;
  config: { rules: Record<string, RuleSetting>; settings: RuleSettings };
  rules: (RuleInfo & { docs: RuleDoc | null })[];
}

declare const __PBM_BUILD__: BuildData;

/** Replaced by the bundler with the build's data (esbuild `define`). */
export const BUILD: BuildData = __PBM_BUILD__;
