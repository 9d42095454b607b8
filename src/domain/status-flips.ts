import type { PrisonerStatus } from './status.ts';
import { DAY_MS } from './zoned-time.ts';

/** A status change recorded for a person (history), with when it was recorded. */
export interface RecentStatusChange {
  from: PrisonerStatus;
  to: PrisonerStatus;
  at: Date;
}

/** More flips than this within a day and the next one waits for an admin. */
export const MAX_FLIPS_PER_DAY = 2;
export const FLIP_WINDOW_MS = DAY_MS;

type Side = 'held' | 'free' | 'lost' | 'dead';

/** Moving between free states (pardoned, then expelled) or within custody is not a flip. */
function side(status: PrisonerStatus): Side {
  if (status === 'released' || status === 'pardoned' || status === 'expelled') return 'free';
  if (status === 'whereabouts_unknown') return 'lost';
  if (status === 'died_in_custody') return 'dead';
  return 'held';
}

export function isFlip(from: PrisonerStatus, to: PrisonerStatus): boolean {
  return side(from) !== side(to);
}

/**
 * The statuses a person went through in the last 24 hours, ending with the planned one, when the
 * planned change would be the third flip in that time (free → held → free …): a source flapping,
 * not three pieces of news. One real reversal (pardoned, then taken back: Statkevich) is two flips
 * and goes out at once.
 */
export function flapping(
  recent: readonly RecentStatusChange[],
  planned: { from: PrisonerStatus; to: PrisonerStatus },
  now: Date,
): PrisonerStatus[] | undefined {
  if (!isFlip(planned.from, planned.to)) return undefined;
  const since = now.getTime() - FLIP_WINDOW_MS;
  const flips = recent
    .filter((c) => c.at.getTime() > since && isFlip(c.from, c.to))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  if (flips.length < MAX_FLIPS_PER_DAY) return undefined;
  return [flips[0]!.from, ...flips.map((c) => c.to), planned.to];
}
