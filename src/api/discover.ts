/**
 * Turns the paths, globs and folders a user typed into a sorted list of files.
 * Folders are searched for the extensions pbm reads; a file named explicitly is
 * always taken (its format is sniffed from its bytes later, not from its name).
 * Whatever is not a folder is an input, readable or not: a symbolic link that loops or
 * points nowhere, a FIFO, a device or a file pbm may not open is listed, so that the
 * reader reports it by name instead of the file silently disappearing from the run.
 */
import { lstatSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import type { Entry } from "fast-glob";
import { globMatcher } from "../config/glob-match.js";
import type { ResolvedConfig } from "../config/types.js";

export const SUPPORTED_EXTENSIONS = ["xlsx", "xlsm", "xls", "ods", "xml", "htm", "html", "csv", "tsv", "txt", "et"] as const;

export interface DiscoverOptions {
  cwd: string;
  /** Globs of files to skip, relative to cwd (--ignore-pattern, .pbmignore lines). */
  ignore?: string[];
  /** The config's ignorePatterns, relative to the config's folder. */
  config?: Pick<ResolvedConfig, "baseDir" | "ignorePatterns">;
}

export interface DiscoverResult {
  /** Absolute paths, sorted, de-duplicated. */
  files: string[];
  /** Patterns that matched nothing, as typed. */
  unmatched: string[];
}

/** Lock files of open workbooks, and the copies and backups `pbm fix` writes beside the inputs. */
const DEFAULT_IGNORE = ["**/node_modules/**", "**/.git/**", "**/~$*", "**/*.fixed.*", "**/*.bak.*", "**/*.bak"];

const stat = (p: string, link = false): Stats | undefined => {
  try {
    return link ? lstatSync(p) : statSync(p);
  } catch {
    return undefined;
  }
};

/** A folder, or a link to one. Links to folders are not followed inside a search (a link back up would loop). */
const isFolder = (p: string, st: Stats | undefined) => st?.isDirectory() || (st?.isSymbolicLink() && stat(p)?.isDirectory()) === true;

export async function discoverFiles(patterns: string[], opts: DiscoverOptions): Promise<DiscoverResult> {
  const found = new Set<string>();
  const unmatched: string[] = [];
  const extGlob = `**/*.{${SUPPORTED_EXTENSIONS.join(",")}}`;
  // fast-glob costs ~35 ms of start-up; a file named explicitly (the usual editor/CI call) never needs it.
  let fgModule: typeof import("fast-glob") | undefined;
  const fastGlob = async () => (fgModule ??= (await import("fast-glob")).default);
  const glob = async (pattern: string, cwd: string | undefined, caseSensitiveMatch = true): Promise<string[]> => {
    const fg = await fastGlob();
    // Not onlyFiles: fast-glob would drop every symbolic link and special file without a word.
    // Under a folder, its path is put in front here: fast-glob's `absolute` resolves every entry again
    // (tens of MB of garbage for a province's 30,000 files).
    const prefix = cwd !== undefined && path.sep === "/" ? (cwd.endsWith("/") ? cwd : `${cwd}/`) : undefined;
    const entries: Entry[] = await fg(pattern, {
      cwd,
      absolute: prefix === undefined,
      ignore: DEFAULT_IGNORE,
      caseSensitiveMatch,
      followSymbolicLinks: false,
      suppressErrors: true,
      onlyFiles: false,
      objectMode: true,
    });
    const files: string[] = [];
    for (const e of entries) {
      if (e.dirent.isDirectory()) continue;
      const file = prefix === undefined ? path.normalize(e.path) : prefix + e.path;
      if (!(e.dirent.isSymbolicLink() && stat(file)?.isDirectory())) files.push(file);
    }
    return files;
  };
  for (const pattern of patterns) {
    const abs = path.resolve(opts.cwd, pattern);
    const st = stat(abs, true);
    let matches: string[];
    if (isFolder(abs, st)) matches = await glob(extGlob, abs, false);
    else if (st) matches = [path.normalize(abs)]; // named explicitly: kept whatever it is; the reader says if it cannot be read
    else if (path.isAbsolute(pattern)) matches = await glob(pattern.replace(/\\/g, "/"), undefined);
    else matches = await glob(`${(await fastGlob()).convertPathToPattern(opts.cwd)}/${pattern.replace(/\\/g, "/")}`, undefined);
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches) found.add(m);
  }
  return { files: [...found].filter(notIgnored(opts)).sort(), unmatched };
}

function notIgnored(opts: DiscoverOptions): (file: string) => boolean {
  // No patterns (the usual run): nothing to work out per file.
  if (!opts.ignore?.length && !opts.config?.ignorePatterns?.length) return () => true;
  const rel = (base: string, f: string) => path.relative(base, f).split(path.sep).join("/");
  const cli = globMatcher(opts.ignore ?? []);
  const cfg = globMatcher(opts.config?.ignorePatterns ?? []);
  const base = opts.config?.baseDir ?? opts.cwd;
  return (f) => !cli(rel(opts.cwd, f)) && !cfg(rel(base, f));
}
