import { sql } from 'drizzle-orm';
import type { OutboxKind } from '../../domain/delivery.ts';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';

/** Service-wide delivery figures; nothing in them says who receives what. */
export interface QueueFigures {
  /** Unsettled rows by kind: waiting (pending) and in flight (sending). */
  depth: { kind: OutboxKind; pending: number; sending: number }[];
  /** When the oldest pending row was queued, and since when the longest-due one has been due. */
  oldestPendingAt: Date | null;
  oldestDueAt: Date | null;
  sentLastMinute: number;
  sentLastHour: number;
  /** Attempts that did not deliver in the last hour, by kind and outcome. */
  failuresLastHour: { kind: OutboxKind; outcome: string; count: number }[];
  deadLetters: number;
}

export async function queueFigures(db: Db, now: Date): Promise<QueueFigures> {
  const at = now.toISOString();
  const depth = rowsOf<{ kind: OutboxKind; pending: unknown; sending: unknown }>(await db.execute(sql`
    select kind, count(*) filter (where status = 'pending') as pending, count(*) filter (where status = 'sending') as sending
    from outbox where status in ('pending', 'sending') group by kind order by kind`));
  const [oldest] = rowsOf<{ queued: unknown; due: unknown }>(await db.execute(sql`
    select min(created_at) as queued, min(available_at) filter (where available_at <= ${at}::timestamptz) as due
    from outbox where status = 'pending'`));
  const [sent] = rowsOf<{ minute: unknown; hour: unknown }>(await db.execute(sql`
    select count(*) filter (where at > ${at}::timestamptz - interval '1 minute') as minute, count(*) as hour
    from outbox_attempts where outcome = 'sent' and at > ${at}::timestamptz - interval '1 hour'`));
  const failures = rowsOf<{ kind: OutboxKind; outcome: string; count: unknown }>(await db.execute(sql`
    select o.kind, a.outcome, count(*) as count from outbox_attempts a join outbox o on o.id = a.outbox_id
    where a.at > ${at}::timestamptz - interval '1 hour' and a.outcome <> 'sent'
    group by o.kind, a.outcome order by o.kind, a.outcome`));
  const [dead] = rowsOf<{ count: unknown }>(await db.execute(sql`select count(*) as count from dead_letters`));
  return {
    depth: depth.map((r) => ({ kind: r.kind, pending: Number(r.pending), sending: Number(r.sending) })),
    oldestPendingAt: toDate(oldest?.queued),
    oldestDueAt: toDate(oldest?.due),
    sentLastMinute: Number(sent?.minute ?? 0),
    sentLastHour: Number(sent?.hour ?? 0),
    failuresLastHour: failures.map((r) => ({ kind: r.kind, outcome: r.outcome, count: Number(r.count) })),
    deadLetters: Number(dead?.count ?? 0),
  };
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
}

/** Rows not yet settled (pending at any time, or being sent). */
export async function unsettledCount(db: Db): Promise<number> {
  const [row] = rowsOf<{ count: unknown }>(await db.execute(sql`select count(*) as count from outbox where status in ('pending', 'sending')`));
  return Number(row?.count ?? 0);
}
