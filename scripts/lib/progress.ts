/** A one-line terminal progress bar with ETA and a status text; plain periodic lines when not a TTY. */

/** Format seconds as m:ss. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Progress reporter writing to stderr. */
export class ProgressBar {
  private readonly total: number;
  private readonly label: string;
  private readonly start = performance.now();
  private lastLine = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(label: string, total: number) {
    this.label = label;
    this.total = total;
  }

  /** Show `done` of `total` units with a status text (redrawn at most ~10×/s, or every 10 s without a TTY). */
  update(done: number, status: string, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastLine < (this.tty ? 100 : 10_000)) return;
    this.lastLine = now;
    const frac = Math.min(1, done / this.total);
    const elapsed = (now - this.start) / 1000;
    const eta = frac > 0 ? (elapsed * (1 - frac)) / frac : NaN;
    const width = 24;
    const filled = Math.round(frac * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `${this.label} ${bar} ${(frac * 100).toFixed(0).padStart(3)}%  ${formatDuration(elapsed)} elapsed, ETA ${formatDuration(eta)}  ${status}`;
    process.stderr.write(this.tty ? `\r${line}\x1b[K` : `${line}\n`);
  }

  /** Finish the bar with a final line. */
  done(status: string): void {
    this.update(this.total, status, true);
    if (this.tty) process.stderr.write('\n');
  }
}
