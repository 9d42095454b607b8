import type { ChangeEvent, EventDetails, EventKind, Facility, FieldChange } from './change-event.ts';
import type { AliasKinds } from './other-names.ts';
import type { RecordPatch, Sentence, SourceRecord, StoredRecord } from './source-record.ts';
import { facilityKey, isOtherFacility } from './facility.ts';
import { statusIsNews } from './source-claim.ts';
import { statusTransition, type StatusTransition } from './status-transition.ts';
import { isInCustody } from './status.ts';

export interface DetectContext {
  /** The first import of a source: everything is recorded, nothing is news. */
  initialImport?: boolean;
}

export interface DetectedChange {
  events: ChangeEvent[];
  /** Fields to write; for a new person, the whole row. Empty when nothing changed. */
  patch: RecordPatch;
  /** Why this change must wait for an admin, if it must. */
  sensitive?: string;
}

/** Fields compared one to one: absent in the source means "not said", so they are left alone. */
const SCALAR_FIELDS = [
  'nameBe',
  'nameRu',
  'nameEn',
  'gender',
  'birthDate',
  'birthYear',
  'region',
  'recognizedAt',
  'detainedAt',
  'verdictAt',
  'penalty',
  'sourceUrl',
  'expelledTo',
  'facilityName',
  'facilityAddress',
] as const;
type ScalarField = (typeof SCALAR_FIELDS)[number];

function incomingScalars(incoming: SourceRecord): Record<ScalarField, string | number | undefined> {
  return {
    nameBe: incoming.names.be,
    nameRu: incoming.names.ru,
    nameEn: incoming.names.en,
    gender: incoming.gender,
    birthDate: incoming.birthDate,
    birthYear: incoming.birthYear,
    region: incoming.region,
    recognizedAt: incoming.recognizedAt,
    detainedAt: incoming.detainedAt,
    verdictAt: incoming.verdictAt,
    penalty: incoming.penalty,
    sourceUrl: incoming.sourceUrl,
    expelledTo: incoming.expelledTo,
    facilityName: incoming.facilityName,
    facilityAddress: incoming.facilityAddress,
  };
}

/**
 * Compares what we store about a person with what the source says now, and names what happened, in
 * three steps: which fields differ (`diffFields`), what the status did and the events it makes
 * (`statusEvents`), and the correction that records every changed field no event already tells.
 * Pure: the same inputs give the same events, and applying the patch then comparing again gives none.
 */
export function detectChanges(
  stored: StoredRecord | undefined,
  given: SourceRecord,
  context: DetectContext = {},
): DetectedChange {
  if (!stored) return newlyListed(given, context);
  // A source still showing what it showed before a later fact (a confirmed batch) is lagging: its
  // status and status date for the person are not news, the rest of its record still is.
  const incoming: SourceRecord = statusIsNews(stored, given)
    ? given
    : { ...given, status: undefined, statusSince: undefined };
  const diff = diffFields(stored, incoming);
  const transition = statusTransition(stored.status, incoming.status, stored.statusBeforeUnknown);
  const status = statusEvents(stored, incoming, transition, diff);
  const patch: RecordPatch = { ...diff.patch, ...status.patch };
  const told = status.events.map((e) => e.event);
  const correction = correctionOf(
    stored,
    patch.status ?? stored.status,
    [...diff.changed, ...status.changed],
    status.events,
  );
  return {
    events: [...told, ...correction],
    patch,
    ...(transition.sensitive ? { sensitive: transition.sensitive } : {}),
  };
}

/** What the source says differently from the stored row, field by field, and the patch that writes it. */
interface FieldDiff {
  /** Each changed field with its old and new value, in the order compared. */
  changed: ReadonlyMap<string, FieldChange>;
  patch: RecordPatch;
  /** The sentence, when the source gives another one than stored. */
  sentence: { from: Sentence | null; to: Sentence } | undefined;
  articlesAdded: string[];
}

function diffFields(stored: StoredRecord, incoming: SourceRecord): FieldDiff {
  const changed = new Map<string, FieldChange>();
  const patch: RecordPatch = {};
  const scalars = incomingScalars(incoming);
  for (const field of SCALAR_FIELDS) {
    const to = scalars[field];
    if (to !== undefined && to !== stored[field]) {
      changed.set(field, { from: stored[field], to });
      (patch as Record<string, unknown>)[field] = to;
    }
  }
  // An address belongs to its place: after a move, the old place's address would send letters astray.
  if (
    isOtherFacility(stored.facilityName, incoming.facilityName) &&
    incoming.facilityAddress === undefined &&
    stored.facilityAddress !== null
  ) {
    changed.set('facilityAddress', { from: stored.facilityAddress, to: null });
    patch.facilityAddress = null;
  }
  const aliases = [...new Set([...stored.aliases, ...incoming.aliases])];
  if (aliases.length !== stored.aliases.length) {
    changed.set('aliases', { from: stored.aliases, to: aliases });
    patch.aliases = aliases;
  }
  // Which alias is a maiden name or a pseudonym is a label, not news: stored without an event.
  const kinds = mergedAliasKinds(stored.aliasKinds, incoming.aliasKinds);
  if (kinds) patch.aliasKinds = kinds;
  if (incoming.articles.length > 0 && !sameSet(incoming.articles, stored.articles)) {
    changed.set('articles', { from: stored.articles, to: incoming.articles });
    patch.articles = incoming.articles;
  }
  const storedSentence =
    stored.sentenceYears !== null ? { years: stored.sentenceYears, months: stored.sentenceMonths ?? 0 } : null;
  const sentence =
    incoming.sentence !== undefined && !sameSentence(storedSentence, incoming.sentence)
      ? { from: storedSentence, to: incoming.sentence }
      : undefined;
  if (sentence) {
    changed.set('sentence', { from: sentence.from, to: sentence.to });
    patch.sentenceYears = sentence.to.years;
    patch.sentenceMonths = sentence.to.months;
  }
  if (stored.missingFromSourceSince !== null) {
    changed.set('listed', { from: false, to: true });
    patch.missingFromSourceSince = null;
  }
  const articlesAdded = incoming.articles.filter((a) => !stored.articles.includes(a));
  return { changed, patch, sentence, articlesAdded };
}

/** An event with the changed fields it tells: a fact told inside an event is not told again as a correction. */
interface ToldEvent {
  event: ChangeEvent;
  tells: readonly string[];
}

/** What the status did: its events, its part of the patch, and status fields that are only corrected. */
interface StatusStep {
  events: ToldEvent[];
  patch: RecordPatch;
  changed: [string, FieldChange][];
}

function statusEvents(
  stored: StoredRecord,
  incoming: SourceRecord,
  transition: StatusTransition,
  diff: FieldDiff,
): StatusStep {
  const facility = facilityChange(stored, incoming);
  const { kind } = transition;
  if (kind === 'correction') {
    const since = incoming.statusSince ?? stored.statusSince;
    return {
      events: [],
      patch: { status: transition.status, statusSince: since },
      changed: [['status', { from: stored.status, to: transition.status }]],
    };
  }
  if (kind !== null) {
    return {
      events: [transitionEvent(stored, incoming, { ...transition, kind }, diff, facility)],
      patch: { status: transition.status, statusSince: incoming.statusSince ?? null },
      changed: [],
    };
  }
  return sameStatusStep(stored, incoming, diff, facility);
}

/** The event of a real status change, telling the facts the source changed along with it. */
function transitionEvent(
  stored: StoredRecord,
  incoming: SourceRecord,
  transition: StatusTransition & { kind: EventKind },
  diff: FieldDiff,
  facility: FacilityChange | undefined,
): ToldEvent {
  const { kind } = transition;
  const sentencing = kind === 'sentenced' || kind === 'sentence_changed';
  return withFacts(
    {
      kind,
      fromStatus: stored.status,
      toStatus: transition.status,
      occurredOn: incoming.statusSince ?? (kind === 'sentenced' ? (incoming.verdictAt ?? null) : null),
    },
    [
      facility ? ['facility', facility, ['facilityName', 'facilityAddress']] : undefined,
      diff.sentence ? ['sentence', diff.sentence, ['sentence']] : undefined,
      ...sentenceFacts(diff, incoming, sentencing),
      kind === 'expelled' && incoming.expelledTo ? ['country', incoming.expelledTo, ['expelledTo']] : undefined,
      transition.contactRestored ? ['contactRestored', true, []] : undefined,
    ],
  );
}

/** The status stands: a new status date is a correction; a new sentence or prison is an event of its own. */
function sameStatusStep(
  stored: StoredRecord,
  incoming: SourceRecord,
  diff: FieldDiff,
  facility: FacilityChange | undefined,
): StatusStep {
  const since = incoming.statusSince;
  const dated = since !== undefined && since !== stored.statusSince;
  const unchanged = { fromStatus: stored.status, toStatus: stored.status };
  // A first sentence comes with the status that says so (`sentenced`); alone it is only a correction.
  const resentenced =
    diff.sentence && diff.sentence.from !== null
      ? withFacts({ kind: 'sentence_changed', ...unchanged, occurredOn: incoming.verdictAt ?? null }, [
          ['sentence', diff.sentence, ['sentence']],
          ...sentenceFacts(diff, incoming, true),
        ])
      : undefined;
  const transferred =
    facility?.from?.name &&
    isInCustody(stored.status) &&
    facilityKey(facility.from.name) !== facilityKey(facility.to.name ?? '')
      ? withFacts({ kind: 'transferred', ...unchanged, occurredOn: null }, [
          ['facility', facility, ['facilityName', 'facilityAddress']],
        ])
      : undefined;
  return {
    events: [resentenced, transferred].filter((e) => e !== undefined),
    patch: dated ? { statusSince: since } : {},
    changed: dated ? [['statusSince', { from: stored.statusSince, to: since }]] : [],
  };
}

/** One fact inside an event: where it goes in the details, its value, and the changed fields it tells. */
type Fact = readonly [key: keyof EventDetails, value: unknown, tells: readonly string[]];

function withFacts(event: Omit<ChangeEvent, 'details'>, facts: readonly (Fact | undefined)[]): ToldEvent {
  const present = facts.filter((f): f is Fact => f !== undefined);
  const details: EventDetails = Object.fromEntries(present.map(([key, value]) => [key, value]));
  return { event: { ...event, details }, tells: present.flatMap(([, , tells]) => tells) };
}

/** What a new sentence comes with, when the source changed it too. */
function sentenceFacts(diff: FieldDiff, incoming: SourceRecord, withVerdict: boolean): (Fact | undefined)[] {
  return [
    diff.changed.has('penalty') ? ['penalty', incoming.penalty, ['penalty']] : undefined,
    withVerdict && diff.changed.has('verdictAt') ? ['verdictAt', incoming.verdictAt, ['verdictAt']] : undefined,
    diff.articlesAdded.length > 0 && diff.changed.has('articles')
      ? ['articlesAdded', diff.articlesAdded, ['articles']]
      : undefined,
  ];
}

/** The changed fields that no event tells, recorded (never announced) as one correction. */
function correctionOf(
  stored: StoredRecord,
  toStatus: StoredRecord['status'],
  changed: readonly [string, FieldChange][],
  events: readonly ToldEvent[],
): ChangeEvent[] {
  const told = new Set(events.flatMap((e) => e.tells));
  const fields = changed.filter(([field]) => !told.has(field));
  if (fields.length === 0) return [];
  return [
    {
      kind: 'correction',
      fromStatus: stored.status,
      toStatus,
      occurredOn: null,
      details: { fields: Object.fromEntries(fields) },
    },
  ];
}

function newlyListed(incoming: SourceRecord, context: DetectContext): DetectedChange {
  if (incoming.status === undefined)
    throw new Error(`record ${incoming.externalId} has no status and cannot be listed`);
  const scalars = incomingScalars(incoming);
  const patch: RecordPatch = {
    externalId: incoming.externalId,
    aliases: incoming.aliases,
    articles: incoming.articles,
    status: incoming.status,
    statusSince: incoming.statusSince ?? null,
  };
  if (incoming.aliasKinds && Object.keys(incoming.aliasKinds).length > 0) patch.aliasKinds = incoming.aliasKinds;
  for (const field of SCALAR_FIELDS) (patch as Record<string, unknown>)[field] = scalars[field] ?? null;
  patch.sentenceYears = incoming.sentence?.years ?? null;
  patch.sentenceMonths = incoming.sentence?.months ?? null;
  const details: EventDetails = {};
  if (context.initialImport) details.initialImport = true;
  if (incoming.status === 'expelled' && incoming.expelledTo) details.country = incoming.expelledTo;
  const event: ChangeEvent = {
    kind: 'newly_listed',
    fromStatus: null,
    toStatus: incoming.status,
    occurredOn: incoming.recognizedAt ?? null,
    details,
  };
  return { events: [event], patch };
}

/** The facility as it will be after the patch, and before, when the source changed any part of it. */
type FacilityChange = { from: Facility | null; to: Facility };

function facilityChange(stored: StoredRecord, incoming: SourceRecord): FacilityChange | undefined {
  const moved = isOtherFacility(stored.facilityName, incoming.facilityName);
  const to: Facility = {
    name: incoming.facilityName ?? stored.facilityName,
    address: incoming.facilityAddress ?? (moved ? null : stored.facilityAddress),
  };
  if (to.name === stored.facilityName && to.address === stored.facilityAddress) return undefined;
  const from =
    stored.facilityName === null && stored.facilityAddress === null
      ? null
      : { name: stored.facilityName, address: stored.facilityAddress };
  return { from, to };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sameSentence(a: Sentence | null, b: Sentence): boolean {
  return a !== null && a.years === b.years && a.months === b.months;
}

/** The stored kinds with the source's added or relabelled ones; undefined when nothing changes. */
function mergedAliasKinds(stored: AliasKinds | undefined, incoming: AliasKinds | undefined): AliasKinds | undefined {
  if (!incoming) return undefined;
  const merged = { ...(stored ?? {}), ...incoming };
  const changed = Object.entries(incoming).some(([text, kind]) => stored?.[text] !== kind);
  return changed ? merged : undefined;
}
