import type { Db } from '../../db/database.ts';
import { insertNameFeedback, latestNameFeedback, type NameFeedbackRow } from '../../db/queries/name-feedback.ts';
import type { NameFeedbackVia } from '../../db/schema/index.ts';
import { transliterationKey } from '../../domain/names/index.ts';
import { followPrisoner, type FollowDeps, type FollowingChat, type FollowOutcome } from '../follows/follows.ts';

/**
 * A name the engine did not decide on its own and the person it turned out to mean (issue 20 item 4):
 * kept as the name's phonetic key only, without the chat, a time or a count.
 */
export async function recordNameFeedback(
  db: Db,
  typedName: string,
  prisonerId: number,
  via: NameFeedbackVia,
): Promise<void> {
  const key = transliterationKey(typedName).trim();
  if (key !== '') await insertNameFeedback(db, key, prisonerId, via);
}

export function nameFeedbackForAudit(db: Db, limit = 20): Promise<NameFeedbackRow[]> {
  return latestNameFeedback(db, limit);
}

/**
 * Follow from a "Did you mean" list: the person the relative chose is the one the typed name meant,
 * which the engine did not know. The pair is recorded only for a new follow.
 */
export async function followChosenFromNearList(
  deps: FollowDeps,
  chat: FollowingChat,
  prisonerId: number,
  typedName: string | undefined,
): Promise<FollowOutcome> {
  const outcome = await followPrisoner(deps, chat, prisonerId);
  if (outcome.outcome === 'followed' && typedName)
    await recordNameFeedback(deps.db, typedName, prisonerId, 'did_you_mean');
  return outcome;
}
