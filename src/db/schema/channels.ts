import { index, integer, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { prisoners } from './prisoners.ts';
import { subscribers } from './subscribers.ts';

/**
 * The people a linked channel's digest covers when its scope is "followed": the channel's own list,
 * set by admins with /channel_follow. Never an admin's own follows, and never alerts: a channel gets
 * digests and announcements only, so these rows count in no follower figure.
 */
export const channelFollows = pgTable(
  'channel_follows',
  {
    channelId: integer()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    prisonerId: integer()
      .notNull()
      .references(() => prisoners.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.prisonerId] }), index('channel_follows_prisoner_idx').on(t.prisonerId)],
);

/**
 * Channels whose "followed" digest read the linking admin's follows before channels had lists of
 * their own. The migration that made the lists left them empty and put the channels here; at start-up
 * the admins are told once, and the rows go (app/channels/channel-lists.ts).
 */
export const channelListResets = pgTable('channel_list_resets', {
  channelId: integer()
    .primaryKey()
    .references(() => subscribers.id, { onDelete: 'cascade' }),
});
