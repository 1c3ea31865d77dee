/**
 * LibreOffice for the interop tests (`npm run test:interop`, vitest.interop.config.ts): found on PATH, never at
 * a fixed place. Missing it is a failure, not a skip — whoever runs the interop tests asked for this check.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export function findSoffice(pathVar = process.env.PATH ?? ""): string | null {
  for (const dir of pathVar.split(path.delimiter).filter(Boolean)) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export function soffice(): string {
  const found = findSoffice();
  if (!found) {
    throw new Error(
      "LibreOffice (soffice) is not on PATH. The interop tests need it: apt-get install libreoffice-calc-nogui (.ci/run does), or run `npm test`, which leaves them out.",
    );
  }
  return found;
}

/** Converts files headless with a private profile and HOME under `work` (parallel runs do not share a profile). */
export function convert(work: string, filter: string, outDir: string, files: string[], timeout = 120_000): void {
  const home = path.join(work, "home");
  mkdirSync(home, { recursive: true });
  execFileSync(soffice(), [`-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, ...files], {
    env: { ...process.env, HOME: home },
    timeout,
    stdio: "pipe",
  });
}

/** UTF-8 CSV of every sheet (the trailing -1), one file per sheet: <name>-<sheet>.csv. */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
