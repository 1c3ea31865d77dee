/**
 * Minimal glob matching for config `overrides` and ignore patterns (**, *, ?, {a,b}, [abc]).
 * Node's path.matchesGlob prints an ExperimentalWarning on Node 20, so pbm has its own.
 */
const cache = new Map<string, RegExp>();

function toRegExp(glob: string): RegExp {
  let re = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (ch === "?") re += "[^/]";
    else if (ch === "{") {
      depth++;
      re += "(?:";
    } else if (ch === "}" && depth > 0) {
      depth--;
      re += ")";
    } else if (ch === "," && depth > 0) re += "|";
    else if (ch === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += "[" + glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else re += ch.replace(/[.+^$()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "u");
}

/**
 * Does a path (relative, "/"-separated) match a glob? A glob without "/" matches the
 * base name at any depth, as in .gitignore.
 */
export function matchesGlob(relPath: string, glob: string): boolean {
  const p = relPath.replace(/\\/g, "/").replace(/^\.\//, "");
  let g = glob.trim().replace(/\\/g, "/").replace(/^\.\//, "");
  if (g.endsWith("/")) g += "**";
  if (!g.includes("/")) g = "**/" + g;
  let re = cache.get(g);
  if (!re) {
    re = toRegExp(g);
    cache.set(g, re);
  }
  return re.test(p);
}
