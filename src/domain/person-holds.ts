import { isAnnounced, isGraveEvent, type ChangeEvent, type EventKind } from './change-event.ts';
import type { SourceClaim } from './source-record.ts';
import type { SourceRecord } from './source-record.ts';
import type { PrisonerStatus } from './status.ts';
import { flapping, type RecentStatusChange } from './status-flips.ts';

/** Why one person's change waits for an admin, apart from the rest of the run. */
export type PersonHoldReason =
  /** A death or a person lost from view: the worst message Vestka could get wrong. */
  | { rule: 'grave'; kind: EventKind; status: PrisonerStatus; occurredOn: string | null; wording: string | null }
  /** The statuses of the last 24 hours, ending with the planned one. */
  | { rule: 'flapping'; statuses: PrisonerStatus[] };

export interface PersonHold {
  reasons: PersonHoldReason[];
  /** The person's page at the source, for the admin who checks it. */
  url: string | null;
  /** The same key in a later snapshot is the same change (the same events from the same source record). */
  key: string;
}

export interface HoldInput {
  events: readonly ChangeEvent[];
  record: SourceRecord;
  /** What the source says now; part of the key, so a changed source record is a new question. */
  claim: SourceClaim;
  storedUrl: string | null;
  recentChanges: readonly RecentStatusChange[];
  now: Date;
}

/** A change that must not reach families before one admin has looked at it, and why. */
export function personHold(input: HoldInput): PersonHold | undefined {
  const reasons: PersonHoldReason[] = [];
  for (const e of input.events) {
    if (!isAnnounced(e.kind) || !isGraveEvent(e) || e.details.initialImport) continue;
    reasons.push({
      rule: 'grave',
      kind: e.kind,
      status: e.toStatus!,
      occurredOn: e.occurredOn,
      wording: input.record.statusText ?? input.record.status ?? null,
    });
  }
  const move = input.events.find((e) => e.fromStatus !== null && e.toStatus !== null && e.fromStatus !== e.toStatus);
  const statuses = move
    ? flapping(input.recentChanges, { from: move.fromStatus!, to: move.toStatus! }, input.now)
    : undefined;
  if (statuses) reasons.push({ rule: 'flapping', statuses });
  if (reasons.length === 0) return undefined;
  const key = JSON.stringify([input.events.map((e) => `${e.kind}:${e.toStatus}`), input.claim]);
  return { reasons, url: input.record.sourceUrl ?? input.storedUrl, key };
}

/** "The same grave event already confirmed": same person, kind, status and date. Undated news never is. */
export function graveEventKey(event: Pick<ChangeEvent, 'kind' | 'toStatus' | 'occurredOn'>): string | null {
  return event.occurredOn === null ? null : `${event.kind}:${event.toStatus}:${event.occurredOn}`;
}
