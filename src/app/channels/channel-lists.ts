import type { Db } from '../../db/database.ts';
import { logAdminAction } from '../../db/queries/admin-audit.ts';
import {
  channelLists,
  countChannelFollows,
  deleteChannelFollow,
  findChannelById,
  insertChannelFollow,
  takeChannelListResets,
  type ChannelListEntry,
} from '../../db/queries/channels.ts';
import { prisonerExists } from '../../db/queries/follow-list.ts';
import type { NameQueryProblem } from '../../domain/name-query.ts';
import { enqueueAdminNotice, type AdminNoticeDeps } from '../admin/admin-notices.ts';
import { resolveLinked, type ChannelDeps, type LinkedChannel } from './channels.ts';
import { searchPeople, type NameSearch, type PersonView } from '../follows/prisoner-cards.ts';

export type { ChannelListEntry };

/** How many people one channel's list may hold: a digest of a few hundred lines is still readable. */
export const CHANNEL_LIST_LIMIT = 200;

export interface ChannelListDeps extends ChannelDeps {
  search: NameSearch;
}

export type ChannelFollowOutcome =
  | { outcome: 'unknown_channel' }
  | { outcome: 'invalid'; problem: NameQueryProblem }
  | { outcome: 'none'; channel: LinkedChannel }
  | { outcome: 'ambiguous'; channel: LinkedChannel; people: PersonView[] }
  | { outcome: 'followed' | 'already'; channel: LinkedChannel; prisonerId: number }
  | { outcome: 'limit'; channel: LinkedChannel; limit: number }
  | { outcome: 'gone'; channel: LinkedChannel };

/**
 * `/channel_follow @channel <name>`: adds a registered person to the channel's own list. A name that
 * may mean several people comes back as a choice; a name nobody has is refused (a channel does not
 * wait for names the way a relative can). Audited.
 */
export async function followForChannel(
  deps: ChannelListDeps,
  adminId: number,
  ref: string,
  name: string,
): Promise<ChannelFollowOutcome> {
  const channel = await resolveLinked(deps, ref);
  if (!channel) return { outcome: 'unknown_channel' };
  const found = await searchPeople(deps, name, deps.timezone);
  if (found.outcome === 'invalid') return found;
  if (found.outcome === 'none') return { outcome: 'none', channel };
  if (found.outcome === 'ambiguous') return { outcome: 'ambiguous', channel, people: found.people };
  return addToList(deps, adminId, channel, found.person.record.id);
}

/** The admin's choice among namesakes (a button under the ambiguous answer). */
export async function followChosenForChannel(
  deps: ChannelListDeps,
  adminId: number,
  channelId: number,
  prisonerId: number,
): Promise<ChannelFollowOutcome> {
  const row = await findChannelById(deps.db, channelId);
  if (!row) return { outcome: 'unknown_channel' };
  const channel = await resolveLinked(deps, String(row.chatId));
  if (!channel) return { outcome: 'unknown_channel' };
  return addToList(deps, adminId, channel, prisonerId);
}

async function addToList(
  deps: ChannelListDeps,
  adminId: number,
  channel: LinkedChannel,
  prisonerId: number,
): Promise<ChannelFollowOutcome> {
  const channelId = channel.row.id;
  return deps.db.transaction(async (tx) => {
    if (!(await prisonerExists(tx, prisonerId))) return { outcome: 'gone', channel } as const;
    if ((await countChannelFollows(tx, channelId)) >= CHANNEL_LIST_LIMIT)
      return { outcome: 'limit', channel, limit: CHANNEL_LIST_LIMIT } as const;
    if (!(await insertChannelFollow(tx, channelId, prisonerId)))
      return { outcome: 'already', channel, prisonerId } as const;
    await logAdminAction(tx, adminId, 'channel_follow', { chatId: channel.row.chatId, prisonerId }, deps.clock.now());
    return { outcome: 'followed', channel, prisonerId } as const;
  });
}

export type ChannelUnfollowOutcome =
  | { outcome: 'unknown_channel' }
  | { outcome: 'not_listed'; channel: LinkedChannel }
  | { outcome: 'several'; channel: LinkedChannel }
  | { outcome: 'unfollowed'; channel: LinkedChannel; entry: ChannelListEntry };

/**
 * `/channel_unfollow @channel <name|n>`: takes a person off the channel's list, by their number in
 * /channels or by name (matched against the list: a name two listed people share asks for the number).
 */
export async function unfollowForChannel(
  deps: ChannelListDeps,
  adminId: number,
  ref: string,
  what: string,
): Promise<ChannelUnfollowOutcome> {
  const channel = await resolveLinked(deps, ref);
  if (!channel) return { outcome: 'unknown_channel' };
  const list = (await channelLists(deps.db, [channel.row.id])).get(channel.row.id) ?? [];
  const number = /^\s*(\d{1,4})\s*$/.exec(what)?.[1];
  let entry: ChannelListEntry | undefined;
  if (number !== undefined) {
    entry = list[Number(number) - 1];
  } else {
    const found = await searchPeople(deps, what, deps.timezone);
    const ids = new Set(
      found.outcome === 'match'
        ? [found.person.record.id]
        : found.outcome === 'ambiguous'
          ? found.people.map((p) => p.record.id)
          : [],
    );
    const listed = list.filter((e) => ids.has(e.prisonerId));
    if (listed.length > 1) return { outcome: 'several', channel };
    entry = listed[0];
  }
  if (!entry || !(await deleteChannelFollow(deps.db, channel.row.id, entry.prisonerId)))
    return { outcome: 'not_listed', channel };
  await logAdminAction(
    deps.db,
    adminId,
    'channel_unfollow',
    { chatId: channel.row.chatId, prisonerId: entry.prisonerId },
    deps.clock.now(),
  );
  return { outcome: 'unfollowed', channel, entry };
}

export { channelLists };

/**
 * Tells every admin, once, about each channel whose "followed" digest used to read the linking
 * admin's follows and now has an empty list of its own (migration 0006). Runs at start-up; the
 * rows go in the transaction that queues the notices, so several instances send one notice each.
 */
export async function noticeResetChannelLists(deps: AdminNoticeDeps & { db: Db }): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const reset = await takeChannelListResets(tx);
    let queued = 0;
    for (const { channelId, chatId } of reset) {
      queued += await enqueueAdminNotice(tx, deps, {
        dedupKey: `channel-list-reset:${channelId}`,
        render: (language, t) => t(language, 'channel-list-reset-notice', { channel: String(chatId) }),
      });
    }
    return queued;
  });
}
