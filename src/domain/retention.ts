import { MAX_DIGEST_PERIOD_DAYS } from './digest-schedule.ts';
import { DAY_MS } from './zoned-time.ts';

/**
 * How long delivery records are kept after a message was settled: long enough that every digest
 * period (at most MAX_DIGEST_PERIOD_DAYS) can still find the last digest its subscriber received, and
 * short, because each record says that a chat was sent something.
 */
export const RETENTION_DAYS = MAX_DIGEST_PERIOD_DAYS + 4;

/** Records settled (or, for claims and runs, created) before this instant are deleted. */
export function retentionCutoff(now: Date, days: number = RETENTION_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * A chat that blocked the bot (or was deleted) is erased this long after Telegram first said so, as
 * if it had sent /forget: long enough for someone who blocked the bot by mistake to come back.
 */
export const GONE_CHAT_DAYS = 30;

/** Chats gone since before this instant are erased. */
export function goneChatCutoff(now: Date): Date {
  return new Date(now.getTime() - GONE_CHAT_DAYS * DAY_MS);
}
