import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sources } from './sources.ts';

/**
 * Places of detention and their postal addresses, as sources give them. An address belongs to its
 * facility, not to a person: a card or alert reads it from here by the person's facility, so a move to
 * a place whose address no source gives shows no address instead of the previous place's.
 */
export const facilities = pgTable('facilities', {
  /** `facilityKey(name)`: "ИК-9" and "ИК 9" are one place. */
  key: text().primaryKey(),
  /** The name as last given. */
  name: text().notNull(),
  /** Address for letters; null while no source has given one. */
  address: text(),
  sourceId: integer().references(() => sources.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type FacilityRow = typeof facilities.$inferSelect;
