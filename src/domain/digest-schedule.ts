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

/** The daily digest, or the weekly one (Monday to Sunday) for those who find daily too much. */
export type DigestEdition = 'daily' | 'weekly';

/** 1 = Monday … 7 = Sunday, as `digest_weekday` stores it. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One subscriber's weekly digest slot: the instant it falls due and the week it covers. */
export interface WeeklyDigestSlot extends DigestSlot {
  /** The covered week's Monday (YYYY-MM-DD, local): the claim key, one edition per week. */
  weekOf: string;
  /** Local Monday 00:00 → the next Monday 00:00: 167 or 169 hours across a clock change. */
  period: { from: Date; to: Date };
}

/**
 * The latest weekly slot at or before `now`: the last `weekday` whose local `hour` has come. It covers
 * the last complete local week (Monday to Sunday) before it, so a Monday slot sends the week that
 * just ended. A slot missed while the service was down stays due until the next one.
 */
export function latestWeeklySlot(now: Date, weekday: Weekday, hour: number, timeZone: string): WeeklyDigestSlot {
  const today = localParts(now, timeZone);
  const todayNumber = Date.UTC(today.year, today.month - 1, today.day) / DAY_MS;
  const back = (isoWeekday(todayNumber) - weekday + 7) % 7;
  let day = todayNumber - back;
  let slot = slotOnDay(day, hour, timeZone);
  if (slot.dueAt.getTime() > now.getTime()) slot = slotOnDay((day -= 7), hour, timeZone);
  const monday = day - (isoWeekday(day) - 1) - 7;
  return {
    ...slot,
    weekOf: dateOf(monday),
    period: { from: midnightOf(monday, timeZone), to: midnightOf(monday + 7, timeZone) },
  };
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

function isoWeekday(dayNumber: number): Weekday {
  return (((new Date(dayNumber * DAY_MS).getUTCDay() + 6) % 7) + 1) as Weekday;
}

function dateOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

function slotOnDay(dayNumber: number, hour: number, timeZone: string): DigestSlot {
  const d = new Date(dayNumber * DAY_MS);
  return slotOn(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, timeZone);
}

function midnightOf(dayNumber: number, timeZone: string): Date {
  const d = new Date(dayNumber * DAY_MS);
  return zonedToInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 0, timeZone);
}
