/** A1 notation helpers. Columns and rows are 0-based inside pbm, 1-based for people. */

export function colName(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

export function rangeA1(s: { r: number; c: number }, e: { r: number; c: number }): string {
  return `${a1(s.r, s.c)}:${a1(e.r, e.c)}`;
}

/** "AB12" → { r: 11, c: 27 }; undefined when it is not an A1 reference. */
export function parseA1(ref: string): { r: number; c: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** 1-based column number of an A1 reference (A = 1), for SARIF startColumn. */
export function columnNumber(ref: string): number | undefined {
  const p = parseA1(ref);
  return p ? p.c + 1 : undefined;
}
