import type { ReleaseKind } from './release-preview.ts';
import type { Sentence } from './source-record.ts';

/** What is known about one release, to decide how it may be worded. */
export interface ReleaseFacts {
  /** The kind an admin's batch gave this person (the line's own kind, else the batch's); null outside a batch. */
  batchKind: ReleaseKind | null;
  /** YYYY-MM-DD: the day of the release, as the source or the batch gives it. */
  releasedOn: string | null;
  /** YYYY-MM-DD: the day of the detention the term is counted from. */
  detainedOn: string | null;
  /** The person's term as last known. */
  term: Sentence | null;
}

/**
 * Whether a release may be told as "at the end of the term". A source's `released` says only that
 * the person is free: it may be a pardon, an early release or the end of the term. So:
 * - an admin's batch of kind "end of term" (for the batch or for this line) says so;
 * - a batch of another kind does not;
 * - outside a batch, only when the dates show it: released on or after the last day of the term
 *   counted from the detention (the day before its anniversary). Credit for time held before trial
 *   can end a term earlier than that; such a release is then told as a plain release, never the
 *   other way round.
 */
export function releasedAtEndOfTerm(facts: ReleaseFacts): boolean {
  if (facts.batchKind !== null) return facts.batchKind === 'released';
  const { releasedOn, detainedOn, term } = facts;
  if (!releasedOn || !detainedOn || !term || term.years * 12 + term.months <= 0) return false;
  const lastDay = termLastDay(detainedOn, term);
  return lastDay !== undefined && releasedOn >= lastDay;
}

/** The last day of a term that began on `start` (YYYY-MM-DD), as YYYY-MM-DD; undefined for a malformed date. */
export function termLastDay(start: string, term: Sentence): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const months = m - 1 + term.years * 12 + term.months;
  // The anniversary; a 31st in a shorter month falls on that month's last day (Date would roll over).
  const daysInMonth = new Date(Date.UTC(y, months + 1, 0)).getUTCDate();
  const anniversary = Date.UTC(y, months, Math.min(d, daysInMonth));
  return new Date(anniversary - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
