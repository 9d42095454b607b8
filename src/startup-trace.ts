import { performance } from 'node:perf_hooks';
import type { Logger } from './logging.ts';

/** Marks one start-up step as done. */
export type StartupTrace = (step: string) => void;

/**
 * One debug line per start-up step with the milliseconds since the process began (`atMs`, node's own
 * clock origin, so module loading counts): `npm run bench:startup` reads them to show where a start
 * spends its time. Steps reached before the logger exists are passed in with their own times.
 */
export function startupTrace(logger: Logger, earlier: Record<string, number> = {}): StartupTrace {
  const mark = (step: string, atMs: number) => logger.debug({ step, atMs: Math.round(atMs) }, `start-up: ${step}`);
  for (const [step, atMs] of Object.entries(earlier)) mark(step, atMs);
  return (step) => mark(step, performance.now());
}
