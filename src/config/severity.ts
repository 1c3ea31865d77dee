/**
 * The one vocabulary of rule severities, for the config file and `--rule` alike (and the JSON Schema):
 * off, info, warning, error, with `warn` (ESLint's word) accepted for warning. Lower case, as written.
 */
import type { SeveritySetting } from "../model/finding.js";

export const SEVERITY_WORDS = ["off", "info", "warning", "error"] as const satisfies readonly SeveritySetting[];
export const SEVERITY_ALIASES = { warn: "warning" } as const satisfies Record<string, SeveritySetting>;
/** Every word accepted, in the order the docs list them. */
export const ACCEPTED_SEVERITIES = ["off", "info", "warning", "warn", "error"] as const;

export function parseSeverity(word: unknown): SeveritySetting | null {
  if (typeof word !== "string") return null;
  if ((SEVERITY_WORDS as readonly string[]).includes(word)) return word as SeveritySetting;
  return Object.hasOwn(SEVERITY_ALIASES, word) ? SEVERITY_ALIASES[word as keyof typeof SEVERITY_ALIASES] : null;
}

/** "off、info、warning（或 warn）、error" / "off, info, warning (or warn), error". */
export const SEVERITY_LIST = {
  zh: "off、info、warning（或 warn）、error",
  en: "off, info, warning (or warn), error",
};
