import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { AliasKinds } from '../../domain/other-names.ts';
import type { PrisonerStatus } from '../../domain/status.ts';
import { sources } from './sources.ts';

export const STATUS_CHECK = sql.raw(
  `'detained','house_arrest','imprisoned','restricted_freedom','compulsory_treatment','released','pardoned','expelled','returned_to_custody','whereabouts_unknown','died_in_custody'`,
);

/**
 * Every insert and update of a prisoner takes the next value (a trigger sets it on update, see the
 * migration), so a process can ask "what changed since revision N" without trusting clocks.
 */
export const prisonersRevisionSeq = pgSequence('prisoners_revision_seq');

/** One person on the register. Names are kept as the sources give them; matching keys are derived. */
export const prisoners = pgTable(
  'prisoners',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** The stable id the source gives this person (`records[].id` in the feed); null for admin-created rows. */
    externalId: text().unique(),
    nameBe: text(),
    nameRu: text(),
    nameEn: text(),
    /** Other spellings seen for this person (other transliterations, older forms). */
    aliases: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Aliases that are other names (maiden, married, pseudonym, former, other) by alias text: the card says which matched. */
    aliasKinds: jsonb().$type<AliasKinds>().notNull().default({}),
    gender: text().$type<'m' | 'f'>(),
    birthDate: date(),
    birthYear: smallint(),
    region: text(),
    status: text().$type<PrisonerStatus>().notNull(),
    statusSince: date(),
    /** ISO 3166-1 alpha-2 country the person was expelled to, when status is `expelled`. */
    expelledTo: text(),
    /** Recognition as a political prisoner is a fact of its own: people are recognised after release too. */
    recognizedAt: date(),
    detainedAt: date(),
    verdictAt: date(),
    facilityName: text(),
    /** Postal address for letters. */
    facilityAddress: text(),
    /** Criminal Code articles, e.g. {"342", "361-1"}. */
    articles: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sentenceYears: smallint(),
    sentenceMonths: smallint(),
    /** Penalty type as the source words it: colony regime, prison, restriction of freedom, treatment. */
    penalty: text(),
    sourceId: integer().references(() => sources.id, { onDelete: 'set null' }),
    sourceUrl: text(),
    /** Set when the source stopped listing this person; never read as a release. */
    missingFromSourceSince: timestamp({ withTimezone: true }),
    /** Anything else the source gave that we show but do not interpret. */
    extra: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revision: bigint({ mode: 'number' })
      .notNull()
      .default(sql`nextval('prisoners_revision_seq')`),
  },
  (t) => [
    check('prisoners_status_check', sql`${t.status} in (${STATUS_CHECK})`),
    check('prisoners_gender_check', sql`${t.gender} is null or ${t.gender} in ('m','f')`),
    check('prisoners_has_name', sql`coalesce(${t.nameBe}, ${t.nameRu}, ${t.nameEn}) is not null`),
    index('prisoners_status_idx').on(t.status),
    index('prisoners_updated_at_idx').on(t.updatedAt),
    index('prisoners_revision_idx').on(t.revision),
  ],
);

export type PrisonerRow = typeof prisoners.$inferSelect;
export type NewPrisonerRow = typeof prisoners.$inferInsert;
