/**
 * Read limits. Each guards against one way a hostile or broken file could exhaust
 * the machine before pbm gets to say anything useful about it. Documented in
 * fixtures/README.md ("Limits"); configurable per call and from the CLI/config.
 */

export interface ReadLimits {
  /** Bytes on disk. Checked with stat, before the file is read into memory. */
  maxFileBytes: number;
  /** Sum of the declared uncompressed sizes of a zip's parts (xlsx/xlsm/ods), from the central directory, before parsing. */
  maxUncompressedBytes: number;
  /** Non-empty cells over all sheets. */
  maxCells: number;
}

const MiB = 1024 * 1024;

/**
 * Real 绩效目标表 workbooks are a few hundred KB with a few thousand cells; a large
 * department's batch export may reach tens of MB. These defaults leave ample room
 * for that while keeping peak memory of one file well under 1 GB.
 */
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 64 * MiB,
  maxUncompressedBytes: 128 * MiB,
  maxCells: 3_000_000,
});

export function resolveLimits(limits?: Partial<ReadLimits>): ReadLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const v = limits?.[key];
    if (typeof v === "number" && v > 0) out[key] = v;
  }
  return out;
}

/** "12.3 MB" — sizes in messages, for people. */
export function formatBytes(n: number): string {
  if (n >= MiB) return `${(n / MiB).toFixed(n >= 100 * MiB ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
