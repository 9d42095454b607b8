import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';
import { outboxAttempts } from '../schema/index.ts';

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

const values = (rows: SQL[]) => sql.join(rows, sql`, `);
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const ids = (rows: readonly { id: number }[]) => values(rows.map((r) => sql`${r.id}`));

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
  await db.execute(sql`
    with v(id, chat_id, at, parts, free_at, detail) as (
      values ${values(sent.map((s) => sql`(${s.id}::bigint, ${s.chatId}::bigint, ${ts(s.attempt.at)}, ${s.partsSent}::smallint, ${ts(s.chatFreeAt)}, ${s.attempt.detail ?? null}::text)`))}
    ), counted as (
      update outbox o set attempts = o.attempts + 1,
        status = case when o.status in ('pending', 'sending') then 'sent' else o.status end,
        settled_at = case when o.status in ('pending', 'sending') then v.at else o.settled_at end,
        parts_sent = case when o.status in ('pending', 'sending') then v.parts else o.parts_sent end,
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

async function settleOthers(tx: Db, worker: string, rest: Settlement[]): Promise<void> {
  const by = <R extends Settlement['result']>(result: R) => rest.filter((s): s is Of<R> => s.result === result);
  const tried = rest.flatMap((s) => ('attempt' in s ? [s] : []));
  if (tried.length > 0) {
    // Every attempt counts on the row, whoever holds the lease now: it did reach Telegram.
    const counted = rowsOf<{ id: unknown; attempts: unknown }>(await tx.execute(sql`
      update outbox set attempts = attempts + 1 where id in (${ids(tried)}) returning id, attempts`));
    const numbers = new Map(counted.map((r) => [Number(r.id), Number(r.attempts)]));
    await tx.insert(outboxAttempts).values(tried.map((s) => ({
      outboxId: s.id, attempt: numbers.get(s.id) ?? 0, at: s.attempt.at, outcome: s.attempt.outcome, errorCode: s.attempt.errorCode ?? null,
      retryAfterSeconds: s.attempt.retryAfterSeconds ?? null, detail: s.attempt.detail ?? null, worker,
    })));
  }
  const mine = sql`o.status = 'sending' and o.leased_by = ${worker}`;
  const later = [...by('retry'), ...by('deferred')];
  if (later.length > 0) {
    await tx.execute(sql`
      update outbox o set status = 'pending', available_at = v.available_at, parts_sent = coalesce(v.parts, o.parts_sent),
        last_error = coalesce(v.error, o.last_error), leased_by = null, lease_until = null
      from (values ${values(later.map((s) => sql`(${s.id}::bigint, ${ts(s.availableAt)}, ${s.result === 'retry' ? s.partsSent : null}::smallint, ${s.result === 'retry' ? (s.attempt.detail ?? s.attempt.outcome) : null}::text)`))})
        v(id, available_at, parts, error)
      where o.id = v.id and ${mine}`);
  }
  const dead = by('dead');
  if (dead.length > 0) {
    await tx.execute(sql`
      with v(id, at, parts, reason, code) as (values ${values(dead.map((s) => sql`(${s.id}::bigint, ${ts(s.attempt.at)}, ${s.partsSent}::smallint, ${s.reason}::text, ${s.attempt.errorCode ?? null}::int)`))}),
      settled as (
        update outbox o set status = 'dead', settled_at = v.at, parts_sent = v.parts, last_error = v.reason, leased_by = null, lease_until = null
        from v where o.id = v.id and ${mine}
        returning o.id, o.kind, o.text, v.reason, v.code
      )
      insert into dead_letters (outbox_id, kind, error_code, reason, text) select id, kind, code, reason, text from settled`);
  }
  await settleGoneChats(tx, worker, by('blocked'));
  await settleMigrations(tx, worker, by('migrated'));
}

/** 403 and "chat not found": the reader is marked inactive and everything queued for the chat is dropped. */
async function settleGoneChats(tx: Db, worker: string, gone: Of<'blocked'>[]): Promise<void> {
  if (gone.length === 0) return;
  const chats = values(gone.map((s) => sql`${s.chatId}::bigint`));
  await tx.execute(sql`update subscribers set active = false where chat_id in (${chats})`);
  await tx.execute(sql`
    update outbox o set status = 'dropped', settled_at = v.at, last_error = v.detail, leased_by = null, lease_until = null
    from (values ${values(gone.map((s) => sql`(${s.id}::bigint, ${ts(s.attempt.at)}, ${s.attempt.detail ?? 'chat gone'}::text)`))}) v(id, at, detail)
    where o.id = v.id and o.status = 'sending' and o.leased_by = ${worker}`);
  await tx.execute(sql`
    update outbox set status = 'dropped', settled_at = ${ts(gone[0]!.attempt.at)}, last_error = 'chat gone'
    where chat_id in (${chats}) and status = 'pending'`);
}

/** A group that became a supergroup: its queued rows and its subscriber move to the new chat id. */
async function settleMigrations(tx: Db, worker: string, moved: Of<'migrated'>[]): Promise<void> {
  for (const s of moved) {
    await tx.execute(sql`update outbox set status = 'pending', leased_by = null, lease_until = null where id = ${s.id} and status = 'sending' and leased_by = ${worker}`);
    await tx.execute(sql`update outbox set chat_id = ${s.toChatId} where chat_id = ${s.chatId} and status = 'pending'`);
    await tx.execute(sql`
      update subscribers set chat_id = ${s.toChatId}
      where chat_id = ${s.chatId} and not exists (select 1 from subscribers x where x.chat_id = ${s.toChatId})`);
  }
}
