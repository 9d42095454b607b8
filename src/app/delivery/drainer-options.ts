import type { Db } from '../../db/database.ts';
import type { BackoffPolicy } from '../../domain/delivery.ts';
import type { RateLimits } from '../../domain/rate-policy.ts';
import type { Logger } from '../../logging.ts';
import type { Clock } from '../../domain/clock.ts';
import type { MessageSender } from './ports.ts';
import type { Translate } from '../ports.ts';

export interface DrainerOptions {
  /** Unique per process; written into leases and attempts. */
  worker: string;
  /** Ordinary messages per second overall (shared among live drainers). */
  ratePerSecond: number;
  /** Messages per second with allow_paid_broadcast. */
  paidRatePerSecond: number;
  /** Send every message as a paid broadcast (otherwise only rows that ask for it). */
  paidBroadcast: boolean;
  /** Per-chat gaps; Telegram's by default. */
  limits?: Partial<Pick<RateLimits, 'privateChatIntervalMs' | 'groupChatIntervalMs'>>;
  leaseMs?: number;
  /** Sends under way at once; with the outcomes not yet written, this bounds duplicates after a crash. */
  maxInFlight?: number;
  idlePollMs?: number;
  backoff?: BackoffPolicy;
  maxAttempts?: number;
  /** The only drainer there can be (embedded database): leases left by a dead process are taken back at start. */
  exclusive?: boolean;
  random?: () => number;
}

export interface DrainerDeps {
  db: Db;
  sender: MessageSender;
  clock: Clock;
  logger: Logger;
  chatRef: (chatId: number) => string;
  /** For the discreet lead, in the subscriber's language. */
  translate: Translate;
}

export type ResolvedDrainerOptions = Required<Omit<DrainerOptions, 'limits'>> & Pick<DrainerOptions, 'limits'>;

export function withDefaults(options: DrainerOptions): ResolvedDrainerOptions {
  return {
    leaseMs: 30_000,
    maxInFlight: inFlightFor(options),
    idlePollMs: 250,
    backoff: { baseMs: 2_000, maxMs: 300_000 },
    maxAttempts: 100,
    exclusive: false,
    random: Math.random,
    ...options,
  };
}

/**
 * Sends under way at once: enough to keep the rate through Telegram's round trip (about 150 ms of
 * sending: 16 at 28/s, 150 at 1,000/s paid). It also bounds the duplicates a crash can cause.
 */
function inFlightFor(options: DrainerOptions): number {
  const fastest = options.paidBroadcast ? options.paidRatePerSecond : options.ratePerSecond;
  return Number.isFinite(fastest) ? Math.max(16, Math.min(150, Math.ceil(fastest * 0.15))) : 64;
}

/**
 * How many rows to hold claimed: about a second of sending, 20 to 500. Enough to keep the rate,
 * few enough that an alert queued behind a digest fan-out is claimed within about half a second.
 */
export function claimAhead(options: DrainerOptions): number {
  const fastest = options.paidBroadcast ? options.paidRatePerSecond : options.ratePerSecond;
  return Math.max(20, Math.min(500, Math.ceil(Number.isFinite(fastest) ? fastest : 500)));
}
