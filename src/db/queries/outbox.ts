import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OutboxKind } from '../../domain/delivery.ts';
import type { Language } from '../../domain/language.ts';
import { OUTBOX_PRIORITY } from '../../domain/delivery.ts';
import type { Db } from '../database.ts';
import { records, rowsOf } from '../rows.ts';
import { outbox, subscribers } from '../schema/index.ts';

export interface OutboxMessage {
  chatId: number;
  subscriberId?: number | null;
  kind: OutboxKind;
  /** Unique per logical message (e.g. `alert:<historyId>:<subscriberId>`): enqueuing twice is a no-op. */
  dedupKey: string;
  /** HTML, with every piece of data escaped. */
  text: string;
  /** A shared text (outbox_bodies) sent instead of `text`; only for texts that say nothing about the subscriber. */
  bodyId?: number;
  replyMarkup?: unknown;
  /** Sent as this stored chart picture, with `text` as its caption. */
  chartImageId?: number;
  statusHistoryId?: number | null;
  releaseBatchId?: number | null;
  availableAt?: Date;
  /** Send with allow_paid_broadcast (paid in Stars, up to 1,000 messages a second). */
  allowPaidBroadcast?: boolean;
}

const CHUNK = 1000;

/**
 * Queues messages; call it inside the transaction that made the decision, so the decision and its
 * announcements commit together or not at all. Returns how many rows were new.
 */
export async function enqueueOutbox(db: Db, messages: readonly OutboxMessage[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < messages.length; i += CHUNK) {
    const rows = messages.slice(i, i + CHUNK).map((m) => ({
      chat_id: m.chatId,
      subscriber_id: m.subscriberId ?? null,
      kind: m.kind,
      priority: OUTBOX_PRIORITY[m.kind],
      dedup_key: m.dedupKey,
      text: m.text,
      body_id: m.bodyId ?? null,
      reply_markup: m.replyMarkup ?? null,
      chart_image_id: m.chartImageId ?? null,
      status_history_id: m.statusHistoryId ?? null,
      release_batch_id: m.releaseBatchId ?? null,
      available_at: m.availableAt?.toISOString() ?? null,
      allow_paid_broadcast: m.allowPaidBroadcast ?? false,
    }));
    // One JSON parameter per chunk (see records()): a drizzle VALUES list of 12 columns cost ~0.1 ms a row.
    const result = await db.execute(sql`
      insert into outbox (chat_id, subscriber_id, kind, priority, dedup_key, text, body_id, reply_markup, chart_image_id, status_history_id, release_batch_id, available_at, allow_paid_broadcast)
      select v.chat_id, v.subscriber_id, v.kind, v.priority, v.dedup_key, v.text, v.body_id, v.reply_markup, v.chart_image_id, v.status_history_id, v.release_batch_id, coalesce(v.available_at, now()), v.allow_paid_broadcast
      from ${records(rows, 'chat_id bigint, subscriber_id int, kind text, priority smallint, dedup_key text, text text, body_id bigint, reply_markup jsonb, chart_image_id bigint, status_history_id bigint, release_batch_id int, available_at timestamptz, allow_paid_broadcast boolean')}
      on conflict (dedup_key) do nothing
      returning id`);
    inserted += rowsOf(result).length;
  }
  return inserted;
}

/** A batch's messages not yet sent are dropped, with the reason. */
export async function dropPendingForBatch(db: Db, batchId: number, at: Date, reason: string): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'dropped', settledAt: at, lastError: reason })
    .where(and(eq(outbox.releaseBatchId, batchId), eq(outbox.status, 'pending')));
}

export interface ToldMessage {
  chatId: number;
  subscriberId: number | null;
  kind: string;
  historyId: number | null;
  language: Language | null;
}

/** A batch's messages sent, or being sent: the chats that were told. */
export async function toldAboutBatch(db: Db, batchId: number): Promise<ToldMessage[]> {
  return db
    .select({
      chatId: outbox.chatId,
      subscriberId: outbox.subscriberId,
      kind: outbox.kind,
      historyId: outbox.statusHistoryId,
      language: subscribers.language,
    })
    .from(outbox)
    .leftJoin(subscribers, eq(subscribers.id, outbox.subscriberId))
    .where(and(eq(outbox.releaseBatchId, batchId), inArray(outbox.status, ['sent', 'sending'])));
}
