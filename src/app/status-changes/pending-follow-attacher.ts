import type { Db } from '../../db/database.ts';
import { attachPendingFollow, findPendingFollows, type Follower } from '../../db/queries/follows.ts';
import { recordNameFeedback } from '../names/name-feedback.ts';
import type { PendingNameMatcher } from './pending-follows.ts';

/** A person just added to the register, as the pending-name matcher sees them. */
export interface Newcomer {
  id: number;
  names: string[];
  birthYear?: number;
  gender?: 'm' | 'f';
}

/**
 * Attaches pending follows to people new to the register (from a sync or a release batch). A pending
 * name that fits more than one newcomer is left pending: only a confident match may tell a family
 * someone was found.
 */
export async function attachPending(
  tx: Db,
  matcher: PendingNameMatcher,
  added: readonly Newcomer[],
  now: Date,
  tell: Map<number, Follower[]>,
): Promise<number> {
  if (added.length === 0) return 0;
  const pending = await findPendingFollows(tx);
  let attached = 0;
  for (const follow of pending) {
    const hits = added.filter(({ names, birthYear, gender }) =>
      matcher(follow.pendingName, { names, birthYear, gender }),
    );
    if (hits.length !== 1) continue;
    const prisonerId = hits[0]!.id;
    if (!(await attachPendingFollow(tx, follow.followId, prisonerId, now))) continue;
    attached++;
    // A name the register did not have when it was followed: a miss worth reviewing (no chat is kept).
    await recordNameFeedback(tx, follow.pendingName, prisonerId, 'pending_attached');
    addFollower(tell, { ...follow, prisonerId });
  }
  return attached;
}

export function addFollower(tell: Map<number, Follower[]>, follower: Follower): void {
  const list = tell.get(follower.prisonerId);
  if (list) list.push(follower);
  else tell.set(follower.prisonerId, [follower]);
}
