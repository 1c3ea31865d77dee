/**
 * Progress on stderr: on a terminal one line rewritten in place (\r); elsewhere (CI logs, pipes)
 * a plain line every ~2 s or every 10 % of the files, so logs stay short but show life.
 */
import type { Lang } from "../model/finding.js";

export interface ProgressOptions {
  stream: { write(s: string): unknown; isTTY?: boolean };
  total: number;
  lang: Lang;
  /** Injectable clock (ms), for tests. */
  now?: () => number;
}

export function progressLine(done: number, total: number, elapsedMs: number, lang: Lang): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const r = rate.toFixed(1);
  if (lang === "en") return `Checked ${done}/${total} files (${r} files/s${eta === null ? "" : `, about ${eta} s left`})`;
  return `已检查 ${done}/${total} 个文件（${r} 个/秒${eta === null ? "" : `，预计剩余 ${eta} 秒`}）`;
}

export class Progress {
  private done = 0;
  private readonly start: number;
  private lastPrint: number;
  private lastDecile = 0;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? (() => performance.now());
    this.start = this.now();
    this.lastPrint = this.start;
  }

  tick(): void {
    this.done += 1;
    const t = this.now();
    const tty = this.o.stream.isTTY === true;
    const decile = Math.floor((this.done * 10) / this.o.total);
    const finished = this.done === this.o.total;
    if (tty) {
      if (t - this.lastPrint < 100 && !finished) return;
      this.o.stream.write(`\r${progressLine(this.done, this.o.total, t - this.start, this.o.lang)}\x1b[K`);
      this.drawn = true;
    } else {
      if (t - this.lastPrint < 2000 && decile === this.lastDecile && !finished) return;
      this.o.stream.write(`${progressLine(this.done, this.o.total, t - this.start, this.o.lang)}\n`);
    }
    this.lastPrint = t;
    this.lastDecile = decile;
  }

  /** Ends the in-place line so what follows starts on a fresh one. */
  end(): void {
    if (this.drawn) this.o.stream.write("\n");
    this.drawn = false;
  }
}
