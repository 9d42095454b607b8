import { and, eq, sql } from 'drizzle-orm';
import type { BatchTitles } from '../../domain/batch-title.ts';
import type { DigestEvent } from '../../domain/digest-builder.ts';
import type { DigestEdition } from '../../domain/digest-schedule.ts';
import type { EventKind } from '../../domain/change-event.ts';
import type { Language } from '../../domain/language.ts';
import type { ReleaseKind } from '../../domain/release-preview.ts';
import { releasedAtEndOfTerm } from '../../domain/release-wording.ts';
import { IN_CUSTODY_STATUSES, type PrisonerStatus } from '../../domain/status.ts';
import type { Db } from '../database.ts';
import { records, rowsOf } from '../rows.ts';
import { outboxBodies, subscribers } from '../schema/index.ts';

/**
 * The distinct slots subscribers chose: (time zone, hour) for the daily edition, with the weekday for
 * the weekly one. Each has one digest slot at a time.
 */
export async function digestHourGroups(
  db: Db,
): Promise<{ timezone: string; hour: number; edition: DigestEdition; weekday: number }[]> {
  const rows = await db
    .selectDistinct({
      timezone: subscribers.timezone,
      hour: subscribers.digestHour,
      edition: subscribers.digestFrequency,
      weekday: sql<number>`case when ${subscribers.digestFrequency} = 'weekly' then ${subscribers.digestWeekday} else 0 end`,
    })
    .from(subscribers)
    .where(and(eq(subscribers.digestEnabled, true), eq(subscribers.active, true)));
  return rows.map((r) => ({ ...r, weekday: Number(r.weekday) }));
}

export interface DueSlot {
  timezone: string;
  hour: number;
  edition: DigestEdition;
  /** Weekly: 1 = Monday … 7 = Sunday; 0 for the daily edition. */
  weekday: number;
  /** The local date of the slot's hour. */
  localDate: string;
  /** The claim key: the local date (daily) or the covered week's Monday (weekly). */
  claimDate: string;
  dueAt: Date;
}

export interface DueSubscriber {
  subscriberId: number;
  chatId: number;
  chatType: 'private' | 'channel' | 'group';
  language: Language;
  timezone: string;
  hour: number;
  scope: 'all' | 'followed';
  sendEmpty: boolean;
  /** The chart before the digest: never, with every digest, or with the first digest of each week. */
  chart: 'off' | 'daily' | 'weekly';
  /** Wants the "Birthdays this week" section. */
  birthdays: boolean;
  edition: DigestEdition;
  /** Weekly: 1 = Monday … 7 = Sunday; 0 for the daily edition. */
  weekday: number;
  /** The local date of the slot's hour. */
  localDate: string;
  /** The claim key: the local date (daily) or the covered week's Monday (weekly). */
  claimDate: string;
  dueAt: Date;
}

/**
 * Subscribers whose slot has come and who have no digest for it yet, lowest id first. One query for all
 * of them (100,000 subscribers are ~20 MB here): paging it cost a join over every subscriber per page.
 * A subscriber who turned the digest on after the slot's hour waits for the next one.
 */
export async function dueSubscribers(db: Db, slots: readonly DueSlot[]): Promise<DueSubscriber[]> {
  if (slots.length === 0) return [];
  const values = slots.map((s) => ({
    timezone: s.timezone,
    hour: s.hour,
    edition: s.edition,
    weekday: s.weekday,
    local_date: s.localDate,
    claim_date: s.claimDate,
    due_at: s.dueAt.toISOString(),
  }));
  const result = await db.execute(sql`
    select s.id, s.chat_id, s.chat_type, s.language, s.timezone, s.digest_hour, s.digest_scope, s.digest_send_empty, s.digest_chart, s.digest_birthdays,
      v.edition, v.weekday, v.local_date::text as local_date, v.claim_date::text as claim_date, v.due_at
    from ${records(values, 'timezone text, hour smallint, edition text, weekday smallint, local_date date, claim_date date, due_at timestamptz')}
    join subscribers s on s.timezone = v.timezone and s.digest_hour = v.hour and s.digest_frequency = v.edition
      and (v.edition = 'daily' or s.digest_weekday = v.weekday)
    where s.digest_enabled and s.active
      and (s.digest_enabled_at is null or s.digest_enabled_at <= v.due_at)
      and not exists (select 1 from digest_runs r where r.subscriber_id = s.id and r.edition = v.edition and r.local_date = v.claim_date)
    order by s.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    subscriberId: Number(r.id),
    chatId: Number(r.chat_id),
    chatType: r.chat_type as DueSubscriber['chatType'],
    language: r.language as Language,
    timezone: String(r.timezone),
    hour: Number(r.digest_hour),
    scope: r.digest_scope as DueSubscriber['scope'],
    sendEmpty: Boolean(r.digest_send_empty),
    chart: (r.digest_chart as DueSubscriber['chart'] | undefined) ?? 'off',
    birthdays: r.digest_birthdays === true,
    edition: r.edition as DigestEdition,
    weekday: Number(r.weekday),
    localDate: isoDate(r.local_date),
    claimDate: isoDate(r.claim_date),
    dueAt: new Date(r.due_at as string),
  }));
}

/**
 * For each subscriber, the last digest of this edition they really received: a queued one whose
 * message was sent, or an empty one (nothing to tell is also news told). A digest still waiting, or
 * dropped, does not count, so the next daily one covers its period again (a weekly one always covers
 * its own week; only its held-count baseline comes from here).
 */
export async function lastReceivedDigests(
  db: Db,
  subscriberIds: readonly number[],
  edition: DigestEdition = 'daily',
): Promise<Map<number, { periodTo: Date; heldCount: number }>> {
  if (subscriberIds.length === 0) return new Map();
  const keyPrefix = edition === 'weekly' ? ':week:' : ':';
  // Newest first along the primary key, stopping at the first received one: a year of history costs
  // no more than a day's.
  const result = await db.execute(sql`
    select ids.id as subscriber_id, last.period_to, last.held_count
    from (select (jsonb_array_elements_text(${JSON.stringify(subscriberIds)}::jsonb))::int as id) ids
    cross join lateral (
      select r.period_to, r.held_count
      from digest_runs r
      left join outbox o on o.dedup_key = 'digest:' || r.subscriber_id || ${keyPrefix}::text || to_char(r.local_date, 'YYYY-MM-DD')
      where r.subscriber_id = ids.id and r.edition = ${edition} and (r.outcome = 'empty' or o.status = 'sent')
      order by r.local_date desc
      limit 1) last`);
  return new Map(
    rowsOf<Record<string, unknown>>(result).map((r) => [
      Number(r.subscriber_id),
      { periodTo: new Date(r.period_to as string), heldCount: Number(r.held_count) },
    ]),
  );
}

export interface DigestRunClaim {
  subscriberId: number;
  edition: DigestEdition;
  /** The local date (daily) or the covered week's Monday (weekly). */
  localDate: string;
  periodFrom: Date;
  periodTo: Date;
  heldCount: number;
  entries: number;
  outcome: 'queued' | 'empty';
}

/**
 * Claims digests: the insert succeeds for exactly one process per (subscriber, edition, local date or
 * week); a second
 * process waits for the first's transaction and then gets nothing. Returns the subscribers claimed.
 */
export async function claimDigestRuns(tx: Db, claims: readonly DigestRunClaim[], worker: string): Promise<Set<number>> {
  if (claims.length === 0) return new Set();
  const values = claims.map((c) => ({
    subscriber_id: c.subscriberId,
    edition: c.edition,
    local_date: c.localDate,
    period_from: c.periodFrom.toISOString(),
    period_to: c.periodTo.toISOString(),
    held_count: c.heldCount,
    entries: c.entries,
    outcome: c.outcome,
  }));
  const result = await tx.execute(sql`
    insert into digest_runs (subscriber_id, edition, local_date, period_from, period_to, held_count, entries, outcome, claimed_by)
    select v.subscriber_id, v.edition, v.local_date, v.period_from, v.period_to, v.held_count, v.entries, v.outcome, ${worker}
    from ${records(values, 'subscriber_id int, edition text, local_date date, period_from timestamptz, period_to timestamptz, held_count int, entries int, outcome text')}
    on conflict (subscriber_id, edition, local_date) do nothing
    returning subscriber_id`);
  return new Set(rowsOf<{ subscriber_id: unknown }>(result).map((r) => Number(r.subscriber_id)));
}

/** Political prisoners held now. */
export async function heldCount(db: Db): Promise<number> {
  const statuses = sql.join(
    IN_CUSTODY_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const [row] = rowsOf<{ count: unknown }>(
    await db.execute(sql`select count(*) as count from prisoners where status in (${statuses})`),
  );
  return Number(row?.count ?? 0);
}

/**
 * Announced changes recorded in (from, to], oldest first, with the names digests print. Left out:
 * corrections, "missing from source", a source's first import, and changes an admin undid.
 */
export async function digestEvents(db: Db, from: Date, to: Date): Promise<DigestEvent[]> {
  // A batch line's own kind overrides the batch's (release-confirm writes the line number in details).
  const result = await db.execute(sql`
    select h.id, h.prisoner_id, h.kind, h.to_status, h.occurred_on::text as occurred_on, h.created_at, h.details,
      p.name_be, p.name_ru, p.name_en, p.expelled_to, p.sentence_years, p.sentence_months, p.facility_name, p.detained_at::text as detained_at,
      b.title, b.titles, coalesce(l.kind_override, b.kind) as batch_kind
    from status_history h
    join prisoners p on p.id = h.prisoner_id
    left join release_batches b on b.id = h.release_batch_id
    left join release_batch_lines l on l.batch_id = b.id and l.line_no = case when h.details->>'line' ~ '^[0-9]{1,4}$' then (h.details->>'line')::int end
    where h.created_at > ${from.toISOString()}::timestamptz and h.created_at <= ${to.toISOString()}::timestamptz
      and h.announced and h.reverted_at is null and h.kind not in ('correction', 'missing_from_source')
      and coalesce(h.details->>'initialImport', 'false') <> 'true'
    order by h.created_at, h.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => {
    const details = (typeof r.details === 'string' ? JSON.parse(r.details) : (r.details ?? {})) as {
      country?: string;
      sentence?: { to?: { years: number; months: number } };
      facility?: { to?: { name: string | null } };
    };
    const kind = r.kind as EventKind;
    const currentTerm =
      r.sentence_years === null ? null : { years: Number(r.sentence_years), months: Number(r.sentence_months ?? 0) };
    return {
      historyId: Number(r.id),
      prisonerId: Number(r.prisoner_id),
      kind,
      recordedAt: new Date(r.created_at as string),
      nameBe: (r.name_be as string | null) ?? null,
      nameRu: (r.name_ru as string | null) ?? null,
      nameEn: (r.name_en as string | null) ?? null,
      toStatus: (r.to_status as PrisonerStatus | null) ?? null,
      country: details.country ?? (kind === 'expelled' ? ((r.expelled_to as string | null) ?? null) : null),
      sentence: details.sentence?.to ?? (kind === 'sentenced' ? currentTerm : null),
      facility:
        details.facility?.to?.name ?? (kind === 'transferred' ? ((r.facility_name as string | null) ?? null) : null),
      batchTitle: (r.title as string | null) ?? null,
      batchTitles: (typeof r.titles === 'string' ? JSON.parse(r.titles) : (r.titles ?? null)) as BatchTitles | null,
      endOfTerm:
        kind === 'released' &&
        releasedAtEndOfTerm({
          batchKind: (r.batch_kind as ReleaseKind | null) ?? null,
          releasedOn: dateOnly(r.occurred_on),
          detainedOn: dateOnly(r.detained_at),
          term: currentTerm,
        }),
    };
  });
}

/**
 * The people each subscriber follows, for scope "followed": a person's own follows, or a linked
 * channel's own list (channel_follows), never the follows of the admin who linked the channel.
 */
export async function followedPrisoners(db: Db, subscriberIds: readonly number[]): Promise<Map<number, Set<number>>> {
  const out = new Map<number, Set<number>>(subscriberIds.map((id) => [id, new Set<number>()]));
  if (subscriberIds.length === 0) return out;
  const result = await db.execute(sql`
    with wanted as (select (jsonb_array_elements_text(${JSON.stringify(subscriberIds)}::jsonb))::int as id)
    select f.subscriber_id as subscriber, f.prisoner_id
    from follows f join subscribers s on s.id = f.subscriber_id
    where f.subscriber_id in (select id from wanted) and f.prisoner_id is not null and s.chat_type <> 'channel'
    union all
    select c.channel_id, c.prisoner_id from channel_follows c where c.channel_id in (select id from wanted)`);
  for (const r of rowsOf<{ subscriber: unknown; prisoner_id: unknown }>(result))
    out.get(Number(r.subscriber))?.add(Number(r.prisoner_id));
  return out;
}

/** Stores a text many outbox rows will share. */
export async function insertOutboxBody(tx: Db, text: string): Promise<number> {
  const [row] = await tx.insert(outboxBodies).values({ text }).returning({ id: outboxBodies.id });
  return row!.id;
}

/** A date column read as text (`::text` in the query): YYYY-MM-DD, or null. */
function dateOnly(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 10) : null;
}

function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
