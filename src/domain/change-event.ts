import type { Sentence } from './source-record.ts';
import type { PrisonerStatus } from './status.ts';

/** What a sync can observe about a person. Digests, alerts and history rows key off these names. */
export const EVENT_KINDS = [
  'newly_listed',
  'detained',
  'sentenced',
  'sentence_changed',
  'transferred',
  'released',
  'pardoned',
  'expelled',
  'returned_to_custody',
  'whereabouts_unknown',
  'contact_restored',
  'died_in_custody',
  'correction',
  'missing_from_source',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export interface Facility {
  name: string | null;
  address: string | null;
}

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** Kind-specific facts, stored as they are in `status_history.details`. */
export interface EventDetails {
  facility?: { from: Facility | null; to: Facility };
  sentence?: { from: Sentence | null; to: Sentence };
  penalty?: string;
  verdictAt?: string;
  articlesAdded?: string[];
  /** ISO country code of an expulsion. */
  country?: string;
  /** Corrections: each field with its old and new value. */
  fields?: Record<string, FieldChange>;
  /** The first import of a source: recorded, not news. */
  initialImport?: boolean;
  /** A freed person whose whereabouts were unknown surfaced in custody. */
  contactRestored?: boolean;
  /** Why a human must confirm this before it is applied (e.g. a death report withdrawn). */
  sensitive?: string;
}

export interface ChangeEvent {
  kind: EventKind;
  fromStatus: PrisonerStatus | null;
  toStatus: PrisonerStatus | null;
  /** The real-world date, when the source gives one (YYYY-MM-DD). */
  occurredOn: string | null;
  details: EventDetails;
}

/** Corrections and "missing from source" are recorded for the record, never announced. */
export function isAnnounced(kind: EventKind): boolean {
  return kind !== 'correction' && kind !== 'missing_from_source';
}

/** Grave news goes first and on its own: a death, or a person no one can find. */
export function isGraveEvent(event: Pick<ChangeEvent, 'kind' | 'toStatus'>): boolean {
  if (event.kind === 'died_in_custody' || event.kind === 'whereabouts_unknown') return true;
  return (
    event.kind === 'newly_listed' && (event.toStatus === 'died_in_custody' || event.toStatus === 'whereabouts_unknown')
  );
}

export function isReleaseEvent(kind: EventKind): boolean {
  return kind === 'released' || kind === 'pardoned' || kind === 'expelled';
}
