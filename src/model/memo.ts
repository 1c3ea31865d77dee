/**
 * Remembers a pure function of a string. Labels, level names and units repeat across rows and
 * tables, and both the locators and the rules ask the same questions about the same texts many
 * times, so each answer is computed once per distinct text. At most `limit` texts are kept, in two
 * generations: when the newer one is full, the older is dropped and a text asked again moves up, so
 * the texts that keep coming back (a batch's labels, units, common indicator names) survive while
 * names and sentences seen once age out. A bound keeps a long batch's memory flat (30 caches of 20,000
 * texts each grew an audit worker by ~30 MB over 30,000 files). Results are shared: callers must not
 * mutate them.
 */
export function memo<T>(fn: (text: string) => T, limit = 4_096): (text: string) => T {
  const half = Math.max(1, Math.floor(limit / 2));
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  const keep = (text: string, value: T) => {
    if (recent.size >= half) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, value);
  };
  return (text: string) => {
    const hit = recent.get(text);
    if (hit !== undefined || recent.has(text)) return hit as T;
    const old = older.get(text);
    if (old !== undefined || older.has(text)) {
      keep(text, old as T);
      return old as T;
    }
    const value = fn(text);
    keep(text, value);
    return value;
  };
}

/**
 * `table[key]` for lookup tables keyed by text from a cell: only the table's own entries count,
 * so a cell reading "valueOf" or "__proto__" finds nothing instead of Object.prototype's members.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
