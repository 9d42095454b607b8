/**
 * Text a source gives us must be text PostgreSQL and Telegram can take. PostgreSQL refuses NUL in
 * `text` and lone UTF-16 surrogates in `jsonb`; Telegram wants valid UTF-8 and shows control
 * characters as boxes or not at all. The rule (docs/source-sync.md, "Characters a source cannot send"):
 * invisible control characters are removed, line and field separators become a space, and a lone
 * surrogate (a character lost by a broken encoder) is either an error (in what identifies a person)
 * or shown as U+FFFD (in free text).
 */

/* eslint-disable no-control-regex -- matching control characters is this module's purpose */

/**
 * NUL, C0 controls other than tab, newline and the separators below, DEL, C1 controls other than NEL,
 * and the explicit direction controls (embeddings, overrides, isolates): a right-to-left override in a
 * name reverses the rest of the alert's line on screen ("Trojan Source"), and no name in Belarusian,
 * Russian or a Latin spelling needs one.
 */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001B\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Vertical tab, form feed, the information separators and NEL separated words or fields: a space. */
const SEPARATOR = /[\u000B\u000C\u001C-\u001F\u0085]/g;
const CARRIAGE_RETURN = /\r\n?/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source);
const HAS_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Removes invisible control characters; CR and CRLF become a newline; tab and newline stay. */
export function stripControls(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(CARRIAGE_RETURN, '\n').replace(SEPARATOR, ' ').replace(INVISIBLE, '');
}

export function hasLoneSurrogate(text: string): boolean {
  return HAS_LONE_SURROGATE.test(text);
}

/** Any text made safe to store and send: controls stripped, a lost character shown as U+FFFD. */
export function safeText(text: string): string {
  const stripped = stripControls(text);
  return hasLoneSurrogate(stripped) ? stripped.replace(LONE_SURROGATE, '\uFFFD') : stripped;
}

/** Long texts cut to `max` characters with an ellipsis, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, Math.max(end, 0))}…`;
}

export interface RawBounds {
  depth: number;
  items: number;
  chars: number;
}

/** What a quarantined row keeps of the source's data: enough for an admin to recognise it. */
export const QUARANTINE_RAW_BOUNDS: RawBounds = { depth: 6, items: 50, chars: 1000 };

/**
 * A value from a source made safe to keep in `jsonb`: strings and keys through `safeText` and
 * clipped, lists and objects cut to `items` entries, nesting cut at `depth` (JSON.stringify and
 * PostgreSQL recurse; a hostile 100,000-deep value would overflow either).
 */
export function boundedRaw(value: unknown, bounds: RawBounds = QUARANTINE_RAW_BOUNDS, depth = 0): unknown {
  if (typeof value === 'string') return clip(safeText(value), bounds.chars);
  if (value === null || typeof value !== 'object')
    return typeof value === 'number' || typeof value === 'boolean' ? value : value === null ? null : undefined;
  if (depth >= bounds.depth) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, bounds.items).map((v) => boundedRaw(v, bounds, depth + 1) ?? null);
    return value.length > bounds.items ? [...items, `… ${value.length - bounds.items} more`] : items;
  }
  const entries = Object.entries(value);
  const kept = entries
    .slice(0, bounds.items)
    .map(([k, v]) => [clip(safeText(k), 100), boundedRaw(v, bounds, depth + 1)] as const);
  return Object.fromEntries(
    entries.length > bounds.items ? [...kept, ['…', `${entries.length - bounds.items} more`]] : kept,
  );
}

/** A shape fingerprint kept short: a hostile header line could be megabytes long. */
export function boundedShape(shape: string): string {
  return clip(safeText(shape), 2000);
}
