/**
 * Remembers a pure function of a string. Rules ask the same questions (is this name a rate? which
 * second level is this?) about the same strings dozens of times per table — 50 rules, and level
 * and unit names repeat across every table — so each answer is computed once per distinct text.
 * Results are shared: callers must not mutate them.
 */
export function memo<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
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
