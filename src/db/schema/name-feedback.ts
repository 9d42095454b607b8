import { bigint, check, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { prisoners } from './prisoners.ts';

/**
 * Names the engine did not find on its own, for admins to review in /audit and for the evaluation
 * set to grow: the phonetic key of a typed name and the person it turned out to mean, after a
 * relative followed someone from a "Did you mean" list or a followed name attached to a newcomer.
 * No chat, no time, no count: one row per distinct pair, so nothing tells who searched or how many.
 */
export const nameFeedback = pgTable(
  'name_feedback',
  {
    /** Order of first sight, for "latest first"; says nothing of when or who. */
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** `transliterationKey` of the typed name: its sounds, not the letters as typed. */
    queryKey: text().notNull(),
    prisonerId: integer()
      .notNull()
      .references(() => prisoners.id, { onDelete: 'cascade' }),
    /** did_you_mean: chosen from a near list; pending_attached: a followed name matched a newcomer. */
    via: text().$type<NameFeedbackVia>().notNull(),
  },
  (t) => [
    unique('name_feedback_pair').on(t.queryKey, t.prisonerId, t.via),
    check('name_feedback_via', sql`${t.via} in ('did_you_mean', 'pending_attached')`),
  ],
);

export type NameFeedbackVia = 'did_you_mean' | 'pending_attached';
