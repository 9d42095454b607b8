import { DAY_MS, localParts, zonedToInstant } from './zoned-time.ts';

/** One subscriber's digest hour on one local date: the claim key and the instant it falls due. */
export interface DigestSlot {
  /** YYYY-MM-DD in the subscriber's time zone. */
  localDate: string;
  dueAt: Date;
}

/** A first digest, or one after a very long silence, looks back no further than this. */
export const MAX_DIGEST_PERIOD_DAYS = 31;

/**
 * The latest digest slot at or before `now`: today's if the local hour has come, else yesterday's.
 * So a digest missed while the service was down is still due when it starts again (once: the next
 * one is tomorrow's). On a day a clock change skips the hour, the slot is just after the gap; on a
 * day it repeats, there is still one slot, because the claim is per local date.
 */
export function latestDigestSlot(now: Date, hour: number, timeZone: string): DigestSlot {
  const today = localParts(now, timeZone);
  const todays = slotOn(today.year, today.month, today.day, hour, timeZone);
  if (todays.dueAt.getTime() <= now.getTime()) return todays;
  const yesterday = new Date(Date.UTC(today.year, today.month - 1, today.day - 1));
  return slotOn(yesterday.getUTCFullYear(), yesterday.getUTCMonth() + 1, yesterday.getUTCDate(), hour, timeZone);
}

/** The slot before `slot`: the start of a subscriber's first period (about a day, 23 or 25 hours across DST). */
export function previousDigestSlot(slot: DigestSlot, hour: number, timeZone: string): DigestSlot {
  return latestDigestSlot(new Date(slot.dueAt.getTime() - 1), hour, timeZone);
}

/**
 * What a digest built at `now` covers: from the end of the last digest the subscriber received (or,
 * for a first digest, from the previous slot) up to `now`, so downtime leaves no gap; never more
 * than MAX_DIGEST_PERIOD_DAYS.
 */
export function digestPeriod(
  now: Date,
  slot: DigestSlot,
  hour: number,
  timeZone: string,
  lastReceivedTo: Date | null,
): { from: Date; to: Date } {
  const floor = now.getTime() - MAX_DIGEST_PERIOD_DAYS * DAY_MS;
  const start = lastReceivedTo ?? previousDigestSlot(slot, hour, timeZone).dueAt;
  return { from: new Date(Math.max(floor, Math.min(start.getTime(), now.getTime()))), to: now };
}

/** The zone's canonical name if Intl knows it ("europe/vilnius" → "Europe/Vilnius"), else undefined. */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 64 || !/^[A-Za-z_+\-/0-9]+$/.test(trimmed)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A zone name the user typed, if Intl knows it, as it is stored and shown: the name they typed
 * ("asia/kolkata" → "Asia/Kolkata"), with the name Intl resolves it to. The two differ for zones ICU
 * still knows by an older name (Kolkata is "Asia/Calcutta" to it, Kyiv "Europe/Kiev"): a subscriber
 * who typed Kolkata sees Kolkata, with the other name beside it.
 */
export function readTimeZone(name: string): { zone: string; canonical: string } | undefined {
  const canonical = canonicalTimeZone(name);
  if (!canonical) return undefined;
  const typed = name.trim();
  if (typed.toLowerCase() === canonical.toLowerCase()) return { zone: canonical, canonical };
  // All lower case: capitals at the start of each part (America/Argentina/Buenos_Aires).
  const zone = /[A-Z]/.test(typed)
    ? typed
    : typed.replace(/(^|[/_-])([a-z])/g, (_m: string, sep: string, ch: string) => sep + ch.toUpperCase());
  return { zone, canonical };
}

function slotOn(year: number, month: number, day: number, hour: number, timeZone: string): DigestSlot {
  const pad = (n: number) => String(n).padStart(2, '0');
  return { localDate: `${year}-${pad(month)}-${pad(day)}`, dueAt: zonedToInstant(year, month, day, hour, timeZone) };
}
