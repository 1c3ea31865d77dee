/**
 * `--shard i/n`: a file belongs to shard i when a stable hash of its path (relative to the
 * folder pbm runs in, "/" separators) is i − 1 mod n. It depends on the path alone, so every
 * machine agrees and adding a file never moves the others.
 */
import { createHash } from "node:crypto";

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(relPath: string, shard: Shard): boolean {
  const h = createHash("sha1").update(relPath).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
