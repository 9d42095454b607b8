import { date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { subscribers } from './subscribers.ts';

/**
 * One digest for one subscriber on one local date. Inserting the row is the claim: it succeeds for
 * exactly one process, so each subscriber gets at most one digest a day across restarts and instances.
 * The row is written in the same transaction as the outbox row that carries the digest.
 * The next digest covers the time since the last one the subscriber really received (its row sent).
 */
export const digestRuns = pgTable(
  'digest_runs',
  {
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    /** The subscriber's local date of the digest hour this run stands for. */
    localDate: date().notNull(),
    /** The changes covered: recorded after `periodFrom`, up to and including `periodTo`. */
    periodFrom: timestamp({ withTimezone: true }).notNull(),
    periodTo: timestamp({ withTimezone: true }).notNull(),
    /** Political prisoners held at `periodTo`, for "the change since the previous digest". */
    heldCount: integer().notNull(),
    /** How many people the digest lists (0: nothing to tell). */
    entries: integer().notNull(),
    /**
     * queued: the outbox row with dedup key `digest:<subscriber>:<local date>` carries it;
     * empty: nothing to tell, and the subscriber wants no "no changes" line.
     */
    outcome: text().$type<'queued' | 'empty'>().notNull(),
    claimedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subscriberId, t.localDate] })],
);

export type DigestRunRow = typeof digestRuns.$inferSelect;
