import type { ClaimedRow } from '../db/queries/outbox-claims.ts';
import { waitsForQuietHours } from '../domain/delivery.ts';
import { splitMessage } from '../domain/message-splitter.ts';
import { nextAllowedInstant } from '../domain/quiet-hours.ts';

/** A claimed row on its way out: its parts and how many of them are delivered. */
export interface Delivery {
  row: ClaimedRow;
  parts: string[];
  partsSent: number;
  paid: boolean;
}

export type Preparation =
  | { kind: 'ready'; delivery: Delivery }
  | { kind: 'invalid_zone'; delivery: Delivery }
  | { kind: 'deferred'; until: Date };

/**
 * Decides what to do with a freshly claimed row: hold it for the reader's quiet hours, or split it
 * into parts Telegram accepts and resume after the parts an earlier attempt already delivered.
 */
export function prepareClaim(row: ClaimedRow, now: Date, paidBroadcast: boolean): Preparation {
  let zoneProblem = false;
  if (waitsForQuietHours(row.kind) && row.quietFrom !== null && row.quietTo !== null && row.timezone) {
    try {
      const allowed = nextAllowedInstant(now, { from: row.quietFrom, to: row.quietTo, timeZone: row.timezone });
      if (allowed.getTime() > now.getTime()) return { kind: 'deferred', until: allowed };
    } catch {
      // An unknown zone must not hold messages forever: send, and say so in the log.
      zoneProblem = true;
    }
  }
  const parts = splitMessage(row.text);
  const delivery: Delivery = { row, parts, partsSent: Math.min(row.partsSent, parts.length - 1), paid: paidBroadcast || row.allowPaidBroadcast };
  return { kind: zoneProblem ? 'invalid_zone' : 'ready', delivery };
}
