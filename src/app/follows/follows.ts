import type { Db } from '../../db/database.ts';
import { findSubscriberByChatId } from '../../db/queries/subscribers.ts';
import {
  countFollowsOf,
  deleteFollowOf,
  findFollowEntry,
  findFollowOf,
  findPendingFollowOf,
  insertFollow,
  insertPendingFollow,
  listFollowEntries,
  prisonerExists,
  type FollowEntry,
} from '../../db/queries/follow-list.ts';
import { ensureSubscriber } from '../../db/queries/subscriber-settings.ts';
import type { Language } from '../../domain/language.ts';
import { readNameQuery, type NameQueryProblem } from '../../domain/name-query.ts';
import type { NameSearch } from './prisoner-cards.ts';

export type { FollowEntry };

export interface FollowDeps {
  db: Db;
  /** How many people and pending names one user may follow (FOLLOW_LIMIT). */
  followLimit: number;
  /** Time zone stored for a new subscriber (DEFAULT_TIMEZONE). */
  timezone: string;
}

/** The private chat acting, and the language it reads: stored if following creates the subscriber. */
export interface FollowingChat {
  chatId: number;
  language: Language;
}

export type FollowOutcome =
  | { outcome: 'followed'; followId: number; prisonerId: number }
  | { outcome: 'already'; followId: number; prisonerId: number }
  | { outcome: 'limit'; limit: number }
  | { outcome: 'not_found' };

export type PendingFollowOutcome =
  | { outcome: 'pending'; followId: number; name: string }
  | { outcome: 'already_pending'; followId: number; name: string }
  /** The person was listed between the search and the tap: followed as a person instead. */
  | { outcome: 'listed'; follow: FollowOutcome }
  | { outcome: 'limit'; limit: number }
  | { outcome: 'invalid'; problem: NameQueryProblem };

/** Follows a person on the register. One transaction, the subscriber row locked: the limit holds. */
export async function followPrisoner(
  deps: FollowDeps,
  chat: FollowingChat,
  prisonerId: number,
): Promise<FollowOutcome> {
  return deps.db.transaction(async (tx) => {
    if (!(await prisonerExists(tx, prisonerId))) return { outcome: 'not_found' } as const;
    const subscriber = await ensureSubscriber(tx, chat.chatId, chat.language, deps.timezone);
    const existing = await findFollowOf(tx, subscriber.id, prisonerId);
    if (existing !== undefined) return { outcome: 'already', followId: existing, prisonerId } as const;
    if (await atLimit(tx, subscriber.id, deps.followLimit))
      return { outcome: 'limit', limit: deps.followLimit } as const;
    const followId = await insertFollow(tx, subscriber.id, prisonerId);
    return { outcome: 'followed', followId: followId!, prisonerId } as const;
  });
}

/**
 * Follows a name nobody on the register matches yet. Source sync attaches it when a matching person
 * is listed (the arrest or recognition alert) and it becomes a normal follow. The name is checked
 * again, and looked up again: the person may have been listed since the search.
 */
export async function followPendingName(
  deps: FollowDeps & { search: NameSearch },
  chat: FollowingChat,
  text: string,
): Promise<PendingFollowOutcome> {
  const query = readNameQuery(text);
  if (!query.ok) return { outcome: 'invalid', problem: query.problem };
  const name = query.name;
  const found = await deps.search.search(name, 2);
  if (found.decision === 'match' && found.candidates[0])
    return { outcome: 'listed', follow: await followPrisoner(deps, chat, found.candidates[0].prisonerId) };
  return deps.db.transaction(async (tx) => {
    const subscriber = await ensureSubscriber(tx, chat.chatId, chat.language, deps.timezone);
    const existing = await findPendingFollowOf(tx, subscriber.id, name);
    if (existing !== undefined) return { outcome: 'already_pending', followId: existing, name } as const;
    if (await atLimit(tx, subscriber.id, deps.followLimit))
      return { outcome: 'limit', limit: deps.followLimit } as const;
    return { outcome: 'pending', followId: await insertPendingFollow(tx, subscriber.id, name), name } as const;
  });
}

async function atLimit(db: Db, subscriberId: number, limit: number): Promise<boolean> {
  const { people, pending } = await countFollowsOf(db, subscriberId);
  return people + pending >= limit;
}

/** What the chat follows, oldest first; nothing is created for a chat that never followed anyone. */
export async function listFollows(db: Db, chatId: number): Promise<FollowEntry[]> {
  const subscriber = await findSubscriberByChatId(db, chatId);
  return subscriber ? listFollowEntries(db, subscriber.id) : [];
}

/** One follow of this chat (for the "stop following?" question); another chat's follow is not found. */
export async function findFollow(db: Db, chatId: number, followId: number): Promise<FollowEntry | undefined> {
  const subscriber = await findSubscriberByChatId(db, chatId);
  return subscriber ? findFollowEntry(db, subscriber.id, followId) : undefined;
}

/** The chat's follow of this person, if any: decides between "Follow" and "Stop following" on a card. */
export async function followOf(db: Db, chatId: number, prisonerId: number): Promise<number | undefined> {
  const subscriber = await findSubscriberByChatId(db, chatId);
  return subscriber ? findFollowOf(db, subscriber.id, prisonerId) : undefined;
}

export type UnfollowOutcome = { outcome: 'unfollowed'; entry: FollowEntry } | { outcome: 'not_found' };

export async function unfollow(db: Db, chatId: number, followId: number): Promise<UnfollowOutcome> {
  return db.transaction(async (tx) => {
    const subscriber = await findSubscriberByChatId(tx, chatId);
    const entry = subscriber ? await findFollowEntry(tx, subscriber.id, followId) : undefined;
    if (!subscriber || !entry) return { outcome: 'not_found' } as const;
    await deleteFollowOf(tx, subscriber.id, followId);
    return { outcome: 'unfollowed', entry } as const;
  });
}
