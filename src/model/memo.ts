/**
 * Remembers a pure function of a string. Labels, level names and units repeat across rows and
 * tables, and both the locators and the rules ask the same questions about the same texts many
 * times, so each answer is computed once per distinct text. The cache starts over at `limit` entries:
 * the texts that repeat are a file's labels and units, a few hundred, while names and sentences are
 * mostly seen once, so a small bound keeps the hits and keeps a long batch's memory flat (30 caches
 * of 20,000 texts each grew an audit worker by ~30 MB over 30,000 files). Results are shared: callers
 * must not mutate them.
 */
export function memo<T>(fn: (text: string) => T, limit = 4_096): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
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
