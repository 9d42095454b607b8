import type { EventKind } from './change-event.ts';
import { isFreed, isGrave, type PrisonerStatus } from './status.ts';

/** What a batch says happened to the people on its list; an admin may change it per person. */
export const RELEASE_KINDS = ['pardoned', 'released', 'expelled', 'released_in_belarus'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export function isReleaseKind(value: string): value is ReleaseKind {
  return (RELEASE_KINDS as readonly string[]).includes(value);
}

/**
 * The countries offered as buttons when asking where people were expelled (the batch, or one line):
 * Lithuania and Ukraine received the batches of 2025-2026; Poland and Latvia are the other neighbours.
 * Any other ISO code can be typed.
 */
export const COUNTRY_CHOICES = ['LT', 'UA', 'PL', 'LV'] as const;

/** The status a release kind sets and the event it is told as. */
export function releaseOutcome(kind: ReleaseKind): { status: PrisonerStatus; event: EventKind } {
  switch (kind) {
    case 'pardoned':
      return { status: 'pardoned', event: 'pardoned' };
    case 'expelled':
      return { status: 'expelled', event: 'expelled' };
    // End of term and "released, stayed in Belarus" read the same on a card: released.
    case 'released':
    case 'released_in_belarus':
      return { status: 'released', event: 'released' };
  }
}

/**
 * A line of the list as the preview shows it. `matched` and `create` lines are released on
 * confirm; `ambiguous` and `not_found` wait for the admin's choice; the rest are left alone.
 */
export const LINE_DECISIONS = [
  'matched',
  'ambiguous',
  'not_found',
  'duplicate',
  'already_released',
  'skip',
  'create',
] as const;
export type LineDecision = (typeof LINE_DECISIONS)[number];

export interface LineCandidate {
  prisonerId: number;
  score: number;
  status: PrisonerStatus;
  /** The person's stored spelling that matched the pasted text (lines matched before it was kept have none). */
  matchedName?: string;
}

export interface LineMatch {
  decision: 'match' | 'ambiguous' | 'none';
  /** Best first. */
  candidates: readonly LineCandidate[];
}

export interface ClassifiedLine {
  decision: LineDecision;
  prisonerId: number | null;
  /** Kept for the admin's choice (ambiguous) and for "why" in the preview. */
  candidates: LineCandidate[];
}

/** Classifies matched lines in list order: the second line naming one person is a duplicate. */
export function classifyLines(matches: readonly LineMatch[]): ClassifiedLine[] {
  const seen = new Set<number>();
  return matches.map((match) => {
    const candidates = match.candidates.slice(0, 5).map((c) => ({ ...c }));
    if (match.decision === 'none' || candidates.length === 0)
      return { decision: 'not_found', prisonerId: null, candidates };
    if (match.decision === 'ambiguous') return { decision: 'ambiguous', prisonerId: null, candidates };
    const best = candidates[0]!;
    return { decision: decideFor(best.prisonerId, best.status, seen), prisonerId: best.prisonerId, candidates };
  });
}

/** The decision for a line the admin pointed at one person (a choice, or a confident match). */
export function decideFor(prisonerId: number, status: PrisonerStatus, seen: Set<number>): LineDecision {
  if (seen.has(prisonerId)) return 'duplicate';
  seen.add(prisonerId);
  return isFreed(status) ? 'already_released' : 'matched';
}

export type LineCounts = Record<LineDecision, number>;

export function countLines(lines: readonly { decision: LineDecision }[]): LineCounts {
  const counts = Object.fromEntries(LINE_DECISIONS.map((d) => [d, 0])) as LineCounts;
  for (const line of lines) counts[line.decision]++;
  return counts;
}

/** Lines that still need the admin: confirming waits until none are left. */
export function unresolvedCount(counts: LineCounts): number {
  return counts.ambiguous + counts.not_found;
}

/** How many people a confirm would change. */
export function releasingCount(counts: LineCounts): number {
  return counts.matched + counts.create;
}

/**
 * Four eyes for big or grave batches: a list longer than the threshold, or one that sets a death or
 * whereabouts-unknown status, needs a second admin's approval before anyone is told.
 */
export function needsSecondAdmin(input: {
  releasing: number;
  threshold: number;
  statuses: readonly PrisonerStatus[];
}): boolean {
  return input.releasing > input.threshold || input.statuses.some(isGrave);
}

/** Undo is for mistakes noticed at once: within 24 hours of the confirm. */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export function canUndo(confirmedAt: Date, now: Date): boolean {
  return now.getTime() - confirmedAt.getTime() <= UNDO_WINDOW_MS;
}
