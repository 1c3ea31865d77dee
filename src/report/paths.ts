/**
 * Paths as the user sees them, without node:path: reporters run in the CLI and in the page in the
 * browser. The flavour comes from the folder the paths are shown relative to — a Windows working folder
 * always starts with a drive (C:\) or a share (\\server\share), a POSIX one with "/" — and the results are
 * those of node:path.win32 / node:path.posix (tests/report/paths.test.ts compares them).
 */

interface Parsed {
  /** "/" (POSIX), "C:" or "\\server\share" (Windows, as written); "" for a relative path. */
  root: string;
  segments: string[];
}

const WIN_ROOT = /^(?:([A-Za-z]:)|[\\/]{2}([^\\/]+)[\\/]+([^\\/]+))/;

export function isWindowsPath(p: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(p) || /^[\\/]{2}[^\\/]/.test(p);
}

function parse(p: string, win: boolean): Parsed & { rooted: boolean } {
  if (!win) return { root: p.startsWith("/") ? "/" : "", rooted: p.startsWith("/"), segments: p.split("/") };
  const m = WIN_ROOT.exec(p);
  let root = "";
  let rest = p;
  if (m) {
    root = m[1] ? m[1] : `\\\\${m[2]}\\${m[3]}`;
    rest = p.slice(m[0].length);
  }
  // "C:foo" is relative to the drive's folder; "\foo" to the current drive's root; UNC roots are absolute.
  const rooted = /^[\\/]/.test(rest) || root.startsWith("\\\\");
  return { root, rooted, segments: rest.split(/[\\/]/) };
}

function normalize(segments: string[], base: string[] = []): string[] {
  const out = [...base];
  for (const s of segments) {
    if (s === "" || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out;
}

/** An absolute path: `file` resolved against the absolute folder `cwd`. */
function resolve(cwd: string, file: string, win: boolean): Parsed {
  const base = parse(cwd, win);
  const baseSegs = normalize(base.segments);
  const f = parse(file, win);
  if (!win) return { root: "/", segments: f.rooted ? normalize(f.segments) : normalize(f.segments, baseSegs) };
  const sameDrive = f.root === "" || f.root.toLowerCase() === base.root.toLowerCase();
  const root = f.root || base.root;
  if (f.rooted) return { root, segments: normalize(f.segments) };
  return { root, segments: normalize(f.segments, sameDrive ? baseSegs : []) };
}

function format(p: Parsed, win: boolean): string {
  if (!win) return "/" + p.segments.join("/");
  return `${p.root.replace(/\\/g, "/")}/${p.segments.join("/")}`;
}

/** `file` made absolute against the folder `cwd`, with forward slashes ("/a/b", "C:/a/b"). */
export function absolutePath(file: string, cwd: string): string {
  const win = isWindowsPath(cwd) || isWindowsPath(file);
  return format(resolve(cwd, file, win), win);
}

/** The last part of a path, either slash. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).pop() ?? "";
}

/**
 * The file's path relative to `cwd`, with forward slashes (stable across machines and OSes); the file's
 * name when it is `cwd` itself; the absolute path when it is on another drive (there is no relative one).
 */
export function displayPath(file: string, cwd: string): string {
  const win = isWindowsPath(cwd);
  const from = resolve(cwd, ".", win);
  const to = resolve(cwd, file, win);
  const same = (a: string, b: string) => (win ? a.toLowerCase() === b.toLowerCase() : a === b);
  if (win && !same(from.root, to.root)) return format(to, win);
  let common = 0;
  while (common < from.segments.length && common < to.segments.length && same(from.segments[common], to.segments[common])) common++;
  const rel = [...from.segments.slice(common).map(() => ".."), ...to.segments.slice(common)];
  // node:path's basename of a share's root is the share's name; of a drive's or "/", nothing.
  if (rel.length === 0) return to.segments[to.segments.length - 1] ?? (to.root.startsWith("\\\\") ? to.root.split("\\").pop()! : "");
  return rel.join("/");
}
