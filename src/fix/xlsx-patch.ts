/**
 * Patches cell texts inside an xlsx/xlsm package without rewriting the workbook:
 * SheetJS CE drops styles when it writes, so only the edited <c> elements of the
 * sheet XML (and, when needed, sharedStrings.xml) change; every other part keeps
 * its exact content, name and order.
 */
import { unzipSync, zipSync, type ZipOptions, type Zippable } from "fflate";
import { parseA1 } from "../model/a1.js";
import type { CellEdit } from "../model/finding.js";
import { type PatchOutcome, type PatchResult, textMatches, UnpatchableError } from "./patch-result.js";
import { decodeXmlText, getAttr, inlineString, setAttr, stringItemText, tElement } from "./xml-text.js";

/** Inflated size we accept; validation already applied the reader's limits, this is a second fence. */
const MAX_UNCOMPRESSED = 512 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;
const PERCENT = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/;

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
const enc = new TextEncoder();

interface Part {
  name: string;
  data: Uint8Array;
  stored: boolean;
}

export function patchXlsx(bytes: Uint8Array, edits: CellEdit[]): PatchResult {
  const parts = unzipParts(bytes);
  const byName = new Map(parts.map((p) => [p.name, p]));
  const text = (name: string) => {
    const p = byName.get(name);
    return p ? utf8.decode(p.data) : undefined;
  };

  const workbookPath = officeDocumentPath(text("_rels/.rels")) ?? "xl/workbook.xml";
  const workbookXml = text(workbookPath);
  if (workbookXml === undefined || !/<(?:\w+:)?workbook\b/.test(workbookXml)) {
    throw new UnpatchableError("no spreadsheet workbook part in the package");
  }
  const rels = relationships(text(relsPathOf(workbookPath)), dirOf(workbookPath));
  const sheets = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = getAttr(m[1], "name");
    const rid = getAttr(m[1], "r:id") ?? getAttr(m[1], "\\w+:id");
    const target = rid ? rels.get(rid)?.target : undefined;
    if (name !== undefined && target) sheets.set(name, target);
  }
  const sstPath = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type))?.target;
  const sst = sstPath && byName.has(sstPath) ? new SharedStrings(text(sstPath)!) : undefined;
  let sstChanged = false;

  const sheetXml = new Map<string, string>();
  const getSheet = (path: string) => {
    if (!sheetXml.has(path)) sheetXml.set(path, text(path) ?? "");
    return sheetXml.get(path)!;
  };
  // Shared-string reference counts over all sheets, computed on first need.
  let refCounts: Map<number, number> | undefined;
  const counts = () => {
    if (!refCounts) {
      refCounts = new Map();
      for (const path of new Set(sheets.values())) {
        for (const m of getSheet(path).matchAll(/<(?:\w+:)?c\b([^>]*)>\s*(?:<(?:\w+:)?f\b(?:(?!<\/(?:\w+:)?c>)[\s\S])*?)?<(?:\w+:)?v\b[^>]*>\s*(\d+)\s*</g)) {
          if (getAttr(m[1], "t") === "s") refCounts.set(Number(m[2]), (refCounts.get(Number(m[2])) ?? 0) + 1);
        }
      }
    }
    return refCounts;
  };

  const outcomes: PatchOutcome[] = edits.map((edit) => {
    const path = sheets.get(edit.sheet);
    if (!path || !byName.has(path)) return { status: "skipped", reason: "sheet-not-found" };
    const pos = parseA1(edit.cell);
    if (!pos) return { status: "skipped", reason: "cell-not-found" };
    const xml = getSheet(path);
    const cell = findCell(xml, edit.cell);
    if (!cell) {
      if (edit.from.trim() !== "") return { status: "skipped", reason: "cell-not-found" };
      const inserted = insertCell(xml, edit.cell, pos, edit.to);
      if (inserted === undefined) return { status: "skipped", reason: "cell-not-found" };
      sheetXml.set(path, inserted);
      return { status: "applied" };
    }
    if (cell.inner !== undefined && /<(?:\w+:)?f\b/.test(cell.inner)) return { status: "skipped", reason: "formula" };
    const type = getAttr(cell.attrs, "t") ?? "n";
    const v = cell.inner !== undefined ? /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(cell.inner)?.[1] : undefined;
    let actual: string;
    if (type === "s") actual = v !== undefined && sst ? (sst.text(Number(v)) ?? "") : "";
    else if (type === "inlineStr") actual = cell.inner ? stringItemText(cell.inner) : "";
    else if (type === "b") actual = v === undefined ? "" : v.trim() === "1" ? "TRUE" : "FALSE";
    else actual = v === undefined ? "" : decodeXmlText(v);
    // A number shown with a percent format: "100%" is the stored 1, and a new "90%" is stored as 0.9.
    let percent = false;
    if (!textMatches(actual, edit.from)) {
      const p = PERCENT.exec(edit.from);
      if (type === "n" && v !== undefined && p && sameNumber(Number(v) * 100, Number(p[1]))) percent = true;
      else return { status: "skipped", reason: "mismatch", actual };
    }

    let replacement: string;
    if (type === "s" && sst && v !== undefined) {
      const old = Number(v);
      const existing = sst.indexOfPlain(edit.to);
      let idx: number;
      if (existing !== undefined) idx = existing;
      else if ((counts().get(old) ?? 0) <= 1) {
        sst.replace(old, edit.to);
        idx = old;
      } else idx = sst.append(edit.to);
      sstChanged ||= existing === undefined;
      const c = counts();
      c.set(old, (c.get(old) ?? 1) - 1);
      c.set(idx, (c.get(idx) ?? 0) + 1);
      replacement = `<${cell.tag}${cell.attrs}>${cell.inner!.replace(/(<(?:\w+:)?v\b[^>]*>)[\s\S]*?(<\/(?:\w+:)?v>)/, `$1${idx}$2`)}</${cell.tag}>`;
    } else if (type === "n" && v !== undefined && (percent ? PERCENT.test(edit.to) : NUMBER.test(edit.to))) {
      const num = percent ? String(Number((Number(PERCENT.exec(edit.to)![1]) / 100).toPrecision(12))) : edit.to.trim();
      replacement = `<${cell.tag}${cell.attrs}>${cell.inner!.replace(/(<(?:\w+:)?v\b[^>]*>)[\s\S]*?(<\/(?:\w+:)?v>)/, `$1${num}$2`)}</${cell.tag}>`;
    } else {
      // Text into a number, boolean, empty or inline-string cell: an inline string keeps sharedStrings untouched.
      const prefix = cell.tag.slice(0, cell.tag.indexOf(":") + 1);
      replacement = `<${cell.tag}${setAttr(cell.attrs, "t", "inlineStr")}>${inlineString(edit.to, prefix)}</${cell.tag}>`;
    }
    sheetXml.set(path, xml.slice(0, cell.start) + replacement + xml.slice(cell.end));
    return { status: "applied" };
  });

  const changed = new Map<string, Uint8Array>();
  for (const [path, xml] of sheetXml) if (xml !== text(path)) changed.set(path, enc.encode(xml));
  if (sst && sstPath && sstChanged) changed.set(sstPath, enc.encode(sst.serialize()));
  if (changed.size === 0) return { bytes, outcomes };

  const out: Zippable = {};
  for (const p of parts) {
    const opts: ZipOptions = { level: p.stored ? 0 : 6 };
    out[p.name] = [changed.get(p.name) ?? p.data, opts];
  }
  return { bytes: zipSync(out), outcomes };
}

function unzipParts(bytes: Uint8Array): Part[] {
  const stored = new Set<string>();
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNCOMPRESSED) throw new UnpatchableError("package too large to patch");
        if (f.compression === 0) stored.add(f.name);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof UnpatchableError) throw err;
    throw new UnpatchableError(`not a readable zip package (${(err as Error).message})`);
  }
  // Object key order is the zip's entry order (part names are never integer-like).
  return Object.keys(files).map((name) => ({ name, data: files[name], stored: stored.has(name) }));
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

function relsPathOf(path: string): string {
  return `${dirOf(path)}_rels/${path.slice(dirOf(path).length)}.rels`;
}

function resolvePart(base: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function relationships(xml: string | undefined, base: string): Map<string, { type: string; target: string }> {
  const map = new Map<string, { type: string; target: string }>();
  for (const m of (xml ?? "").matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = getAttr(m[1], "Id");
    const target = getAttr(m[1], "Target");
    if (id && target && getAttr(m[1], "TargetMode") !== "External") {
      map.set(id, { type: getAttr(m[1], "Type") ?? "", target: resolvePart(base, target) });
    }
  }
  return map;
}

function officeDocumentPath(xml: string | undefined): string | undefined {
  for (const r of relationships(xml, "").values()) if (/\/officeDocument$/.test(r.type)) return r.target;
  return undefined;
}

interface CellMatch {
  start: number;
  end: number;
  tag: string;
  attrs: string;
  /** Content between the tags; undefined for a self-closing <c/>. */
  inner: string | undefined;
}

function findCell(xml: string, ref: string): CellMatch | undefined {
  const re = new RegExp(`<((?:\\w+:)?c)(\\s[^>]*?\\br\\s*=\\s*["']${ref}["'][^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`);
  const m = re.exec(xml);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].length, tag: m[1], attrs: m[2], inner: m[3] };
}

/** A new inline-string cell in an existing row, in column order; undefined when the row is not there. */
function insertCell(xml: string, ref: string, pos: { r: number; c: number }, text: string): string | undefined {
  const row = new RegExp(`<((?:\\w+:)?row)(\\s[^>]*?\\br\\s*=\\s*["']${pos.r + 1}["'][^>]*?)(\\/>|>([\\s\\S]*?)<\\/\\1>)`).exec(xml);
  if (!row) return undefined;
  const prefix = row[1].includes(":") ? row[1].slice(0, row[1].indexOf(":") + 1) : "";
  const cell = `<${prefix}c r="${ref}" t="inlineStr">${inlineString(text, prefix)}</${prefix}c>`;
  const open = `<${row[1]}${row[2]}>`;
  if (row[3] === "/>") return xml.slice(0, row.index) + `${open}${cell}</${row[1]}>` + xml.slice(row.index + row[0].length);
  const inner = row[4] ?? "";
  let at = inner.length;
  for (const m of inner.matchAll(/<(?:\w+:)?c\s[^>]*?\br\s*=\s*["']([A-Z]+)\d+["']/g)) {
    const col = parseA1(`${m[1]}1`)?.c ?? 0;
    if (col > pos.c) {
      at = m.index;
      break;
    }
  }
  const newInner = inner.slice(0, at) + cell + inner.slice(at);
  return xml.slice(0, row.index) + `${open}${newInner}</${row[1]}>` + xml.slice(row.index + row[0].length);
}

/** sharedStrings.xml edited as text: items and the text between them keep their bytes unless replaced. */
class SharedStrings {
  private items: { raw: string; text: string; gap: string }[] = [];
  private head = "";
  private tail = "";
  private appended = 0;
  /** Namespace prefix of the document ("x:" for <x:sst>), used for new items. */
  private prefix: string;

  constructor(xml: string) {
    this.prefix = /<(\w+:)?sst\b/.exec(xml)?.[1] ?? "";
    let last = -1;
    for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
      const gap = last < 0 ? "" : xml.slice(last, m.index);
      if (last < 0) this.head = xml.slice(0, m.index);
      last = m.index + m[0].length;
      this.items.push({ raw: m[0], text: stringItemText(m[1] ?? ""), gap });
    }
    if (last < 0) {
      // No items yet: open a self-closing <sst/> so items can be appended inside it.
      xml = xml.replace(/<((?:\w+:)?sst)\b([^>]*?)\/>/, "<$1$2></$1>");
      last = Math.max(0, xml.search(/<\/(?:\w+:)?sst>/));
      this.head = xml.slice(0, last);
    }
    this.tail = xml.slice(last);
  }

  text(i: number): string | undefined {
    return this.items[i]?.text;
  }

  /** Index of an item that is exactly this plain text (not rich text), to repoint a cell to. */
  indexOfPlain(text: string): number | undefined {
    const i = this.items.findIndex((it) => it.text === text && !/<(?:\w+:)?r>/.test(it.raw));
    return i < 0 ? undefined : i;
  }

  replace(i: number, text: string): void {
    this.items[i] = { raw: this.item(text), text, gap: this.items[i].gap };
  }

  append(text: string): number {
    this.items.push({ raw: this.item(text), text, gap: "" });
    this.appended++;
    return this.items.length - 1;
  }

  private item(text: string): string {
    return `<${this.prefix}si>${tElement(text, this.prefix)}</${this.prefix}si>`;
  }

  serialize(): string {
    const head = this.appended
      ? this.head.replace(/(<(?:\w+:)?sst\b[^>]*?\suniqueCount\s*=\s*["'])(\d+)(["'])/, (_m, a: string, n: string, b: string) => `${a}${Number(n) + this.appended}${b}`)
      : this.head;
    return head + this.items.map((it) => it.gap + it.raw).join("") + this.tail;
  }
}
