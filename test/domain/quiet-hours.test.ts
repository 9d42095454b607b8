import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  deliveryLane,
  isBulk,
  isPersonalNews,
  waitsForQuietHours,
  type OutboxKind,
} from '../../src/domain/delivery.ts';
import { inQuietHours, nextAllowedInstant } from '../../src/domain/quiet-hours.ts';

const at = (iso: string) => new Date(iso);

describe('nextAllowedInstant', () => {
  it.each([
    // Minsk is UTC+3 all year.
    [
      'in a window over midnight, before midnight: tomorrow morning',
      '2026-03-10T20:30:00Z',
      22,
      7,
      'Europe/Minsk',
      '2026-03-11T04:00:00Z',
    ],
    [
      'in a window over midnight, after midnight: this morning',
      '2026-03-10T01:00:00Z',
      22,
      7,
      'Europe/Minsk',
      '2026-03-10T04:00:00Z',
    ],
    ['one minute before the end', '2026-03-10T03:59:00Z', 22, 7, 'Europe/Minsk', '2026-03-10T04:00:00Z'],
    ['at the end hour: allowed', '2026-03-10T04:00:00Z', 22, 7, 'Europe/Minsk', '2026-03-10T04:00:00Z'],
    ['outside the window: now', '2026-03-10T12:00:00Z', 22, 7, 'Europe/Minsk', '2026-03-10T12:00:00Z'],
    ['at the start hour: held', '2026-03-10T19:00:00Z', 22, 7, 'Europe/Minsk', '2026-03-11T04:00:00Z'],
    ['a daytime window', '2026-03-10T08:00:00Z', 9, 17, 'Europe/Minsk', '2026-03-10T14:00:00Z'],
    ['an empty window (from = to)', '2026-03-10T08:00:00Z', 9, 9, 'Europe/Minsk', '2026-03-10T08:00:00Z'],
    // Vilnius moves from UTC+2 to UTC+3 at 03:00 local on 29 Mar 2026: 03:00 does not exist that night.
    [
      'a spring-forward night whose end hour is skipped',
      '2026-03-28T23:00:00Z',
      23,
      3,
      'Europe/Vilnius',
      '2026-03-29T01:00:00Z',
    ],
    [
      'the night after the change uses the summer offset',
      '2026-03-29T22:00:00Z',
      23,
      7,
      'Europe/Vilnius',
      '2026-03-30T04:00:00Z',
    ],
    ['a zone west of UTC', '2026-07-01T03:00:00Z', 21, 8, 'America/New_York', '2026-07-01T12:00:00Z'],
  ])('%s', (_name, now, from, to, timeZone, expected) => {
    expect(nextAllowedInstant(at(now), { from, to, timeZone }).toISOString()).toBe(at(expected).toISOString());
  });

  it('lets everything through for a subscriber without quiet hours', () => {
    expect(nextAllowedInstant(at('2026-03-10T01:00:00Z'), null).toISOString()).toBe('2026-03-10T01:00:00.000Z');
  });

  it('tells whether an instant is in the quiet hours: 01:21 in Minsk is, for 00-08', () => {
    const quiet = { from: 0, to: 8, timeZone: 'Europe/Minsk' };
    expect(inQuietHours(at('2026-03-09T22:21:00Z'), quiet)).toBe(true);
    expect(inQuietHours(at('2026-03-10T05:00:00Z'), quiet)).toBe(false);
    expect(inQuietHours(at('2026-03-09T22:21:00Z'), null)).toBe(false);
  });

  it('refuses an unknown time zone loudly rather than guessing', () => {
    expect(() => nextAllowedInstant(at('2026-03-10T01:00:00Z'), { from: 22, to: 7, timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
  });
});

describe('which kinds wait, and in what order one chat receives them', () => {
  it.each<[OutboxKind, boolean, boolean, number]>([
    ['grave_alert', false, false, 0],
    ['alert', false, false, 1],
    ['correction', false, false, 1],
    ['notice', true, false, 2],
    ['digest', true, true, 2],
    ['announcement', true, true, 2],
  ])('%s: waits for quiet hours %s, bulk %s, lane %s (grave alerts first)', (kind, waits, bulk, lane) => {
    expect(waitsForQuietHours(kind)).toBe(waits);
    expect(isPersonalNews(kind)).toBe(!waits);
    expect(deliveryLane(kind)).toBe(lane);
    expect(isBulk(kind)).toBe(bulk);
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };
  it('doubles per failure within [half, full] of the step, capped', () => {
    expect(backoffDelay(1, policy, 0)).toBe(500);
    expect(backoffDelay(1, policy, 0.999)).toBe(1000);
    expect(backoffDelay(3, policy, 0)).toBe(2000);
    expect(backoffDelay(3, policy, 0.5)).toBe(3000);
    expect(backoffDelay(30, policy, 0)).toBe(30_000);
    expect(backoffDelay(30, policy, 0.999)).toBeLessThanOrEqual(60_000);
  });
});
