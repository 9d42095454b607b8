import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { subscribers } from './subscribers.ts';

/**
 * One digest for one subscriber: a daily edition per local date, a weekly edition per covered week.
 * Inserting the row is the claim: it succeeds for exactly one process, so each subscriber gets at most
 * one daily digest a day and one weekly digest a week across restarts and instances.
 * The row is written in the same transaction as the outbox row that carries the digest.
 * The next digest covers the time since the last one the subscriber really received (its row sent).
 */
export const digestRuns = pgTable(
  'digest_runs',
  {
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    /** daily, or weekly (the week's digest, for subscribers who find daily too much). */
    edition: text().$type<'daily' | 'weekly'>().notNull().default('daily'),
    /**
     * Daily: the subscriber's local date of the digest hour this run stands for. Weekly: the Monday of
     * the week covered, so moving the weekday mid-week cannot send that week twice.
     */
    localDate: date().notNull(),
    /** The changes covered: recorded after `periodFrom`, up to and including `periodTo`. */
    periodFrom: timestamp({ withTimezone: true }).notNull(),
    periodTo: timestamp({ withTimezone: true }).notNull(),
    /** Political prisoners held at `periodTo`, for "the change since the previous digest". */
    heldCount: integer().notNull(),
    /** How many people the digest lists (0: nothing to tell). */
    entries: integer().notNull(),
    /**
     * queued: the outbox row with dedup key `digest:<subscriber>:<local date>` (weekly:
     * `digest:<subscriber>:week:<monday>`) carries it;
     * empty: nothing to tell, and the subscriber wants no "no changes" line.
     */
    outcome: text().$type<'queued' | 'empty'>().notNull(),
    claimedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.subscriberId, t.edition, t.localDate] }),
    check('digest_runs_edition_check', sql`${t.edition} in ('daily','weekly')`),
  ],
);

export type DigestRunRow = typeof digestRuns.$inferSelect;
