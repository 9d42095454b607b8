import { sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { records } from '../rows.ts';

/** One recorded attempt: what happened when a claimed row was tried. */
export interface AttemptRecord {
  at: Date;
  outcome: 'sent' | 'rate_limited' | 'transient' | 'blocked' | 'rejected' | 'migrated';
  errorCode?: number | null;
  retryAfterSeconds?: number | null;
  detail?: string | null;
}

/** How a claimed row ends this round. Every variant but `deferred` records an attempt. */
export type Settlement =
  | { id: number; chatId: number; result: 'sent'; partsSent: number; attempt: AttemptRecord; chatFreeAt: Date }
  | { id: number; chatId: number; result: 'retry'; partsSent: number; availableAt: Date; attempt: AttemptRecord }
  | { id: number; chatId: number; result: 'dead'; partsSent: number; reason: string; attempt: AttemptRecord }
  | { id: number; chatId: number; result: 'blocked'; attempt: AttemptRecord }
  | { id: number; chatId: number; result: 'migrated'; toChatId: number; attempt: AttemptRecord }
  | { id: number; chatId: number; result: 'deferred'; availableAt: Date };

type Of<R extends Settlement['result']> = Extract<Settlement, { result: R }>;

/**
 * Records a batch of outcomes atomically. A failure is settled only by the drainer that holds the
 * row's lease; "sent" lands on any unsettled row (it was delivered: sending it again would be a
 * duplicate). The common case, a batch of deliveries, is one statement.
 */
export async function settleOutbox(db: Db, worker: string, settlements: readonly Settlement[]): Promise<void> {
  const sent = settlements.filter((s): s is Of<'sent'> => s.result === 'sent');
  const rest = settlements.filter((s) => s.result !== 'sent');
  if (rest.length === 0) return settleSent(db, worker, sent);
  await db.transaction(async (tx) => {
    await settleSent(tx, worker, sent);
    await settleOthers(tx, worker, rest);
  });
}

async function settleSent(db: Db, worker: string, sent: Of<'sent'>[]): Promise<void> {
  if (sent.length === 0) return;
  const rows = sent.map((s) => ({
    id: s.id,
    chat_id: s.chatId,
    at: s.attempt.at,
    parts: s.partsSent,
    free_at: s.chatFreeAt,
    detail: s.attempt.detail ?? null,
  }));
  await db.execute(sql`
    with v as (select * from ${records(rows, 'id bigint, chat_id bigint, at timestamptz, parts smallint, free_at timestamptz, detail text')}),
    counted as (
      update outbox o set attempts = o.attempts + 1,
        status = case when o.status in ('pending', 'sending') then 'sent' else o.status end,
        settled_at = case when o.status in ('pending', 'sending') then v.at else o.settled_at end,
        parts_sent = case when o.status in ('pending', 'sending') then v.parts else o.parts_sent end,
        -- Once delivered, the words are the subscriber's alone: keep only that a message went out.
        text = case when o.status in ('pending', 'sending') then '' else o.text end,
        reply_markup = case when o.status in ('pending', 'sending') then null else o.reply_markup end,
        leased_by = null, lease_until = null, last_error = null
      from v where o.id = v.id
      returning o.id, o.attempts, v.at, v.detail
    ), recorded as (
      insert into outbox_attempts (outbox_id, attempt, at, outcome, detail, worker)
      select id, attempts, at, 'sent', detail, ${worker} from counted
    )
    -- The chat's next message may not leave before the per-chat gap, whichever drainer takes it.
    update outbox n set available_at = greatest(n.available_at, v.free_at)
    from v where n.chat_id = v.chat_id and n.status = 'pending' and n.id not in (select id from v)`);
}

/** Failures and holds: every attempt is recorded and counted, then each kind settles its rows. */
async function settleOthers(tx: Db, worker: string, rest: Settlement[]): Promise<void> {
  const tried = rest.flatMap((s) => ('attempt' in s ? [s] : []));
  if (tried.length > 0) {
    const rows = tried.map((s) => ({
      id: s.id,
      at: s.attempt.at,
      outcome: s.attempt.outcome,
      code: s.attempt.errorCode ?? null,
      retry_after: s.attempt.retryAfterSeconds ?? null,
      detail: s.attempt.detail ?? null,
    }));
    // Every attempt counts on the row, whoever holds the lease now: it did reach Telegram.
    await tx.execute(sql`
      with v as (select * from ${records(rows, 'id bigint, at timestamptz, outcome text, code int, retry_after int, detail text')}),
      counted as (update outbox o set attempts = o.attempts + 1 from v where o.id = v.id returning o.id, o.attempts)
      insert into outbox_attempts (outbox_id, attempt, at, outcome, error_code, retry_after_seconds, detail, worker)
      select v.id, c.attempts, v.at, v.outcome, v.code, v.retry_after, v.detail, ${worker} from v join counted c on c.id = v.id`);
  }
  const mine = sql`o.status = 'sending' and o.leased_by = ${worker}`;
  const later = rest.flatMap((s): { id: number; available_at: Date; parts: number | null; error: string | null }[] => {
    if (s.result === 'retry')
      return [
        { id: s.id, available_at: s.availableAt, parts: s.partsSent, error: s.attempt.detail ?? s.attempt.outcome },
      ];
    return s.result === 'deferred' ? [{ id: s.id, available_at: s.availableAt, parts: null, error: null }] : [];
  });
  if (later.length > 0) {
    await tx.execute(sql`
      update outbox o set status = 'pending', available_at = v.available_at, parts_sent = coalesce(v.parts, o.parts_sent),
        last_error = coalesce(v.error, o.last_error), leased_by = null, lease_until = null
      from ${records(later, 'id bigint, available_at timestamptz, parts smallint, error text')}
      where o.id = v.id and ${mine}`);
  }
  const dead = rest.flatMap((s) =>
    s.result === 'dead'
      ? [{ id: s.id, at: s.attempt.at, parts: s.partsSent, reason: s.reason, code: s.attempt.errorCode ?? null }]
      : [],
  );
  if (dead.length > 0) {
    await tx.execute(sql`
      with v as (select * from ${records(dead, 'id bigint, at timestamptz, parts smallint, reason text, code int')}),
      settled as (
        update outbox o set status = 'dead', settled_at = v.at, parts_sent = v.parts, last_error = v.reason, leased_by = null, lease_until = null
        from v where o.id = v.id and ${mine}
        returning o.id, o.kind, v.reason, v.code
      )
      insert into dead_letters (outbox_id, kind, error_code, reason) select id, kind, code, reason from settled`);
  }
  await settleGoneChats(
    tx,
    worker,
    rest.filter((s): s is Of<'blocked'> => s.result === 'blocked'),
  );
  await settleMigrations(
    tx,
    worker,
    rest.filter((s): s is Of<'migrated'> => s.result === 'migrated'),
  );
}

/** 403 and "chat not found": the subscriber is marked inactive and everything queued for the chat is dropped. */
async function settleGoneChats(tx: Db, worker: string, gone: Of<'blocked'>[]): Promise<void> {
  if (gone.length === 0) return;
  const rows = gone.map((s) => ({
    id: s.id,
    chat_id: s.chatId,
    at: s.attempt.at,
    detail: s.attempt.detail ?? 'chat gone',
  }));
  await tx.execute(sql`
    with v as (select * from ${records(rows, 'id bigint, chat_id bigint, at timestamptz, detail text')}),
    subscribers as (update subscribers s set active = false, inactive_since = coalesce(s.inactive_since, v.at) from v where s.chat_id = v.chat_id),
    failed as (
      update outbox o set status = 'dropped', settled_at = v.at, last_error = v.detail, leased_by = null, lease_until = null
      from v where o.id = v.id and o.status = 'sending' and o.leased_by = ${worker}
    )
    update outbox o set status = 'dropped', settled_at = v.at, last_error = 'chat gone'
    from v where o.chat_id = v.chat_id and o.status = 'pending'`);
}

/** A group that became a supergroup: its queued rows and its subscriber move to the new chat id. */
async function settleMigrations(tx: Db, worker: string, moved: Of<'migrated'>[]): Promise<void> {
  for (const s of moved) {
    await tx.execute(
      sql`update outbox set status = 'pending', leased_by = null, lease_until = null where id = ${s.id} and status = 'sending' and leased_by = ${worker}`,
    );
    await tx.execute(sql`update outbox set chat_id = ${s.toChatId} where chat_id = ${s.chatId} and status = 'pending'`);
    await tx.execute(sql`
      update subscribers set chat_id = ${s.toChatId}
      where chat_id = ${s.chatId} and not exists (select 1 from subscribers x where x.chat_id = ${s.toChatId})`);
  }
}
