import type { BatchTitles } from './batch-title.ts';
import type { EventKind } from './change-event.ts';
import type { Sentence } from './source-record.ts';

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
  /** Expulsions: ISO country code. */
  country: string | null;
  /** Verdicts and sentence changes: the new term. */
  sentence: Sentence | null;
  /** Transfers: where to. */
  facility: string | null;
  /** Batch releases: the batch's title as first given (it groups the entries), and its title per language. */
  batchTitle: string | null;
  batchTitles?: BatchTitles | null;
}

export type DigestSectionKey = 'listed' | 'verdicts' | 'transfers' | 'releases' | 'other';
export const DIGEST_SECTIONS: readonly DigestSectionKey[] = ['listed', 'verdicts', 'transfers', 'releases', 'other'];

const SECTION_OF: Partial<Record<EventKind, DigestSectionKey>> = {
  newly_listed: 'listed',
  detained: 'listed',
  returned_to_custody: 'listed',
  sentenced: 'verdicts',
  sentence_changed: 'verdicts',
  transferred: 'transfers',
  released: 'releases',
  pardoned: 'releases',
  expelled: 'releases',
  whereabouts_unknown: 'other',
  contact_restored: 'other',
  died_in_custody: 'other',
};

/** Kinds a digest counts, in the order the counts line lists them. Corrections and source gaps are not news. */
export const DIGEST_KINDS = Object.keys(SECTION_OF) as EventKind[];

export interface DigestSection {
  key: DigestSectionKey;
  /** One entry per person: their latest change of this section's kind in the period. */
  entries: DigestEvent[];
}

export interface DigestModel {
  period: { from: Date; to: Date };
  /** Changes by kind, in DIGEST_KINDS order, only kinds that occurred. */
  counts: { kind: EventKind; count: number }[];
  held: number;
  /** Held now minus held at the previous digest the reader received; null for a first digest. */
  heldChange: number | null;
  sections: DigestSection[];
  /** People listed across all sections (a person in two sections counts twice). */
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
 * What one reader's digest says, before words: counts by kind, the held figure and its change, and
 * sections with one line per person. Pure; the renderer puts it into the reader's language.
 */
export function buildDigest(input: DigestInput): DigestModel {
  const from = input.period.from.getTime();
  const to = input.period.to.getTime();
  const inScope = input.events.filter((e) => {
    const at = e.recordedAt.getTime();
    return at > from && at <= to && SECTION_OF[e.kind] !== undefined && (!input.onlyPrisoners || input.onlyPrisoners.has(e.prisonerId));
  });
  const counts = new Map<EventKind, number>();
  const latest = new Map<string, DigestEvent>();
  for (const event of inScope) {
    counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
    const key = `${SECTION_OF[event.kind]}:${event.prisonerId}`;
    const seen = latest.get(key);
    if (!seen || order(seen, event) < 0) latest.set(key, event);
  }
  const sections = DIGEST_SECTIONS.map((key) => ({
    key,
    entries: [...latest.values()].filter((e) => SECTION_OF[e.kind] === key).sort(key === 'releases' ? byBatchThenTime : order),
  })).filter((s) => s.entries.length > 0);
  return {
    period: input.period,
    counts: DIGEST_KINDS.flatMap((kind) => (counts.has(kind) ? [{ kind, count: counts.get(kind)! }] : [])),
    held: input.held,
    heldChange: input.heldBefore === null ? null : input.held - input.heldBefore,
    sections,
    entries: sections.reduce((sum, s) => sum + s.entries.length, 0),
  };
}

function order(a: DigestEvent, b: DigestEvent): number {
  return a.recordedAt.getTime() - b.recordedAt.getTime() || a.historyId - b.historyId;
}

/** Releases of one batch stay together, under the batch's title; releases outside a batch come last. */
function byBatchThenTime(a: DigestEvent, b: DigestEvent): number {
  if (a.batchTitle !== b.batchTitle) {
    if (a.batchTitle === null) return 1;
    if (b.batchTitle === null) return -1;
    return a.batchTitle < b.batchTitle ? -1 : 1;
  }
  return order(a, b);
}
