/** Money in messages and comparisons: amounts in 元 compared with a tolerance, printed in the unit that reads best. */

/** Equal within a relative tolerance (default one part in a million) — float-safe for 1031.7 × 10⁴. */
export function sameAmount(a: number, b: number, relTol = 1e-6): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= relTol * Math.max(Math.abs(a), Math.abs(b));
}

/** k when a / b is 10^k within the tolerance (k ≠ 0 means a unit slip), else undefined. */
export function powerOfTenRatio(a: number, b: number, relTol = 1e-6): number | undefined {
  if (a <= 0 || b <= 0) return undefined;
  const k = Math.round(Math.log10(a / b));
  return sameAmount(a, b * 10 ** k, relTol) ? k : undefined;
}

/** A readable amount in the biggest unit that keeps it ≥ 1 (2560512000 元 → "25.61 亿元"). */
export function formatMoney(yuan: number): string {
  const [value, unit] = yuan >= 1e8 ? [yuan / 1e8, "亿元"] : yuan >= 1e4 ? [yuan / 1e4, "万元"] : [yuan, "元"];
  return `${trimNumber(value)} ${unit}`;
}

/** A number for messages: at most 2 decimals, no trailing zeros. */
export function trimNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
