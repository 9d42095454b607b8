import type { BatchTitles } from './batch-title.ts';
import type { EventKind } from './change-event.ts';
import type { Sentence } from './source-record.ts';
import type { PrisonerStatus } from './status.ts';

/** One recorded change, as a digest needs it. */
export interface DigestEvent {
  historyId: number;
  prisonerId: number;
  kind: EventKind;
  /** When the change was recorded: what the period is measured against. */
  recordedAt: Date;
  nameBe: string | null;
  nameRu: string | null;
  nameEn: string | null;
  /** The status the change set: a person may be newly listed as dead or missing. */
  toStatus: PrisonerStatus | null;
  /** Expulsions: ISO country code. */
  country: string | null;
  /** Verdicts and sentence changes: the new term. */
  sentence: Sentence | null;
  /** Transfers: where to. */
  facility: string | null;
  /** Batch releases: the batch's title as first given (it groups the entries), and its title per language. */
  batchTitle: string | null;
  batchTitles?: BatchTitles | null;
  /** Releases the data shows as the end of the term (domain/release-wording.ts); false for every other kind. */
  endOfTerm: boolean;
}

/**
 * What a digest line says about a person: an event kind, except that a release shown to be the end
 * of the term has its own line, and a person newly listed as dead or missing is listed as such.
 */
export type DigestLineKind =
  | 'died_in_custody'
  | 'whereabouts_unknown'
  | 'newly_listed'
  | 'detained'
  | 'returned_to_custody'
  | 'sentenced'
  | 'sentence_changed'
  | 'transferred'
  | 'released_end_of_term'
  | 'released'
  | 'pardoned'
  | 'expelled'
  | 'contact_restored';

/** Grave news first: in the counts line, in the sections, and within a section. */
export const DIGEST_LINES: readonly DigestLineKind[] = [
  'died_in_custody',
  'whereabouts_unknown',
  'newly_listed',
  'detained',
  'returned_to_custody',
  'sentenced',
  'sentence_changed',
  'transferred',
  'released_end_of_term',
  'released',
  'pardoned',
  'expelled',
  'contact_restored',
];

export type DigestSectionKey = 'grave' | 'listed' | 'verdicts' | 'transfers' | 'releases' | 'other';
export const DIGEST_SECTIONS: readonly DigestSectionKey[] = [
  'grave',
  'listed',
  'verdicts',
  'transfers',
  'releases',
  'other',
];

const SECTION_OF: Record<DigestLineKind, DigestSectionKey> = {
  died_in_custody: 'grave',
  whereabouts_unknown: 'grave',
  newly_listed: 'listed',
  detained: 'listed',
  returned_to_custody: 'listed',
  sentenced: 'verdicts',
  sentence_changed: 'verdicts',
  transferred: 'transfers',
  released_end_of_term: 'releases',
  released: 'releases',
  pardoned: 'releases',
  expelled: 'releases',
  contact_restored: 'other',
};

/** Kinds a digest tells. Corrections and source gaps are not news. */
export const DIGEST_KINDS: readonly EventKind[] = [
  'newly_listed',
  'detained',
  'returned_to_custody',
  'sentenced',
  'sentence_changed',
  'transferred',
  'released',
  'pardoned',
  'expelled',
  'whereabouts_unknown',
  'contact_restored',
  'died_in_custody',
];
const TOLD: ReadonlySet<EventKind> = new Set(DIGEST_KINDS);

/** The line a change is listed as. */
export function lineOf(event: Pick<DigestEvent, 'kind' | 'toStatus' | 'endOfTerm'>): DigestLineKind {
  if (
    event.kind === 'newly_listed' &&
    (event.toStatus === 'died_in_custody' || event.toStatus === 'whereabouts_unknown')
  )
    return event.toStatus;
  if (event.kind === 'released' && event.endOfTerm) return 'released_end_of_term';
  return event.kind as DigestLineKind;
}

export interface DigestEntry {
  /** The person's latest change in the period: what they are listed under, once. */
  event: DigestEvent;
  line: DigestLineKind;
  /** The person's other changes in the period, oldest first, each kind once: said on the same line. */
  earlier: EventKind[];
}

export interface DigestSection {
  key: DigestSectionKey;
  entries: DigestEntry[];
}

export interface DigestModel {
  period: { from: Date; to: Date };
  /** Listed people by line, in DIGEST_LINES order, only lines that occur: counted from the sections. */
  counts: { line: DigestLineKind; count: number }[];
  held: number;
  /** Held now minus held at the previous digest the subscriber received; null for a first digest. */
  heldChange: number | null;
  sections: DigestSection[];
  /** People listed: each person once. */
  entries: number;
}

export interface DigestInput {
  /** Every announced change recorded in the wider window; the builder keeps those in the period and scope. */
  events: readonly DigestEvent[];
  period: { from: Date; to: Date };
  held: number;
  heldBefore: number | null;
  /** Only these people (scope "followed"); undefined: everyone. */
  onlyPrisoners?: ReadonlySet<number>;
}

/**
 * What one subscriber's digest says, before words. Each person appears once, under their latest change
 * in the period (a person freed and held again that day is "held again", with the release said on
 * the same line), and the counts line is counted from the sections, so the two cannot disagree.
 * Pure; the renderer puts it into the subscriber's language.
 */
export function buildDigest(input: DigestInput): DigestModel {
  const from = input.period.from.getTime();
  const to = input.period.to.getTime();
  const byPerson = new Map<number, DigestEvent[]>();
  for (const e of input.events) {
    const at = e.recordedAt.getTime();
    if (at <= from || at > to || !TOLD.has(e.kind) || (input.onlyPrisoners && !input.onlyPrisoners.has(e.prisonerId)))
      continue;
    const list = byPerson.get(e.prisonerId);
    if (list) list.push(e);
    else byPerson.set(e.prisonerId, [e]);
  }
  const entries = [...byPerson.values()].map((events) => entryOf(events.sort(order)));
  const sections = DIGEST_SECTIONS.map((key) => ({
    key,
    entries: entries.filter((e) => SECTION_OF[e.line] === key).sort(key === 'releases' ? byBatchThenLine : byLine),
  })).filter((s) => s.entries.length > 0);
  const listed = sections.flatMap((s) => s.entries);
  return {
    period: input.period,
    counts: DIGEST_LINES.flatMap((line) => {
      const count = listed.filter((e) => e.line === line).length;
      return count > 0 ? [{ line, count }] : [];
    }),
    held: input.held,
    heldChange: input.heldBefore === null ? null : input.held - input.heldBefore,
    sections,
    entries: listed.length,
  };
}

function entryOf(events: readonly DigestEvent[]): DigestEntry {
  const latest = events[events.length - 1]!;
  const line = lineOf(latest);
  const earlier: EventKind[] = [];
  const add = (kind: EventKind) => {
    if (!earlier.includes(kind)) earlier.push(kind);
  };
  for (const e of events.slice(0, -1)) if (lineOf(e) !== line) add(e.kind);
  // Listed as dead or missing on the day they were listed: the listing is said too.
  if (latest.kind === 'newly_listed' && line !== 'newly_listed') add('newly_listed');
  return { event: latest, line, earlier };
}

function order(a: DigestEvent, b: DigestEvent): number {
  return a.recordedAt.getTime() - b.recordedAt.getTime() || a.historyId - b.historyId;
}

/** Deaths before disappearances, detentions after listings, and so on; then oldest first. */
function byLine(a: DigestEntry, b: DigestEntry): number {
  return DIGEST_LINES.indexOf(a.line) - DIGEST_LINES.indexOf(b.line) || order(a.event, b.event);
}

/** Releases of one batch stay together, under the batch's title; releases outside a batch come last. */
function byBatchThenLine(a: DigestEntry, b: DigestEntry): number {
  const x = a.event.batchTitle;
  const y = b.event.batchTitle;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return byLine(a, b);
}
