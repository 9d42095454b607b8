import type { Db } from '../../db/database.ts';
import { addressOf, facilityAddresses } from '../../db/queries/facilities.ts';
import {
  findCardRows,
  findLastChanges,
  type CardSourceRow,
  type LastChangeRow,
} from '../../db/queries/prisoner-cards.ts';
import { describeChoices, type Choice } from '../../domain/candidate-choices.ts';
import type { Language } from '../../domain/language.ts';
import { localDate } from '../../domain/local-date.ts';
import { readNameQuery, type NameQueryProblem } from '../../domain/name-query.ts';
import { THRESHOLDS } from '../../domain/names/index.ts';
import type { OtherNameKind } from '../../domain/other-names.ts';
import { buildPrisonerCard, type CardChange, type CardRecord, type PrisonerCard } from '../../domain/prisoner-card.ts';
import type { RegistryMatch } from '../names/registry-index.ts';

/** The name engine over the register (`RegistryIndex`; one per process, built in main.ts). */
export interface NameSearch {
  search(query: string, limit?: number): Promise<RegistryMatch>;
  /** Many queries against one state of the register (one freshness check for the lot: release lists). */
  searchMany(queries: readonly string[], limit?: number): Promise<RegistryMatch[]>;
}

/** One person as cards and choice lists need them, dates already local to the subscriber. */
export interface PersonView {
  record: CardRecord;
  lastChange?: CardChange;
  /** The day the data was last known to be current: the record's last change or the source's last good read. */
  asOf: string;
}

/** Loads people for cards, in the order of `ids`; ids no longer on the register are left out. */
export async function loadPeople(db: Db, ids: readonly number[], timeZone: string): Promise<PersonView[]> {
  const [rows, changes] = await Promise.all([findCardRows(db, ids), findLastChanges(db, ids)]);
  // The address for letters is the facility's (the directory), never one kept from a previous place.
  const addresses = await facilityAddresses(
    db,
    rows.map((r) => r.facilityName),
  );
  const byId = new Map(rows.map((r) => [r.id, { ...r, facilityAddress: addressOf(addresses, r.facilityName) }]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [viewOf(row, changes.get(id), timeZone)] : [];
  });
}

function viewOf(row: CardSourceRow, change: LastChangeRow | undefined, timeZone: string): PersonView {
  // While the source still lists the person, every good read of it confirms the record.
  const checked =
    row.missingFromSourceSince === null && row.sourceCheckedAt && row.sourceCheckedAt > row.updatedAt
      ? row.sourceCheckedAt
      : row.updatedAt;
  return {
    record: {
      ...row,
      missingSince: row.missingFromSourceSince ? localDate(row.missingFromSourceSince, timeZone) : null,
    },
    lastChange: change
      ? { kind: change.kind, date: change.occurredOn ?? localDate(change.observedAt, timeZone) }
      : undefined,
    asOf: localDate(checked, timeZone),
  };
}

export function cardOf(person: PersonView, language: Language): PrisonerCard {
  return buildPrisonerCard(person.record, person.lastChange, { language, asOf: person.asOf });
}

export function choicesOf(people: readonly PersonView[], language: Language): Choice[] {
  return describeChoices(
    people.map((p) => p.record),
    language,
  );
}

/** The other name (maiden, pseudonym …) a person was found by, for the card to say so. */
export interface FoundAs {
  name: string;
  kind: OtherNameKind;
}

export type PeopleSearch =
  | { outcome: 'invalid'; problem: NameQueryProblem }
  | { outcome: 'match'; query: string; person: PersonView; foundAs?: FoundAs }
  /** `near`: no one has the whole name, only a surname near it (a typo, another given name): "did you mean". */
  | { outcome: 'ambiguous'; query: string; people: PersonView[]; near: boolean; foundAs: ReadonlyMap<number, FoundAs> }
  | { outcome: 'none'; query: string };

/** A typed name, checked, run through the name engine, and the people it may mean loaded. */
export async function searchPeople(
  deps: { db: Db; search: NameSearch },
  text: string,
  timeZone: string,
  limit = 5,
): Promise<PeopleSearch> {
  const query = readNameQuery(text);
  if (!query.ok) return { outcome: 'invalid', problem: query.problem };
  const result = await deps.search.search(query.name, limit);
  if (result.decision === 'none') return { outcome: 'none', query: query.name };
  const people = await loadPeople(
    deps.db,
    result.candidates.map((c) => c.prisonerId),
    timeZone,
  );
  if (people.length === 0) return { outcome: 'none', query: query.name };
  const foundAs = new Map(
    result.candidates.flatMap((c) => (c.kind ? [[c.prisonerId, { name: c.name, kind: c.kind }] as const] : [])),
  );
  if (result.decision === 'match') {
    const found = foundAs.get(people[0]!.record.id);
    return { outcome: 'match', query: query.name, person: people[0]!, ...(found ? { foundAs: found } : {}) };
  }
  const near = result.candidates.every((c) => c.score < THRESHOLDS.candidate);
  return { outcome: 'ambiguous', query: query.name, people, near, foundAs };
}
