import type { Lang, Localized } from "../model/finding.js";
import { memo } from "../model/memo.js";

const isEmpty = (v: string | number | undefined) => v === undefined || String(v).trim() === "";

/**
 * Replace {name} placeholders; unknown placeholders are left visible so tests catch them.
 * An empty value never leaves an empty pair behind: a placeholder alone in brackets disappears with
 * its brackets ("文件已损坏（{reason}）" → "文件已损坏"), one alone in quotes reads as 空白 / blank.
 */
export function format(template: string, data: Record<string, string | number> = {}): string {
  // Every finding's message is formatted: a template is split once, and only a message with an empty
  // value goes through the bracket and quote rewriting.
  const parts = partsOf(template);
  for (let i = 1; i < parts.length; i += 2) if (Object.hasOwn(data, parts[i]) && isEmpty(data[parts[i]])) return formatWithBlanks(template, data);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (Object.hasOwn(data, parts[i]) ? String(data[parts[i]]) : `{${parts[i]}}`) + parts[i + 1];
  return out;
}

/** A template as text, key, text, key, …, text (keys at the odd indices). */
const partsOf = memo((template: string): string[] => template.split(/\{(\w+)\}/));

function formatWithBlanks(template: string, data: Record<string, string | number>): string {
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
