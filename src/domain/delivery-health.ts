import { waitsForQuietHours, type OutboxKind } from './delivery.ts';

/**
 * What an admin (/queue) and an operator (/metrics) are told about delivery. Any figure that moves
 * with single messages would tell them how many people follow one person: confirm a one-person batch
 * and watch "sent in the last minute" or the queue depth rise by exactly the number of followers. So
 * delivery is described by how long messages wait (a time, and only once it is longer than normal
 * sending takes), and counts appear only over long windows, only when they are large, and only as a
 * power of ten, which no one batch can move except across a boundary. See docs/security.md.
 */

/** Alerts (grave alerts, alerts, corrections: they never wait) and the other kinds (they may wait for quiet hours). */
export type DeliveryClass = 'alerts' | 'other';
export const DELIVERY_CLASSES: readonly DeliveryClass[] = ['alerts', 'other'];

export function deliveryClass(kind: OutboxKind): DeliveryClass {
  return waitsForQuietHours(kind) ? 'other' : 'alerts';
}

export type DeliveryState = 'on_time' | 'delayed' | 'stalled';

/** Figures read from the database, whole service; only this module decides what may be shown. */
export interface DeliveryFigures {
  /** Per class: since when the longest-waiting message has waited (due and unsent, or failed and retrying). */
  waitingSince: Record<DeliveryClass, Date | null>;
  deliveredLastWeek: number;
  attemptsLastDay: number;
  /** Attempts in the last day that failed for our or Telegram's reasons (not a chat that blocked the bot). */
  failedAttemptsLastDay: number;
  /** Whether Telegram refused any message for good within the retention period. */
  refused: boolean;
}

export interface ClassHealth {
  state: DeliveryState;
  /** Whole minutes the longest-waiting message has waited; null while nothing waits longer than normal. */
  waitingMinutes: number | null;
}

export interface DeliveryHealth {
  classes: Record<DeliveryClass, ClassHealth>;
  /** A power of ten the week's deliveries reached, or null under CROWD. */
  deliveredLastWeekAtLeast: number | null;
  /** Percent of the last day's attempts that failed, or null with fewer than CROWD attempts. */
  failedPercentLastDay: number | null;
  refused: boolean;
}

/** Counts are shown only from this size on: one person's followers are lost in such a crowd. */
export const CROWD = 1000;

/**
 * How long a message may wait before it counts as delayed, then stalled. An alert normally
 * leaves within seconds; a digest fan-out to 100,000 subscribers at 28 messages a second takes an hour.
 * Under the first threshold nothing is shown at all, so a small batch going out leaves no trace.
 */
export const WAIT_THRESHOLDS_SECONDS: Record<DeliveryClass, { delayed: number; stalled: number }> = {
  alerts: { delayed: 60, stalled: 600 },
  other: { delayed: 15 * 60, stalled: 2 * 3600 },
};

export function powerOfTenFloor(n: number): number {
  return n < 1 ? 0 : 10 ** Math.floor(Math.log10(n) + 1e-9);
}

export function deliveryHealth(figures: DeliveryFigures, now: Date): DeliveryHealth {
  const classes = {} as Record<DeliveryClass, ClassHealth>;
  for (const c of DELIVERY_CLASSES) {
    const since = figures.waitingSince[c];
    const waited = since ? Math.max(0, (now.getTime() - since.getTime()) / 1000) : 0;
    const limits = WAIT_THRESHOLDS_SECONDS[c];
    const state: DeliveryState = waited > limits.stalled ? 'stalled' : waited > limits.delayed ? 'delayed' : 'on_time';
    classes[c] = { state, waitingMinutes: state === 'on_time' ? null : Math.floor(waited / 60) };
  }
  return {
    classes,
    deliveredLastWeekAtLeast: figures.deliveredLastWeek >= CROWD ? powerOfTenFloor(figures.deliveredLastWeek) : null,
    failedPercentLastDay:
      figures.attemptsLastDay >= CROWD
        ? Math.round((100 * figures.failedAttemptsLastDay) / figures.attemptsLastDay)
        : null,
    refused: figures.refused,
  };
}
