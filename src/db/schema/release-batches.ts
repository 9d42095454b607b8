import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  bigint,
  unique,
} from 'drizzle-orm/pg-core';
import type { BatchTitles } from '../../domain/batch-title.ts';
import type { LineCandidate, LineDecision, ReleaseKind } from '../../domain/release-preview.ts';
import { prisoners } from './prisoners.ts';

/** A batch release an admin announces from a published list of names. */
export const releaseBatches = pgTable('release_batches', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** The title as first given, for admins' views; subscribers get `titles` in their language. */
  title: text().notNull(),
  /** The title per language (be, ru, en), as the admin gave them; a missing one falls back (batch-title.ts). */
  titles: jsonb().$type<BatchTitles>().notNull().default({}),
  releaseDate: date().notNull(),
  /** pardoned | released | expelled | released_in_belarus */
  kind: text().$type<ReleaseKind>().notNull(),
  /** For expulsions: ISO country code. */
  country: text(),
  sourceUrl: text(),
  /** draft | preview | awaiting_approval | confirmed | undone | cancelled */
  status: text().notNull().default('draft'),
  /**
   * While a draft: what the dialogue waits for next (title | titles | date | kind | country | source |
   * list). While a preview: `country:<line>` when the admin chose "expelled" for that line and the
   * country is awaited; null otherwise.
   */
  step: text(),
  /** Set when the batch was sent for approval: a second admin must confirm it. */
  approvalRequired: boolean().notNull().default(false),
  createdBy: bigint({ mode: 'number' }).notNull(),
  approvedBy: bigint({ mode: 'number' }),
  announce: jsonb()
    .$type<{ subscribers: boolean; channels: boolean }>()
    .notNull()
    .default({ subscribers: false, channels: false }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  confirmedAt: timestamp({ withTimezone: true }),
  undoneAt: timestamp({ withTimezone: true }),
});

/** One line of the pasted list and what it was matched to. */
export const releaseBatchLines = pgTable(
  'release_batch_lines',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    batchId: integer()
      .notNull()
      .references(() => releaseBatches.id, { onDelete: 'cascade' }),
    lineNo: smallint().notNull(),
    /** What the name engine searched with: the line without numbering. */
    rawText: text().notNull(),
    /** The name alone and the bracketed other spelling, for a record created from the line. */
    name: text().notNull().default(''),
    otherName: text(),
    /** matched | ambiguous | not_found | duplicate | already_released | skip | create */
    decision: text().$type<LineDecision>().notNull(),
    prisonerId: integer().references(() => prisoners.id, { onDelete: 'set null' }),
    /** Candidate ids with scores and what tells them apart, for the admin's choice. */
    candidates: jsonb().$type<LineCandidate[]>().notNull().default([]),
    kindOverride: text().$type<ReleaseKind>(),
    countryOverride: text(),
    birthYear: smallint(),
  },
  (t) => [
    unique('release_batch_lines_uq').on(t.batchId, t.lineNo),
    index('release_batch_lines_prisoner_idx').on(t.prisonerId),
  ],
);

export type ReleaseBatchRow = typeof releaseBatches.$inferSelect;
export type ReleaseBatchLineRow = typeof releaseBatchLines.$inferSelect;
