/**
 * --cache: file reports keyed by sha256(file bytes + resolved config + language + pbm version),
 * so unchanged files in a shared folder are not parsed again. A missing or corrupt cache
 * is an empty one; a cache that cannot be written is skipped. Never fatal.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { FileReport } from "../model/finding.js";
import { pbmVersion } from "./version.js";
import { writeFileAtomic } from "./write-file.js";

export function cacheKey(bytes: Uint8Array, configJson: string): string {
  return createHash("sha256").update(bytes).update("\0").update(configJson).update("\0").update(pbmVersion()).digest("hex");
}

interface CacheFile {
  pbm: string;
  entries: Record<string, { key: string; report: FileReport }>;
}

export class ReportCache {
  private entries: CacheFile["entries"] = {};
  private dirty = false;

  constructor(readonly location: string) {
    try {
      const data = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
      if (data && typeof data.entries === "object" && data.entries !== null && !Array.isArray(data.entries)) this.entries = data.entries;
    } catch {
      // Missing or corrupt: start empty.
    }
  }

  get(file: string, key: string): FileReport | undefined {
    const e = this.entries[file];
    if (!e || e.key !== key || !e.report || !Array.isArray(e.report.findings)) return undefined;
    return { ...e.report, cached: true };
  }

  set(file: string, key: string, report: FileReport): void {
    const { cached: _cached, ...rest } = report;
    this.entries[file] = { key, report: rest };
    this.dirty = true;
  }

  /** Writes atomically; returns the error message when the cache could not be written. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    // Files deleted since they were cached would otherwise stay in the cache forever.
    for (const file of Object.keys(this.entries)) if (!existsSync(file)) delete this.entries[file];
    try {
      writeFileAtomic(this.location, JSON.stringify({ pbm: pbmVersion(), entries: this.entries } satisfies CacheFile));
      this.dirty = false;
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }
}
