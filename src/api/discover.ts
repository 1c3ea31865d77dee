/**
 * Turns the paths, globs and folders a user typed into a sorted list of files.
 * Folders are searched for the extensions pbm reads; a file named explicitly is
 * always taken (its format is sniffed from its bytes later, not from its name).
 */
import { statSync } from "node:fs";
import path from "node:path";

export const SUPPORTED_EXTENSIONS = ["xlsx", "xlsm", "xls", "ods", "xml", "htm", "html", "csv", "tsv", "txt", "et"] as const;

export interface DiscoverOptions {
  cwd: string;
  /** Extra glob patterns to skip (--ignore-pattern, .pbmignore lines). */
  ignore?: string[];
}

export interface DiscoverResult {
  /** Absolute paths, sorted, de-duplicated. */
  files: string[];
  /** Patterns that matched nothing, as typed. */
  unmatched: string[];
}

/** Lock files of open workbooks, and the copies and backups `pbm fix` writes beside the inputs. */
const DEFAULT_IGNORE = ["**/node_modules/**", "**/.git/**", "**/~$*", "**/*.fixed.*", "**/*.bak.*", "**/*.bak"];

export async function discoverFiles(patterns: string[], opts: DiscoverOptions): Promise<DiscoverResult> {
  const ignore = [...DEFAULT_IGNORE, ...(opts.ignore ?? [])];
  const found = new Set<string>();
  const unmatched: string[] = [];
  const extGlob = `**/*.{${SUPPORTED_EXTENSIONS.join(",")}}`;
  // fast-glob costs ~35 ms of start-up; a file named explicitly (the usual editor/CI call) never needs it.
  let fgModule: typeof import("fast-glob") | undefined;
  const glob = async () => (fgModule ??= (await import("fast-glob")).default);
  for (const pattern of patterns) {
    const abs = path.resolve(opts.cwd, pattern);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      const fg = await glob();
      matches = await fg(extGlob, {
        cwd: abs,
        absolute: true,
        ignore,
        caseSensitiveMatch: false,
        followSymbolicLinks: false,
        suppressErrors: true,
        onlyFiles: true,
      });
    } else if (stat) {
      // A file (or anything else that exists) named explicitly: keep it, even if its name is odd.
      matches = [abs];
    } else {
      const fg = await glob();
      matches = await fg(fg.convertPathToPattern(opts.cwd) + "/" + pattern.replace(/\\/g, "/"), {
        absolute: true,
        ignore,
        followSymbolicLinks: false,
        suppressErrors: true,
        onlyFiles: true,
      });
      if (path.isAbsolute(pattern)) {
        matches = await fg(pattern.replace(/\\/g, "/"), { absolute: true, ignore, suppressErrors: true, onlyFiles: true });
      }
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches) found.add(path.normalize(m));
  }
  return { files: [...found].sort(), unmatched };
}
