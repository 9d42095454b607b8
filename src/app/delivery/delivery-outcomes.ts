import type { Settlement } from '../../db/queries/outbox-settle.ts';
import { backoffDelay, type BackoffPolicy } from '../../domain/delivery.ts';
import type { SendOutcome } from './ports.ts';

export interface RowProgress {
  id: number;
  chatId: number;
  /** Attempts recorded before this one. */
  attempts: number;
  /** Parts delivered so far, this attempt included. */
  partsSent: number;
}

export interface RetryRules {
  backoff: BackoffPolicy;
  /** After this many attempts a row that keeps failing transiently becomes a dead letter. */
  maxAttempts: number;
}

export type FailedOutcome = Exclude<SendOutcome, { kind: 'sent' }>;

/** How a failed attempt settles its row (a delivered one is settled by the drainer, which knows the chat gap). */
export function settlementFor(
  row: RowProgress,
  outcome: FailedOutcome,
  now: Date,
  rules: RetryRules,
  random: number,
): Settlement {
  const base = { id: row.id, chatId: row.chatId };
  const at = now;
  switch (outcome.kind) {
    case 'rate_limited':
      return {
        ...base,
        result: 'retry',
        partsSent: row.partsSent,
        availableAt: new Date(now.getTime() + outcome.retryAfterSeconds * 1000),
        attempt: {
          at,
          outcome: 'rate_limited',
          errorCode: outcome.errorCode,
          retryAfterSeconds: outcome.retryAfterSeconds,
          detail: outcome.detail,
        },
      };
    case 'transient': {
      const attempt = { at, outcome: 'transient' as const, errorCode: outcome.errorCode, detail: outcome.detail };
      if (row.attempts + 1 >= rules.maxAttempts) {
        return {
          ...base,
          result: 'dead',
          partsSent: row.partsSent,
          reason: `gave up after ${row.attempts + 1} attempts; last: ${outcome.detail}`,
          attempt,
        };
      }
      const delay = backoffDelay(row.attempts + 1, rules.backoff, random);
      return {
        ...base,
        result: 'retry',
        partsSent: row.partsSent,
        availableAt: new Date(now.getTime() + delay),
        attempt,
      };
    }
    case 'blocked':
      return {
        ...base,
        result: 'blocked',
        attempt: { at, outcome: 'blocked', errorCode: outcome.errorCode, detail: outcome.detail },
      };
    case 'rejected':
      return {
        ...base,
        result: 'dead',
        partsSent: row.partsSent,
        reason: outcome.reason,
        attempt: { at, outcome: 'rejected', errorCode: outcome.errorCode, detail: outcome.reason },
      };
    case 'migrated':
      return {
        ...base,
        result: 'migrated',
        toChatId: outcome.toChatId,
        attempt: { at, outcome: 'migrated', errorCode: outcome.errorCode, detail: outcome.detail },
      };
  }
}
