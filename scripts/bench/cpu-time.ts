import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU time (user + system) of this process and every process below it
 * (Chromium's browser, zygote, renderers), for benchmarks on a shared machine
 * where wall time measures the neighbours as much as the code.
 *
 * Chromium does not reap its renderers into its own child times when it
 * closes, so /proc/self/stat's cutime misses them; instead the process tree is
 * sampled every `intervalMs` and each process's last reading kept. What a
 * process burns in its last interval before exiting is missed (≤ 50 ms each).
 * Linux only: elsewhere `stop()` returns null.
 */
export class CpuMeter {
  readonly #seen = new Map<string, number>();
  /** Readings of processes already running at the start (a browser still closing): only their growth counts. */
  readonly #before = new Map<string, number>();
  readonly #start = process.cpuUsage();
  readonly #timer: NodeJS.Timeout;
  readonly #available: boolean;

  constructor(intervalMs = 50) {
    this.#available = process.platform === 'linux';
    this.#timer = setInterval(() => this.#sample(), intervalMs);
    this.#sample();
    for (const [pid, seconds] of this.#seen) this.#before.set(pid, seconds);
  }

  #sample() {
    if (!this.#available) return;
    for (const pid of descendants(String(process.pid))) {
      const seconds = processSeconds(pid);
      // A pid is only reused after its process is gone; keep the highest reading.
      if (seconds !== null) this.#seen.set(pid, Math.max(seconds, this.#seen.get(pid) ?? 0));
    }
  }

  /** Seconds of CPU since construction, this process and its descendants. */
  stop(): number | null {
    this.#sample();
    clearInterval(this.#timer);
    if (!this.#available) return null;
    const own = process.cpuUsage(this.#start);
    let children = 0;
    for (const [pid, seconds] of this.#seen) children += seconds - (this.#before.get(pid) ?? 0);
    return (own.user + own.system) / 1e6 + children;
  }
}

/** utime + stime, plus the times of children it reaped, in seconds (clock ticks are 1/100 s on Linux). */
function processSeconds(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0) / 100;
  } catch {
    return null;
  }
}

function descendants(pid: string): string[] {
  const children: string[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const listed = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (listed) children.push(...listed.split(/\s+/));
    }
  } catch {
    // The process exited between listing and reading.
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}
