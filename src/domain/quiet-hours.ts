/**
 * A reader's quiet hours: local hours [from, to) in their IANA time zone, in which messages that can
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

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(instant: Date, timeZone: string): LocalParts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall clock in the zone shows this local date at `hour`:00. */
function zonedToInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  // Two passes settle the offset on the right side of a clock change.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (second === first) return new Date(second);
  // The wall time does not exist (spring forward): take the later reading, just after the gap.
  return new Date(Math.max(first, second));
}
