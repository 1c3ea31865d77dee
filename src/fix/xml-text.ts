/** The few XML text rules the package patcher needs; the rest of the XML is never re-serialized. */

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Entity references and OOXML's `_xHHHH_` escapes → text. */
export function decodeXmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
      if (e[0] !== "#") return NAMED[e] ?? m;
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `<t>` element for a text, keeping leading/trailing spaces as Excel does; `prefix` is the document's namespace prefix ("x:"). */
export function tElement(text: string, prefix = ""): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${space}>${escapeXmlText(text)}</${prefix}t>`;
}

/** `<is>` inline-string content for a cell. */
export function inlineString(text: string, prefix = ""): string {
  return `<${prefix}is>${tElement(text, prefix)}</${prefix}is>`;
}

/** Concatenated `<t>` texts of a string item (`<si>` or `<is>`), phonetic runs left out. */
export function stringItemText(inner: string): string {
  const noPhonetic = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  for (const m of noPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) {
    out += decodeXmlText(m[1] ?? "");
  }
  return out;
}

export function getAttr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXmlText(m[1] ?? m[2] ?? "") : undefined;
}

/** Sets (or adds, or with `undefined` removes) one attribute, leaving the others as written. */
export function setAttr(attrs: string, name: string, value: string | undefined): string {
  const re = new RegExp(`(\\s)${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (re.test(attrs)) return value === undefined ? attrs.replace(re, "") : attrs.replace(re, `$1${name}="${value}"`);
  return value === undefined ? attrs : `${attrs} ${name}="${value}"`;
}
