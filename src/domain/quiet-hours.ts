import { localParts, zonedToInstant } from './zoned-time.ts';

/**
 * A subscriber's quiet hours: local hours [from, to) in their IANA time zone, in which messages that can
 * wait do wait. `from > to` spans midnight (22 → 7); `from === to` is an empty window.
 */
export interface QuietHours {
  from: number;
  to: number;
  timeZone: string;
}

/**
 * The first instant at or after `now` outside the quiet hours: `now` itself when they are not on.
 * The end is the local hour `to` on the right local day; on a day a clock change skips that hour,
 * it is the first instant after the skipped hour.
 */
export function nextAllowedInstant(now: Date, quiet: QuietHours | null | undefined): Date {
  if (!quiet || quiet.from === quiet.to) return now;
  const local = localParts(now, quiet.timeZone);
  const { from, to } = quiet;
  const inQuiet = from < to ? local.hour >= from && local.hour < to : local.hour >= from || local.hour < to;
  if (!inQuiet) return now;
  // Past midnight in a window like 22 → 7 the end is today; before midnight it is tomorrow.
  const endsTomorrow = from > to && local.hour >= from;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + (endsTomorrow ? 1 : 0)));
  const end = zonedToInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), to, quiet.timeZone);
  return end.getTime() > now.getTime() ? end : now;
}

/** Whether `now` falls in the quiet hours (alerts then go out without sound). */
export function inQuietHours(now: Date, quiet: QuietHours | null | undefined): boolean {
  return nextAllowedInstant(now, quiet).getTime() > now.getTime();
}
