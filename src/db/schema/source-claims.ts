import { date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { PrisonerStatus } from '../../domain/status.ts';
import { prisoners } from './prisoners.ts';
import { sources } from './sources.ts';

/**
 * What each source last said about a person's status, apart from the register (which an admin's
 * batch or another source may have moved on since). A sync compares a snapshot with this row to tell
 * a change in the source's own record (news) from a source still showing what it showed before (lag).
 */
export const sourceClaims = pgTable(
  'source_claims',
  {
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    prisonerId: integer()
      .notNull()
      .references(() => prisoners.id, { onDelete: 'cascade' }),
    /** Null while the source has not stated a status for the person. */
    status: text().$type<PrisonerStatus>(),
    statusSince: date(),
    detainedAt: date(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.prisonerId] }), index('source_claims_prisoner_idx').on(t.prisonerId)],
);
