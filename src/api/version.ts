/** pbm's version, from the package.json it was installed with (dist/api and src/api are both two folders down). */
import { readFileSync } from "node:fs";

let version: string | undefined;

export function pbmVersion(): string {
  if (version === undefined) {
    try {
      version = String((JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string }).version ?? "0");
    } catch {
      version = "0";
    }
  }
  return version;
}
