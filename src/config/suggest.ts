/** "Did you mean …?" for mistyped rule ids, option names, config fields and severities. */
export function closest(word: string, candidates: readonly string[], max = 3): string[] {
  const near = (c: string, d: number) =>
    d <= Math.max(c.length > 3 ? 2 : 1, Math.floor(c.length / 3)) || (word.length >= 3 && c.length >= 3 && (c.includes(word) || word.includes(c)));
  const scored = candidates
    .filter((c) => c !== word)
    .map((c) => ({ c, d: distance(word, c) }))
    .filter(({ c, d }) => near(c, d))
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1));
  return scored.slice(0, max).map((s) => s.c);
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
