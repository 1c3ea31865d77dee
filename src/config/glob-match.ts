/**
 * The globs of config `overrides` and `ignorePatterns`, --ignore-pattern and .pbmignore, matched by picomatch
 * and read the way .gitignore reads them: a glob without "/" matches the base name at any depth, "dir/"
 * everything under dir, a leading "/" anchors at the base folder, and a "!glob" takes back what earlier
 * globs matched. Paths are relative to the base folder, "/"-separated.
 */
import picomatch from "picomatch";

export type PathMatcher = (relPath: string) => boolean;

interface Compiled {
  negated: boolean;
  test: PathMatcher;
}

const cache = new Map<string, Compiled | null>();

function compile(glob: string): Compiled | null {
  let g = glob.trim().replace(/\\/g, "/");
  const negated = g.startsWith("!");
  if (negated) g = g.slice(1);
  g = g.replace(/^\.\//, "");
  const anchored = g.startsWith("/");
  g = g.replace(/^\/+/, "");
  if (g.endsWith("/")) g += "**";
  if (g === "") return null;
  return { negated, test: picomatch(g, { dot: true, basename: !anchored && !g.includes("/") }) };
}

/** One function for a list of globs; the last glob that matches a path decides (a "!" glob un-matches). */
export function globMatcher(globs: readonly string[]): PathMatcher {
  const compiled: Compiled[] = [];
  for (const g of globs) {
    if (!cache.has(g)) cache.set(g, compile(g));
    const c = cache.get(g);
    if (c) compiled.push(c);
  }
  return (relPath) => {
    const p = relPath.replace(/\\/g, "/").replace(/^\.\//, "");
    let matched = false;
    for (const c of compiled) if (c.negated === matched && c.test(p)) matched = !c.negated;
    return matched;
  };
}
