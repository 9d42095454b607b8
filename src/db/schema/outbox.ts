import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** PNG bytes; drizzle has no bytea column of its own. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
import type { OutboxKind } from '../../domain/delivery.ts';
import { subscribers } from './subscribers.ts';

export type { OutboxKind };

/**
 * Every message Vestka sends is first a row here, written in the same transaction as the decision
 * that caused it. The drainer claims rows with a lease and records each attempt; a row ends as
 * `sent`, `dead` (Telegram refused it for good) or `dropped` (the chat blocked us or erased itself).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    subscriberId: integer().references(() => subscribers.id, { onDelete: 'cascade' }),
    chatId: bigint({ mode: 'number' }).notNull(),
    kind: text().$type<OutboxKind>().notNull(),
    /** Lower goes first: personal alerts before digests and announcements. */
    priority: smallint().notNull(),
    /** One logical message is queued once, however often the deciding code runs. */
    dedupKey: text().notNull().unique(),
    /**
     * HTML (parse_mode HTML); every piece of data in it was escaped when it was rendered. Empty when
     * `bodyId` is set, and once the row is settled (sent, dead or dropped: a trigger empties it).
     */
    text: text().notNull(),
    /**
     * A text many rows share (one digest for 100,000 subscribers), stored once. Only texts that say
     * nothing about the subscriber are shared; anything personal stays in `text`, erased with the chat.
     */
    bodyId: bigint({ mode: 'number' }).references(() => outboxBodies.id),
    replyMarkup: jsonb(),
    /** Sent as a photo (sendPhoto) with `text` as its caption: one chart image many rows share. */
    chartImageId: bigint({ mode: 'number' }).references(() => chartImages.id),
    status: text().$type<'pending' | 'sending' | 'sent' | 'dead' | 'dropped'>().notNull().default('pending'),
    attempts: smallint().notNull().default(0),
    /** How many parts of a split long message were already delivered; a retry resumes after them. */
    partsSent: smallint().notNull().default(0),
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp({ withTimezone: true }),
    leasedBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp({ withTimezone: true }),
    lastError: text(),
    /** Causes, for undo and corrections: the history row or release batch that produced this. */
    statusHistoryId: bigint({ mode: 'number' }),
    releaseBatchId: integer(),
    allowPaidBroadcast: boolean().notNull().default(false),
  },
  (t) => [
    index('outbox_pending_idx')
      .on(t.priority, t.availableAt, t.id)
      .where(sql`${t.status} = 'pending'`),
    index('outbox_chat_idx').on(t.chatId, t.id),
    // The drainer asks "is this the first unsettled row of its chat?" for every candidate it claims.
    index('outbox_chat_unsettled_idx')
      .on(t.chatId, t.id)
      .where(sql`${t.status} in ('pending', 'sending')`),
    index('outbox_lease_idx')
      .on(t.leaseUntil)
      .where(sql`${t.status} = 'sending'`),
    index('outbox_batch_idx').on(t.releaseBatchId),
    index('outbox_body_idx')
      .on(t.bodyId)
      .where(sql`${t.bodyId} is not null`),
  ],
);

/** Message texts shared by many outbox rows, e.g. the "everything" digest of one day in one language. */
export const outboxBodies = pgTable('outbox_bodies', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  text: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One chart picture per (language, local date), drawn once and sent to every subscriber who gets the
 * same one: uploaded with the first send, then sent by the `file_id` Telegram gave back.
 */
export const chartImages = pgTable(
  'chart_images',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    language: text().notNull(),
    /** The last day the chart draws (the subscriber's local date of the digest). */
    chartDate: date().notNull(),
    png: bytea().notNull(),
    /** The caption drawn with it (plain text), so the words and the picture show the same figures. */
    caption: text().notNull(),
    /** Telegram's id of the uploaded photo, stored after the first successful send. */
    telegramFileId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('chart_images_language_date_uq').on(t.language, t.chartDate)],
);

/** One row per delivery attempt, whatever its outcome. */
export const outboxAttempts = pgTable(
  'outbox_attempts',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    outboxId: bigint({ mode: 'number' })
      .notNull()
      .references(() => outbox.id, { onDelete: 'cascade' }),
    attempt: smallint().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** sent | rate_limited | transient | blocked | rejected */
    outcome: text().notNull(),
    errorCode: integer(),
    retryAfterSeconds: integer(),
    detail: text(),
    worker: text(),
  },
  (t) => [
    index('outbox_attempts_outbox_idx').on(t.outboxId),
    // For "sent / failed in the last minute / hour" (/queue, metrics).
    index('outbox_attempts_at_idx').on(t.at),
  ],
);

/**
 * Messages Telegram refused for good (400) or that failed too often, with the reason, for an
 * operator to look at. Not the text: a refused alert would still say whom its subscriber follows.
 */
export const deadLetters = pgTable('dead_letters', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  outboxId: bigint({ mode: 'number' }).notNull(),
  kind: text().notNull(),
  errorCode: integer(),
  reason: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Drainers running now, each refreshing its row while it runs. The global send budget is divided
 * among the live ones, so two processes together still keep to Telegram's limits.
 */
export const deliveryDrainers = pgTable('delivery_drainers', {
  worker: text().primaryKey(),
  heartbeatAt: timestamp({ withTimezone: true }).notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull(),
});

export type OutboxRow = typeof outbox.$inferSelect;
