import { expect } from 'vitest';

/** Text PostgreSQL (text and jsonb) and Telegram both take: no NUL, no other controls but tab and newline, no lone surrogate. */
export const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- the characters under test
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string anywhere in a value, object keys included. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

export function expectAllSafe(value: unknown): void {
  expect(stringsIn(value).filter((s) => UNSAFE_TEXT.test(s))).toEqual([]);
}

/**
 * Asserts that `text` (a process's log) does not carry the number `n` as a number of its own, as a chat
 * id would appear. A plain substring check fails at random: a millisecond timestamp such as
 * 1796631800106 contains 8001.
 */
export function expectNoNumber(text: string, n: number): void {
  const own = new RegExp(`(?<![0-9])${n}(?![0-9])`);
  expect(own.test(text), `the log carries ${n}:\n${text}`).toBe(false);
}
