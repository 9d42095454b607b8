import { date, index, integer, jsonb, pgTable, smallint, text, timestamp, bigint, unique } from 'drizzle-orm/pg-core';
import { prisoners } from './prisoners.ts';

/** A batch release an admin announces from a published list of names. */
export const releaseBatches = pgTable('release_batches', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  title: text().notNull(),
  releaseDate: date().notNull(),
  /** pardoned | released | expelled | released_in_belarus */
  kind: text().notNull(),
  /** For expulsions: ISO country code. */
  country: text(),
  sourceUrl: text(),
  /** draft | preview | awaiting_approval | confirmed | undone | cancelled */
  status: text().notNull().default('draft'),
  createdBy: bigint({ mode: 'number' }).notNull(),
  approvedBy: bigint({ mode: 'number' }),
  announce: jsonb().$type<{ subscribers: boolean; channels: boolean }>().notNull().default({ subscribers: false, channels: false }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  confirmedAt: timestamp({ withTimezone: true }),
  undoneAt: timestamp({ withTimezone: true }),
});

/** One line of the pasted list and what it was matched to. */
export const releaseBatchLines = pgTable(
  'release_batch_lines',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    batchId: integer().notNull().references(() => releaseBatches.id, { onDelete: 'cascade' }),
    lineNo: smallint().notNull(),
    rawText: text().notNull(),
    /** matched | ambiguous | not_found | duplicate | already_released | skip | create */
    decision: text().notNull(),
    prisonerId: integer().references(() => prisoners.id, { onDelete: 'set null' }),
    /** Candidate ids with scores and what tells them apart, for the admin's choice. */
    candidates: jsonb().$type<unknown[]>().notNull().default([]),
    kindOverride: text(),
    countryOverride: text(),
    birthYear: smallint(),
  },
  (t) => [unique('release_batch_lines_uq').on(t.batchId, t.lineNo), index('release_batch_lines_prisoner_idx').on(t.prisonerId)],
);
