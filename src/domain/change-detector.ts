import type { ChangeEvent, EventDetails, Facility, FieldChange } from './change-event.ts';
import type { AliasKinds } from './other-names.ts';
import type { RecordPatch, Sentence, SourceRecord, StoredRecord } from './source-record.ts';
import { facilityKey, isOtherFacility } from './facility.ts';
import { statusIsNews } from './source-claim.ts';
import { statusTransition } from './status-transition.ts';
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
 * Compares what we store about a person with what the source says now, and names what happened.
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
  const articlesAdded = incoming.articles.filter((a) => !stored.articles.includes(a));
  if (incoming.articles.length > 0 && !sameSet(incoming.articles, stored.articles)) {
    changed.set('articles', { from: stored.articles, to: incoming.articles });
    patch.articles = incoming.articles;
  }
  const storedSentence =
    stored.sentenceYears !== null ? { years: stored.sentenceYears, months: stored.sentenceMonths ?? 0 } : null;
  const sentenceChanged = incoming.sentence !== undefined && !sameSentence(storedSentence, incoming.sentence);
  if (sentenceChanged) {
    changed.set('sentence', { from: storedSentence, to: incoming.sentence });
    patch.sentenceYears = incoming.sentence!.years;
    patch.sentenceMonths = incoming.sentence!.months;
  }
  if (stored.missingFromSourceSince !== null) {
    changed.set('listed', { from: false, to: true });
    patch.missingFromSourceSince = null;
  }

  const transition = statusTransition(stored.status, incoming.status, stored.statusBeforeUnknown);
  const events: ChangeEvent[] = [];
  const facility = facilityChange(stored, incoming);
  // A fact told inside an event is not told again as a correction.
  const fold = <T>(value: T, ...fields: string[]): T => {
    for (const field of fields) changed.delete(field);
    return value;
  };
  const foldSentenceFacts = (details: EventDetails, withVerdict: boolean) => {
    if (changed.has('penalty')) details.penalty = fold(incoming.penalty, 'penalty');
    if (withVerdict && changed.has('verdictAt')) details.verdictAt = fold(incoming.verdictAt, 'verdictAt');
    if (articlesAdded.length > 0 && changed.has('articles')) details.articlesAdded = fold(articlesAdded, 'articles');
  };

  if (transition.kind !== null && transition.kind !== 'correction') {
    patch.status = transition.status;
    patch.statusSince = incoming.statusSince ?? null;
    const details: EventDetails = {};
    if (facility) details.facility = fold(facility, 'facilityName', 'facilityAddress');
    if (sentenceChanged) details.sentence = fold({ from: storedSentence, to: incoming.sentence! }, 'sentence');
    foldSentenceFacts(details, transition.kind === 'sentenced' || transition.kind === 'sentence_changed');
    if (transition.kind === 'expelled' && incoming.expelledTo)
      details.country = fold(incoming.expelledTo, 'expelledTo');
    if (transition.contactRestored) details.contactRestored = true;
    const occurredOn = incoming.statusSince ?? (transition.kind === 'sentenced' ? (incoming.verdictAt ?? null) : null);
    events.push({ kind: transition.kind, fromStatus: stored.status, toStatus: transition.status, occurredOn, details });
  } else {
    if (transition.kind === 'correction') {
      changed.set('status', { from: stored.status, to: transition.status });
      patch.status = transition.status;
      patch.statusSince = incoming.statusSince ?? stored.statusSince;
    } else if (incoming.statusSince !== undefined && incoming.statusSince !== stored.statusSince) {
      changed.set('statusSince', { from: stored.statusSince, to: incoming.statusSince });
      patch.statusSince = incoming.statusSince;
    }
    if (sentenceChanged && storedSentence !== null && transition.kind === null) {
      const details: EventDetails = { sentence: fold({ from: storedSentence, to: incoming.sentence! }, 'sentence') };
      foldSentenceFacts(details, true);
      events.push({
        kind: 'sentence_changed',
        fromStatus: stored.status,
        toStatus: stored.status,
        occurredOn: incoming.verdictAt ?? null,
        details,
      });
    }
    if (
      facility?.from?.name &&
      transition.kind === null &&
      isInCustody(stored.status) &&
      facilityKey(facility.from.name) !== facilityKey(facility.to.name ?? '')
    ) {
      events.push({
        kind: 'transferred',
        fromStatus: stored.status,
        toStatus: stored.status,
        occurredOn: null,
        details: { facility: fold(facility, 'facilityName', 'facilityAddress') },
      });
    }
  }
  if (changed.size > 0) {
    events.push({
      kind: 'correction',
      fromStatus: stored.status,
      toStatus: patch.status ?? stored.status,
      occurredOn: null,
      details: { fields: Object.fromEntries(changed) },
    });
  }
  return { events, patch, ...(transition.sensitive ? { sensitive: transition.sensitive } : {}) };
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
function facilityChange(
  stored: StoredRecord,
  incoming: SourceRecord,
): { from: Facility | null; to: Facility } | undefined {
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
