import type { Lang, Localized } from "../model/finding.js";

const isEmpty = (v: string | number | undefined) => v === undefined || String(v).trim() === "";

/**
 * Replace {name} placeholders; unknown placeholders are left visible so tests catch them.
 * An empty value never leaves an empty pair behind: a placeholder alone in brackets disappears with
 * its brackets ("文件已损坏（{reason}）" → "文件已损坏"), one alone in quotes reads as 空白 / blank.
 */
export function format(template: string, data: Record<string, string | number> = {}): string {
  const zh = /[\u4e00-\u9fff]/u.test(template);
  const known = (k: string) => Object.hasOwn(data, k);
  return template
    .replace(/\s?[（(]\{(\w+)\}[）)]/gu, (m, k: string) => (known(k) && isEmpty(data[k]) ? "" : m))
    .replace(/[“"「]\{(\w+)\}[”"」]/gu, (m, k: string) => (known(k) && isEmpty(data[k]) ? (zh ? "（空白）" : "(blank)") : m))
    .replace(/\{(\w+)\}/g, (m, k: string) => (known(k) ? String(data[k]) : m));
}

export function localize(text: Localized, lang: Lang, data?: Record<string, string | number>): string {
  return format(text[lang], data);
}

/** Placeholder names of a template, sorted (the meta test compares zh and en). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** Pairs of quotes or brackets with nothing inside: what a message must never show a clerk. */
export const EMPTY_PAIR = /“\s*”|""|「\s*」|（\s*）|\(\s*\)|‘\s*’/u;
