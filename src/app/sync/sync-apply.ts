import type { Db } from '../../db/database.ts';
import { attachPendingFollow, findFollowers, findPendingFollows, type Follower } from '../../db/queries/follows.ts';
import { addressOf, facilityAddresses, saveFacilities } from '../../db/queries/facilities.ts';
import { enqueueOutbox, type OutboxMessage } from '../../db/queries/outbox.ts';
import { insertPrisoners, markMissingFromSource, updatePrisoner } from '../../db/queries/prisoners.ts';
import { saveClaims } from '../../db/queries/source-claims.ts';
import type { SourceRow } from '../../db/queries/sources.ts';
import { insertStatusHistory, type NewStatusHistoryRow } from '../../db/queries/status-history.ts';
import type { NewPrisonerRow } from '../../db/schema/index.ts';
import type { AlertPerson } from '../../domain/alert-message.ts';
import { isAnnounced, isGraveEvent, type ChangeEvent } from '../../domain/change-event.ts';
import type { FacilityEntry } from '../../domain/facility.ts';
import type { StoredRecord } from '../../domain/source-record.ts';
import type { RecordPlan, SyncPlan } from '../../domain/sync-plan.ts';
import { renderAlert, type AlertRendererDeps } from '../status-changes/alert-renderer.ts';
import { findNamesakes } from '../names/namesakes.ts';
import { recordNameFeedback } from '../names/name-feedback.ts';
import type { PendingNameMatcher } from '../status-changes/pending-follows.ts';

export interface ApplyContext {
  source: SourceRow;
  runId: number;
  plan: SyncPlan;
  /** The stored side the plan was made from, by prisoner id, to render alerts about known people. */
  stored: ReadonlyMap<number, StoredRecord>;
  fetchedAt: Date;
  now: Date;
  /** The facilities the snapshot names, with the addresses it gives, for the directory. */
  facilities: readonly FacilityEntry[];
  /** An admin confirmed this run (or this person's held change): recorded on each history row. */
  confirmedBy?: number;
}

export interface ApplyResult {
  alerts: number;
  attached: number;
}

/**
 * Writes a plan inside the caller's transaction: records, one history row per event with its
 * provenance, pending follows attached to people newly listed, and one outbox row per (announced
 * event, active follower). All of it commits together or not at all.
 */
export async function applyPlan(
  tx: Db,
  deps: AlertRendererDeps & { matcher: PendingNameMatcher },
  ctx: ApplyContext,
): Promise<ApplyResult> {
  const { source, plan, now } = ctx;
  const added = plan.changes.filter((c) => c.prisonerId === null);
  const newIds = await insertPrisoners(
    tx,
    added.map(
      (c) =>
        ({
          ...c.patch,
          externalId: c.externalId,
          sourceId: source.id,
          createdAt: now,
          updatedAt: now,
        }) as NewPrisonerRow,
    ),
  );
  const people = new Map<number, AlertPerson & { change: RecordPlan }>();
  const missing: number[] = [];
  for (const change of plan.changes) {
    const id = change.prisonerId ?? newIds.get(change.externalId)!;
    if (change.prisonerId !== null) {
      if (change.events.every((e) => e.kind === 'missing_from_source')) missing.push(id);
      else await updatePrisoner(tx, id, change.patch, now);
    }
    people.set(id, { ...(ctx.stored.get(id) ?? {}), ...change.patch, id, change } as AlertPerson & {
      change: RecordPlan;
    });
  }
  await markMissingFromSource(tx, missing, now);
  await saveClaims(
    tx,
    source.id,
    plan.changes
      .filter((c) => c.claim)
      .map((c) => ({ prisonerId: c.prisonerId ?? newIds.get(c.externalId)!, claim: c.claim! })),
    now,
  );
  await saveFacilities(tx, ctx.facilities, source.id, now);

  const historyRows: NewStatusHistoryRow[] = [];
  for (const [id, person] of people) {
    for (const event of person.change.events) historyRows.push(historyRow(ctx, id, person.sourceUrl ?? null, event));
  }
  const history = new Map((await insertStatusHistory(tx, historyRows)).map((h) => [`${h.prisonerId}:${h.kind}`, h.id]));

  const tell = new Map<number, Follower[]>();
  const announcedIds = [...people]
    .filter(([, p]) => p.change.prisonerId !== null && p.change.events.some((e) => isAnnounced(e.kind)))
    .map(([id]) => id);
  for (const follower of await findFollowers(tx, announcedIds)) addFollower(tell, follower);
  // People new to the register have no followers yet, except pending follows that find them now.
  const newcomers = added.map(({ externalId, patch }) => ({
    id: newIds.get(externalId)!,
    names: [patch.nameBe, patch.nameRu, patch.nameEn, ...(patch.aliases ?? [])].filter((n): n is string => !!n),
    birthYear: patch.birthYear ?? undefined,
    gender: patch.gender ?? undefined,
  }));
  const attached = await attachPending(tx, deps.matcher, newcomers, now, tell);

  // The address is the facility's, as the directory has it now: never the previous place's.
  const addresses = await facilityAddresses(
    tx,
    [...tell.keys()].map((id) => people.get(id)!.facilityName),
  );
  const namesakes = await findNamesakes(tx, [...tell.keys()]);
  const messages: OutboxMessage[] = [];
  for (const [id, followers] of tell) {
    const told = people.get(id)!;
    const person = { ...told, facilityAddress: addressOf(addresses, told.facilityName) };
    for (const event of person.change.events) {
      if (!isAnnounced(event.kind)) continue;
      const historyId = history.get(`${id}:${event.kind}`)!;
      for (const f of followers) {
        messages.push({
          chatId: f.chatId,
          subscriberId: f.subscriberId,
          kind: isGraveEvent(event) ? 'grave_alert' : 'alert',
          dedupKey: `event:${historyId}:${f.subscriberId}`,
          statusHistoryId: historyId,
          text: renderAlert(deps, {
            event,
            person,
            subscriber: { language: f.language },
            namesake: namesakes.tag(f.language, id),
          }),
        });
      }
    }
  }
  return { alerts: await enqueueOutbox(tx, messages), attached };
}

function historyRow(
  ctx: ApplyContext,
  prisonerId: number,
  personUrl: string | null,
  event: ChangeEvent,
): NewStatusHistoryRow {
  return {
    prisonerId,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    details: { ...event.details },
    occurredOn: event.occurredOn,
    // The sources carry no observation time of their own: what we saw is what we fetched.
    observedAt: ctx.fetchedAt,
    fetchedAt: ctx.fetchedAt,
    sourceId: ctx.source.id,
    sourceUrl: personUrl ?? ctx.source.url,
    syncRunId: ctx.runId,
    changedBy: `sync:${ctx.source.name}`,
    announced: isAnnounced(event.kind) && !event.details.initialImport,
    createdAt: ctx.now,
    ...(ctx.confirmedBy !== undefined ? { details: { ...event.details, confirmedBy: ctx.confirmedBy } } : {}),
  };
}

/** A person just added to the register, as the pending-name matcher sees them. */
export interface Newcomer {
  id: number;
  names: string[];
  birthYear?: number;
  gender?: 'm' | 'f';
}

/**
 * Attaches pending follows to people new to the register (from a sync or a release batch). A pending
 * name that fits more than one newcomer is left pending: only a confident match may tell a family
 * someone was found.
 */
export async function attachPending(
  tx: Db,
  matcher: PendingNameMatcher,
  added: readonly Newcomer[],
  now: Date,
  tell: Map<number, Follower[]>,
): Promise<number> {
  if (added.length === 0) return 0;
  const pending = await findPendingFollows(tx);
  let attached = 0;
  for (const follow of pending) {
    const hits = added.filter(({ names, birthYear, gender }) =>
      matcher(follow.pendingName, { names, birthYear, gender }),
    );
    if (hits.length !== 1) continue;
    const prisonerId = hits[0]!.id;
    if (!(await attachPendingFollow(tx, follow.followId, prisonerId, now))) continue;
    attached++;
    // A name the register did not have when it was followed: a miss worth reviewing (no chat is kept).
    await recordNameFeedback(tx, follow.pendingName, prisonerId, 'pending_attached');
    addFollower(tell, { ...follow, prisonerId });
  }
  return attached;
}

export function addFollower(tell: Map<number, Follower[]>, follower: Follower): void {
  const list = tell.get(follower.prisonerId);
  if (list) list.push(follower);
  else tell.set(follower.prisonerId, [follower]);
}
