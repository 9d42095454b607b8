import type { Clock } from '../domain/clock.ts';

/** The one real clock, wired in by the composition root; everything else takes a `Clock`. */
export const systemClock: Clock = { now: () => new Date() };
