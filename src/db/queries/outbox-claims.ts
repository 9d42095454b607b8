import { sql, type SQL } from 'drizzle-orm';
import { OUTBOX_KINDS, deliveryLane, type OutboxKind } from '../../domain/delivery.ts';
import type { Language } from '../../domain/language.ts';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';

/** A row the drainer holds a lease on, with its subscriber's settings that decide how it is sent. */
export interface ClaimedRow {
  id: number;
  chatId: number;
  subscriberId: number | null;
  kind: OutboxKind;
  priority: number;
  text: string;
  replyMarkup: unknown;
  /** A photo row: the stored chart picture, and Telegram's id for it once uploaded (`text` is the caption). */
  chartImageId: number | null;
  chartFileId: string | null;
  attempts: number;
  partsSent: number;
  allowPaidBroadcast: boolean;
  timezone: string | null;
  quietFrom: number | null;
  quietTo: number | null;
  /** Null for a chat with no subscriber row (an admin who never chose anything): no subscriber settings apply. */
  language: Language | null;
  discreet: boolean;
  wakeForGrave: boolean;
  protectContent: boolean;
}

/** The per-chat order key's first part, from the domain's lanes (constants, not user data). */
function lane(alias: string): SQL {
  return sql.raw(
    `(case ${alias}.kind ${OUTBOX_KINDS.map((k) => `when '${k}' then ${deliveryLane(k)}`).join(' ')} end)`,
  );
}

/**
 * Leases up to `limit` due rows, most urgent first. Only the head of each chat is claimable: the
 * first unsettled row in (lane, id) order, and only while no row of that chat is being sent, so one
 * chat's messages keep their order and never go out in parallel. SKIP LOCKED lets several drainers
 * claim at once without waiting on, or taking, each other's rows.
 */
export async function claimOutbox(
  db: Db,
  options: { worker: string; limit: number; now: Date; leaseUntil: Date },
): Promise<ClaimedRow[]> {
  const now = options.now.toISOString();
  const result = await db.execute(sql`
    with candidates as (
      select o.id from outbox o
      where o.status = 'pending' and o.available_at <= ${now}::timestamptz
        and not exists (
          select 1 from outbox e
          where e.chat_id = o.chat_id and e.status in ('pending', 'sending') and e.id <> o.id
            and (e.status = 'sending' or (${lane('e')}, e.id) < (${lane('o')}, o.id))
        )
      order by o.priority, o.available_at, o.id
      limit ${options.limit}
      for update of o skip locked
    ), claimed as (
      update outbox t set status = 'sending', leased_by = ${options.worker}, lease_until = ${options.leaseUntil.toISOString()}::timestamptz
      from candidates c where t.id = c.id
      returning t.id, t.chat_id, t.subscriber_id, t.kind, t.priority, t.text, t.body_id, t.reply_markup, t.chart_image_id, t.attempts, t.parts_sent, t.allow_paid_broadcast
    )
    select c.*, coalesce(b.text, c.text) as body, ci.telegram_file_id as chart_file_id, s.timezone, s.quiet_from, s.quiet_to, s.language, s.discreet, s.wake_for_grave, s.protect_content
    from claimed c left join subscribers s on s.id = c.subscriber_id left join outbox_bodies b on b.id = c.body_id left join chart_images ci on ci.id = c.chart_image_id
    order by c.priority, c.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: Number(r.id),
    chatId: Number(r.chat_id),
    subscriberId: r.subscriber_id === null ? null : Number(r.subscriber_id),
    kind: r.kind as OutboxKind,
    priority: Number(r.priority),
    text: String(r.body),
    replyMarkup: typeof r.reply_markup === 'string' ? (JSON.parse(r.reply_markup) as unknown) : r.reply_markup,
    chartImageId: r.chart_image_id === null || r.chart_image_id === undefined ? null : Number(r.chart_image_id),
    chartFileId: (r.chart_file_id as string | null | undefined) ?? null,
    attempts: Number(r.attempts),
    partsSent: Number(r.parts_sent),
    allowPaidBroadcast: Boolean(r.allow_paid_broadcast),
    timezone: (r.timezone as string | null) ?? null,
    quietFrom: r.quiet_from === null ? null : Number(r.quiet_from),
    quietTo: r.quiet_to === null ? null : Number(r.quiet_to),
    language: (r.language as Language | null) ?? null,
    discreet: r.discreet === true,
    wakeForGrave: r.wake_for_grave === true,
    protectContent: r.protect_content === true,
  }));
}

/**
 * Gives back rows whose lease ran out (their drainer crashed or hung), recording the lost attempt.
 * Such a row may have been delivered just before the crash: these are the only rows that can
 * reach a chat twice. `everyLease` reclaims all leases at once; only safe when no other drainer
 * can exist (the embedded database is locked to one process).
 */
export async function reapExpiredLeases(
  db: Db,
  options: { worker: string; now: Date; everyLease?: boolean },
): Promise<number> {
  const now = options.now.toISOString();
  const expired = options.everyLease ? sql`true` : sql`o.lease_until <= ${now}::timestamptz`;
  const result = await db.execute(sql`
    with expired as (
      select o.id, o.leased_by from outbox o
      where o.status = 'sending' and ${expired}
      for update of o skip locked
    ), reset as (
      update outbox t set status = 'pending', leased_by = null, lease_until = null, attempts = t.attempts + 1, last_error = 'lease expired'
      from expired x where t.id = x.id
      returning t.id, t.attempts, x.leased_by
    )
    insert into outbox_attempts (outbox_id, attempt, at, outcome, detail, worker)
    select id, attempts, ${now}::timestamptz, 'lease_expired', 'the lease of ' || coalesce(leased_by, '?') || ' ran out', ${options.worker} from reset
    returning outbox_id`);
  return rowsOf(result).length;
}

/** Extends this drainer's leases; returns how many rows it still holds. */
export async function renewLeases(db: Db, worker: string, leaseUntil: Date): Promise<number> {
  const result = await db.execute(sql`
    update outbox set lease_until = ${leaseUntil.toISOString()}::timestamptz
    where status = 'sending' and leased_by = ${worker}
    returning id`);
  return rowsOf(result).length;
}

/** Hands back claimed rows that were not sent (a stopping drainer), without counting an attempt. */
export async function releaseClaims(db: Db, worker: string, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db.execute(sql`
    update outbox set status = 'pending', leased_by = null, lease_until = null
    where status = 'sending' and leased_by = ${worker} and id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
    returning id`);
  return rowsOf(result).length;
}

/**
 * Refreshes the planner's statistics for the outbox. After a large fan-out they are stale (PGlite
 * has no autovacuum; PostgreSQL's comes later), and the claim then checks every pending row
 * instead of walking the pending index in order and stopping at its limit.
 */
export async function analyzeOutbox(db: Db): Promise<void> {
  await db.execute(sql`analyze outbox`);
}
