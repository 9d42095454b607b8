import type { OutboxKind } from '../../domain/delivery.ts';
import { OUTBOX_PRIORITY } from '../../domain/delivery.ts';
import type { Db } from '../database.ts';
import { outbox } from '../schema/index.ts';

export interface OutboxMessage {
  chatId: number;
  subscriberId?: number | null;
  kind: OutboxKind;
  /** Unique per logical message (e.g. `alert:<historyId>:<subscriberId>`): enqueuing twice is a no-op. */
  dedupKey: string;
  /** HTML, with every piece of data escaped. */
  text: string;
  /** A shared text (outbox_bodies) sent instead of `text`; only for texts that say nothing about the reader. */
  bodyId?: number;
  replyMarkup?: unknown;
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
      chatId: m.chatId,
      subscriberId: m.subscriberId ?? null,
      kind: m.kind,
      priority: OUTBOX_PRIORITY[m.kind],
      dedupKey: m.dedupKey,
      text: m.text,
      bodyId: m.bodyId ?? null,
      replyMarkup: m.replyMarkup ?? null,
      statusHistoryId: m.statusHistoryId ?? null,
      releaseBatchId: m.releaseBatchId ?? null,
      ...(m.availableAt ? { availableAt: m.availableAt } : {}),
      ...(m.allowPaidBroadcast ? { allowPaidBroadcast: true } : {}),
    }));
    const result = await db.insert(outbox).values(rows).onConflictDoNothing({ target: outbox.dedupKey }).returning({ id: outbox.id });
    inserted += result.length;
  }
  return inserted;
}
