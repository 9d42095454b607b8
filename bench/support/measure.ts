import { performance } from 'node:perf_hooks';
/** What one timed step of a bench cost: wall time, CPU of this process, and memory sampled every 5 ms. */
export interface Measured {
  ms: number;
  cpuMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  heapPeakMb: number;
  result: string;
}

const MB = 2 ** 20;

/** Runs `work` once, after a GC when node runs with --expose-gc, and reports its cost and result (as JSON). */
export async function measure(work: () => Promise<unknown>): Promise<Measured> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rss = rssBefore;
  let heap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const m = process.memoryUsage();
    return {
      ms,
      cpuMs: (used.user + used.system) / 1000,
      rssBeforeMb: rssBefore / MB,
      rssPeakMb: Math.max(rss, m.rss) / MB,
      heapPeakMb: Math.max(heap, m.heapUsed) / MB,
      result: JSON.stringify(result),
    };
  } finally {
    clearInterval(sampler);
  }
}
