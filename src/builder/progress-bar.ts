import { performance } from 'node:perf_hooks';

/** The part of a stream the progress bar needs (process.stdout in practice). */
interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  tick(count?: number): void;
  done(): void;
}

/**
 * `[########------] 4,210/10,000 posts · 812 posts/s` on one redrawn line, at most ten
 * times a second. Silent when the output is not a terminal (CI logs, pipes, tests).
 */
export function createProgress(total: number, label: string, terminal: Terminal): Progress {
  if (!terminal.isTTY || total === 0) return { tick() {}, done() {} };
  const started = performance.now();
  let count = 0;
  let drawnAt = 0;
  const draw = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : 0;
    const width = 24;
    const filled = Math.round((count / total) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const line = `[${bar}] ${count.toLocaleString('en')}/${total.toLocaleString('en')} ${label} · ${rate.toLocaleString('en')} ${label}/s`;
    terminal.write(`\r${line.slice(0, (terminal.columns ?? 100) - 1)}`);
  };
  return {
    tick(step = 1) {
      count += step;
      const now = performance.now();
      if (now - drawnAt < 100 && count < total) return;
      drawnAt = now;
      draw();
    },
    done() {
      draw();
      terminal.write('\n');
    },
  };
}
