/**
 * Stable identities for findings. Code-scanning services hash the text line a result points at; an
 * xlsx is a zip, so pbm computes the identity itself from what the finding is about, not the bytes.
 */
import { sha256 as sha256Bytes } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Finding } from "../model/finding.js";

/** The parts that identify a finding across runs: not the message text (it depends on --lang). */
function identity(path: string, f: Finding, withValue: boolean): string[] {
  const parts = [f.ruleId, path, f.location?.sheet ?? "", f.location?.cell ?? "", f.table ?? "", f.messageId];
  if (withValue) {
    parts.push(f.indicator ?? "");
    const keys = Object.keys(f.data).sort();
    parts.push(JSON.stringify(keys.map((k) => [k, f.data[k]])));
  }
  return parts;
}

function sha256(parts: string[]): string {
  return bytesToHex(sha256Bytes(utf8ToBytes(parts.join("\u0000"))));
}

/**
 * Assigns unique fingerprints in order: a repeat of the same identity gets an occurrence number, the way
 * GitHub's `primaryLocationLineHash` counts repeated lines (":1", ":2"…).
 */
export function fingerprinter(): {
  /** GitHub `primaryLocationLineHash`: 16 hex of sha256(rule, file, sheet, cell, value) + ":occurrence". */
  lineHash(path: string, f: Finding): string;
  /** GitLab Code Quality: full sha256 hex of rule, file, sheet, cell, messageId; unique per cell. */
  codeQuality(path: string, f: Finding): string;
} {
  const seenLine = new Map<string, number>();
  const seenCq = new Set<string>();
  return {
    lineHash(path, f) {
      const h = sha256(identity(path, f, true)).slice(0, 16);
      const n = (seenLine.get(h) ?? 0) + 1;
      seenLine.set(h, n);
      return `${h}:${n}`;
    },
    codeQuality(path, f) {
      const base = identity(path, f, false);
      let h = sha256(base);
      for (let n = 2; seenCq.has(h); n++) h = sha256([...base, String(n)]);
      seenCq.add(h);
      return h;
    },
  };
}
