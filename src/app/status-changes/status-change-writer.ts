import type { Db } from '../../db/database.ts';
import { addressOf, facilityAddresses } from '../../db/queries/facilities.ts';
import { findFollowers, type Follower } from '../../db/queries/follows.ts';
import { enqueueOutbox, type OutboxMessage } from '../../db/queries/outbox.ts';
import {
  insertStatusHistory,
  standingEvents,
  type NewStatusHistoryRow,
  type StandingEvent,
} from '../../db/queries/status-history.ts';
import type { AlertPerson } from '../../domain/alert-message.ts';
import { batchTitleValue, type BatchTitles } from '../../domain/batch-title.ts';
import { isAnnounced, isGraveEvent, type ChangeEvent } from '../../domain/change-event.ts';
import { findNamesakes } from '../names/namesakes.ts';
import { renderAlert, type AlertRendererDeps } from './alert-renderer.ts';
import { addFollower, attachPending, type Newcomer } from './pending-follow-attacher.ts';
import type { PendingNameMatcher } from './pending-follows.ts';

/** Where a status change came from; recorded on its history row and, for a batch, on its alerts. */
export type Provenance =
  | {
      via: 'sync';
      runId: number;
      source: { id: number; name: string; url: string };
      fetchedAt: Date;
      /** An admin confirmed this run (or this person's held change). */
      confirmedBy?: number;
    }
  | {
      via: 'release';
      batch: { id: number; title: string; titles: BatchTitles | null; sourceUrl: string | null };
      /** The admin who made the batch. */
      adminId: number;
    }
  | { via: 'undo'; batch: { id: number; sourceUrl: string | null }; adminId: number };

export interface StatusChange {
  prisonerId: number;
  event: ChangeEvent;
  /** The person as the alert shows them, after the change. */
  person: AlertPerson;
  /** Facts recorded on the history row beside the event's own (batch line, previous values …). */
  recorded?: Record<string, unknown>;
  /** Set when the person was just added to the register: pending follows may be waiting for them. */
  newcomer?: Omit<Newcomer, 'id'>;
}

export type StatusChangeWriterDeps = AlertRendererDeps & { matcher: PendingNameMatcher };

export interface WriteResult {
  alerts: number;
  attached: number;
}

/**
 * The one way a person's status change is recorded and told, inside the caller's transaction: one
 * history row per change with its provenance, pending follows attached to newcomers, and one outbox
 * row per (announced change, active follower). The alert's dedup key names the event by the first
 * history row that recorded it, so the same news reaching us twice (from a sync and a release batch,
 * or a repeated call) is queued once.
 */
export async function recordStatusChanges(
  tx: Db,
  deps: StatusChangeWriterDeps,
  provenance: Provenance,
  changes: readonly StatusChange[],
  now: Date,
): Promise<WriteResult> {
  const tell = new Map<number, Follower[]>();
  const told = [...new Set(changes.filter((c) => isAnnounced(c.event.kind)).map((c) => c.prisonerId))];
  for (const follower of await findFollowers(tx, told)) addFollower(tell, follower);
  const newcomers = changes.flatMap((c) => (c.newcomer ? [{ ...c.newcomer, id: c.prisonerId }] : []));
  const attached = await attachPending(tx, deps.matcher, dedupe(newcomers), now, tell);
  // Read before this call's rows are written, which would otherwise stand for themselves.
  const standing = await standingEvents(tx, [...tell.keys()]);

  const rows = await insertStatusHistory(
    tx,
    changes.map((c) => historyRow(provenance, c, now)),
  );
  const written = new Map(rows.map((h) => [`${h.prisonerId}:${h.kind}`, h.id]));
  const people = new Map(changes.map((c) => [c.prisonerId, c.person]));
  const addresses = await facilityAddresses(
    tx,
    [...tell.keys()].map((id) => people.get(id)?.facilityName),
  );
  const namesakes = await findNamesakes(tx, [...tell.keys()]);
  const messages: OutboxMessage[] = [];
  changes.forEach((change) => {
    const followers = tell.get(change.prisonerId);
    if (!followers || !isAnnounced(change.event.kind)) return;
    const eventId = sameAs(standing, change) ?? written.get(`${change.prisonerId}:${change.event.kind}`)!;
    const person = { ...change.person, facilityAddress: addressOf(addresses, change.person.facilityName) };
    for (const f of followers) {
      messages.push({
        chatId: f.chatId,
        subscriberId: f.subscriberId,
        kind: isGraveEvent(change.event) ? 'grave_alert' : 'alert',
        dedupKey: `event:${eventId}:${f.subscriberId}`,
        statusHistoryId: eventId,
        releaseBatchId: provenance.via === 'sync' ? null : provenance.batch.id,
        text: renderAlert(deps, {
          event: change.event,
          person,
          subscriber: { language: f.language },
          namesake: namesakes.tag(f.language, change.prisonerId),
          ...(provenance.via === 'release'
            ? {
                batchTitle: batchTitleValue(provenance.batch, f.language),
                batchSourceUrl: provenance.batch.sourceUrl ?? undefined,
              }
            : {}),
        }),
      });
    }
  });
  return { alerts: await enqueueOutbox(tx, messages), attached };
}

function dedupe(newcomers: Newcomer[]): Newcomer[] {
  return [...new Map(newcomers.map((n) => [n.id, n])).values()];
}

/** The earlier row that recorded this very event, if it still stands. */
function sameAs(standing: readonly StandingEvent[], change: StatusChange): number | undefined {
  const { event } = change;
  const earlier = standing.find((s) => s.prisonerId === change.prisonerId && s.kind === event.kind);
  if (!earlier || earlier.toStatus !== event.toStatus || earlier.occurredOn !== event.occurredOn) return undefined;
  return identity(earlier.details) === identity(event.details) ? earlier.id : undefined;
}

/** What tells two events of one kind and date apart: where to, and which sentence. */
function identity(details: { facility?: unknown; sentence?: unknown }): string {
  const facility = details.facility as { to?: { name?: string | null } } | undefined;
  const sentence = details.sentence as { to?: unknown } | undefined;
  return JSON.stringify([facility?.to?.name ?? null, sentence?.to ?? null]);
}

function historyRow(provenance: Provenance, change: StatusChange, now: Date): NewStatusHistoryRow {
  const { event } = change;
  const common = {
    prisonerId: change.prisonerId,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    occurredOn: event.occurredOn,
    announced: isAnnounced(event.kind) && !event.details.initialImport,
    createdAt: now,
  };
  if (provenance.via === 'sync')
    return {
      ...common,
      details: {
        ...event.details,
        ...change.recorded,
        ...(provenance.confirmedBy !== undefined ? { confirmedBy: provenance.confirmedBy } : {}),
      },
      // The sources carry no observation time of their own: what we saw is what we fetched.
      observedAt: provenance.fetchedAt,
      fetchedAt: provenance.fetchedAt,
      sourceId: provenance.source.id,
      sourceUrl: change.person.sourceUrl ?? provenance.source.url,
      syncRunId: provenance.runId,
      changedBy: `sync:${provenance.source.name}`,
    };
  return {
    ...common,
    details: { ...event.details, ...change.recorded },
    observedAt: now,
    fetchedAt: null,
    sourceUrl: provenance.batch.sourceUrl,
    releaseBatchId: provenance.batch.id,
    changedBy: `admin:${provenance.adminId}`,
  };
}
