import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type { Language } from '../../domain/language.ts';
import { prisoners } from './prisoners.ts';

/**
 * A chat Vestka talks to: a person's private chat, or a channel an admin linked for digests.
 * Deliberately nothing about the person beyond what delivery needs: no names, no usernames.
 */
export const subscribers = pgTable(
  'subscribers',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    chatId: bigint({ mode: 'number' }).notNull().unique(),
    chatType: text().$type<'private' | 'channel' | 'group'>().notNull().default('private'),
    language: text().$type<Language>().notNull(),
    timezone: text().notNull(),
    /** Alerts open with a neutral line, so a lock-screen preview shows no names or prison words. */
    discreet: boolean().notNull().default(false),
    /**
     * Local hours [start, end) in which digests, notices and announcements wait and alerts come
     * without sound; null = no quiet hours.
     */
    quietFrom: smallint(),
    quietTo: smallint(),
    /** Grave alerts (a death, lost contact) ring even in quiet hours; off: they come silently like other alerts. */
    wakeForGrave: boolean().notNull().default(false),
    /** Alerts are sent with protect_content: they cannot be forwarded or saved from the chat. */
    protectContent: boolean().notNull().default(false),
    digestEnabled: boolean().notNull().default(false),
    /** daily, or weekly: one digest a week covering Monday to Sunday, sent on `digestWeekday`. */
    digestFrequency: text().$type<'daily' | 'weekly'>().notNull().default('daily'),
    /** The weekly digest's local weekday: 1 = Monday … 7 = Sunday. */
    digestWeekday: smallint().notNull().default(1),
    /** Local hour (0-23) the digest is sent at. */
    digestHour: smallint().notNull().default(20),
    digestScope: text().$type<'all' | 'followed'>().notNull().default('all'),
    digestSendEmpty: boolean().notNull().default(false),
    /** The held-prisoners chart before the digest: never, with every digest, or with the first digest of each week. */
    /** A "Birthdays this week" section at the end of each digest, for letter-writers. */
    digestBirthdays: boolean().notNull().default(false),
    digestChart: text().$type<'off' | 'daily' | 'weekly'>().notNull().default('off'),
    /** When the digest was last turned on: no digest is due for an hour that passed before it. */
    digestEnabledAt: timestamp({ withTimezone: true }),
    /** Opted in to announcements of batch releases. */
    announcements: boolean().notNull().default(false),
    /** False once Telegram says the chat blocked us or is gone; nothing is queued for it then. */
    active: boolean().notNull().default(true),
    /** Since when the chat has been gone (blocked us, deleted); after 30 days it is erased like /forget. */
    inactiveSince: timestamp({ withTimezone: true }),
    /** For linked channels: the admin who linked it. */
    linkedBy: bigint({ mode: 'number' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('subscribers_language_check', sql`${t.language} in ('be','ru','en')`),
    check('subscribers_digest_hour_check', sql`${t.digestHour} between 0 and 23`),
    check('subscribers_digest_frequency_check', sql`${t.digestFrequency} in ('daily','weekly')`),
    check('subscribers_digest_weekday_check', sql`${t.digestWeekday} between 1 and 7`),
    check('subscribers_quiet_check', sql`(${t.quietFrom} is null) = (${t.quietTo} is null)`),
  ],
);

/**
 * A subscriber following one person, or a name not yet on the register (pending): when a
 * matching person appears, the follow is attached and the follower told.
 */
export const follows = pgTable(
  'follows',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    prisonerId: integer().references(() => prisoners.id, { onDelete: 'cascade' }),
    /** The name as the follower typed it, kept only while the follow is pending. */
    pendingName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attachedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique('follows_subscriber_prisoner_uq').on(t.subscriberId, t.prisonerId),
    check('follows_target_check', sql`(${t.prisonerId} is null) <> (${t.pendingName} is null)`),
    index('follows_prisoner_idx').on(t.prisonerId),
    index('follows_pending_idx')
      .on(t.subscriberId)
      .where(sql`${t.prisonerId} is null`),
  ],
);

export type SubscriberRow = typeof subscribers.$inferSelect;
export type FollowRow = typeof follows.$inferSelect;
