import type { Lang, Localized } from "../model/finding.js";

/** Replace {name} placeholders; unknown placeholders are left visible so tests catch them. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function localize(text: Localized, lang: Lang, data?: Record<string, string | number>): string {
  return format(text[lang], data);
}

/** Placeholder names of a template, sorted (the meta test compares zh and en). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}
