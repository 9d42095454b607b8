import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  digestPeriod,
  latestDigestSlot,
  latestWeeklySlot,
  previousDigestSlot,
  readTimeZone,
} from '../../src/domain/digest-schedule.ts';

const at = (iso: string) => new Date(iso);

describe('digest slots', () => {
  it('is today once the local hour has come, yesterday before it', () => {
    // Minsk is UTC+3 all year: 20:00 local is 17:00Z.
    expect(latestDigestSlot(at('2026-12-05T17:00:00Z'), 20, 'Europe/Minsk')).toEqual({
      localDate: '2026-12-05',
      dueAt: at('2026-12-05T17:00:00Z'),
    });
    expect(latestDigestSlot(at('2026-12-05T16:59:59Z'), 20, 'Europe/Minsk')).toEqual({
      localDate: '2026-12-04',
      dueAt: at('2026-12-04T17:00:00Z'),
    });
    // Past local midnight the date is the new one even though UTC is still on the old day.
    expect(latestDigestSlot(at('2026-12-05T21:30:00Z'), 0, 'Europe/Minsk')).toEqual({
      localDate: '2026-12-06',
      dueAt: at('2026-12-05T21:00:00Z'),
    });
  });

  it('follows the subscriber across a daylight-saving change: same local hour, different UTC instant, one slot a day', () => {
    // Vilnius moves from UTC+2 to UTC+3 on 29 March 2026 and back on 25 October 2026.
    const before = latestDigestSlot(at('2026-03-28T19:00:00Z'), 20, 'Europe/Vilnius');
    const after = latestDigestSlot(at('2026-03-29T19:00:00Z'), 20, 'Europe/Vilnius');
    expect(before).toEqual({ localDate: '2026-03-28', dueAt: at('2026-03-28T18:00:00Z') });
    expect(after).toEqual({ localDate: '2026-03-29', dueAt: at('2026-03-29T17:00:00Z') });
    // The period of the day of the change is 23 hours long, and 25 hours in October.
    expect(after.dueAt.getTime() - previousDigestSlot(after, 20, 'Europe/Vilnius').dueAt.getTime()).toBe(
      23 * 3_600_000,
    );
    const october = latestDigestSlot(at('2026-10-25T19:00:00Z'), 20, 'Europe/Vilnius');
    expect(october).toEqual({ localDate: '2026-10-25', dueAt: at('2026-10-25T18:00:00Z') });
    expect(october.dueAt.getTime() - previousDigestSlot(october, 20, 'Europe/Vilnius').dueAt.getTime()).toBe(
      25 * 3_600_000,
    );
  });

  it('an hour the clock skips falls just after the gap; an hour it repeats still gives one slot', () => {
    // New York skips 02:00-03:00 on 8 March 2026: a 02:00 digest goes at 03:00 EDT (07:00Z).
    expect(latestDigestSlot(at('2026-03-08T12:00:00Z'), 2, 'America/New_York')).toEqual({
      localDate: '2026-03-08',
      dueAt: at('2026-03-08T07:00:00Z'),
    });
    // Berlin repeats 02:00-03:00 on 25 October 2026: the date still has one slot, at one of the two 02:00s.
    const slot = latestDigestSlot(at('2026-10-25T01:30:00Z'), 2, 'Europe/Berlin');
    expect(slot.localDate).toBe('2026-10-25');
    expect(['2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z']).toContain(slot.dueAt.toISOString());
    expect(latestDigestSlot(at('2026-10-25T12:00:00Z'), 2, 'Europe/Berlin')).toEqual(slot);
  });

  it('every hour of a year gives exactly one slot per local date, in every offered zone', () => {
    for (const zone of [
      'Europe/Minsk',
      'Europe/Vilnius',
      'Europe/Warsaw',
      'Europe/Kyiv',
      'Europe/Berlin',
      'Europe/London',
      'America/New_York',
    ]) {
      const dates = new Map<string, number>();
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3_600_000) {
        const slot = latestDigestSlot(new Date(t), 2, zone);
        expect(slot.dueAt.getTime()).toBeLessThanOrEqual(t);
        const known = dates.get(slot.localDate);
        if (known !== undefined) expect(slot.dueAt.getTime(), `${zone} ${slot.localDate}`).toBe(known);
        dates.set(slot.localDate, slot.dueAt.getTime());
      }
      expect(dates.size, zone).toBeGreaterThanOrEqual(365);
    }
  });
});

describe('digest periods', () => {
  const slot = { localDate: '2026-12-05', dueAt: at('2026-12-05T17:00:00Z') };
  it('runs from the end of the last digest received to now, so downtime leaves no gap', () => {
    const now = at('2026-12-06T06:10:00Z');
    expect(digestPeriod(now, slot, 20, 'Europe/Minsk', at('2026-12-02T17:00:00Z'))).toEqual({
      from: at('2026-12-02T17:00:00Z'),
      to: now,
    });
  });
  it('a first digest covers the day before its slot; a very long silence is cut to 31 days', () => {
    const now = at('2026-12-05T17:00:30Z');
    expect(digestPeriod(now, slot, 20, 'Europe/Minsk', null)).toEqual({ from: at('2026-12-04T17:00:00Z'), to: now });
    expect(digestPeriod(now, slot, 20, 'Europe/Minsk', at('2025-01-01T00:00:00Z')).from).toEqual(
      new Date(now.getTime() - 31 * 86_400_000),
    );
  });
});

describe('time zone names', () => {
  it('accepts IANA names in any case and refuses anything else', () => {
    expect(canonicalTimeZone('europe/vilnius')).toBe('Europe/Vilnius');
    expect(canonicalTimeZone(' pacific/auckland ')).toBe('Pacific/Auckland');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const bad of ['', 'Mars/Olympus', 'Europe/Minsk; drop table', 'x'.repeat(100), '🙂'])
      expect(canonicalTimeZone(bad), bad).toBeUndefined();
  });

  it('keeps the zone name the subscriber typed, with the name Intl resolves it to', () => {
    expect(readTimeZone('asia/kolkata')).toEqual({ zone: 'Asia/Kolkata', canonical: 'Asia/Calcutta' });
    expect(readTimeZone(' Europe/Kyiv ')).toEqual({ zone: 'Europe/Kyiv', canonical: 'Europe/Kiev' });
    expect(readTimeZone('europe/vilnius')).toEqual({ zone: 'Europe/Vilnius', canonical: 'Europe/Vilnius' });
    expect(readTimeZone('america/argentina/buenos_aires')).toEqual({
      zone: 'America/Argentina/Buenos_Aires',
      canonical: 'America/Buenos_Aires',
    });
    expect(readTimeZone('Mars/Olympus')).toBeUndefined();
  });
});

describe('weekly digest slots', () => {
  const HOUR = 3_600_000;

  it('falls on the chosen weekday and covers the last complete local week before it', () => {
    // Monday 7 December 2026, 09:00 in Minsk (UTC+3) is 06:00Z: the week of 30 November just ended.
    expect(latestWeeklySlot(at('2026-12-07T06:00:00Z'), 1, 9, 'Europe/Minsk')).toEqual({
      localDate: '2026-12-07',
      dueAt: at('2026-12-07T06:00:00Z'),
      weekOf: '2026-11-30',
      period: { from: at('2026-11-29T21:00:00Z'), to: at('2026-12-06T21:00:00Z') },
    });
    // A minute before, the latest slot is the previous Monday's, for the week before.
    expect(latestWeeklySlot(at('2026-12-07T05:59:00Z'), 1, 9, 'Europe/Minsk')).toMatchObject({
      localDate: '2026-11-30',
      weekOf: '2026-11-23',
    });
    // A Sunday slot sends the last complete week too, not the one it is the last day of.
    expect(latestWeeklySlot(at('2026-12-13T18:00:00Z'), 7, 20, 'Europe/Minsk')).toMatchObject({
      localDate: '2026-12-13',
      weekOf: '2026-11-30',
    });
    // Friday's slot stays the latest until the next Friday: a slot missed while down is still due once.
    for (const now of ['2026-12-04T17:00:00Z', '2026-12-07T10:00:00Z', '2026-12-11T16:59:00Z'])
      expect(latestWeeklySlot(at(now), 5, 20, 'Europe/Minsk')).toMatchObject({
        localDate: '2026-12-04',
        dueAt: at('2026-12-04T17:00:00Z'),
        weekOf: '2026-11-23',
      });
  });

  it('covers 167 hours for the week clocks go forward and 169 for the week they go back (Vilnius)', () => {
    // Vilnius: UTC+2 → UTC+3 on Sunday 29 March 2026, back on Sunday 25 October 2026.
    const spring = latestWeeklySlot(at('2026-03-30T06:00:00Z'), 1, 9, 'Europe/Vilnius');
    expect(spring).toEqual({
      localDate: '2026-03-30',
      dueAt: at('2026-03-30T06:00:00Z'),
      weekOf: '2026-03-23',
      period: { from: at('2026-03-22T22:00:00Z'), to: at('2026-03-29T21:00:00Z') },
    });
    expect(spring.period.to.getTime() - spring.period.from.getTime()).toBe(167 * HOUR);
    const autumn = latestWeeklySlot(at('2026-10-26T07:00:00Z'), 1, 9, 'Europe/Vilnius');
    expect(autumn).toEqual({
      localDate: '2026-10-26',
      dueAt: at('2026-10-26T07:00:00Z'),
      weekOf: '2026-10-19',
      period: { from: at('2026-10-18T21:00:00Z'), to: at('2026-10-25T22:00:00Z') },
    });
    expect(autumn.period.to.getTime() - autumn.period.from.getTime()).toBe(169 * HOUR);
    // The week after starts where the DST week ended: no gap, no overlap.
    expect(latestWeeklySlot(at('2026-11-02T07:00:00Z'), 1, 9, 'Europe/Vilnius').period.from).toEqual(autumn.period.to);
  });

  it('falls just after the gap when its hour is skipped on the Sunday clocks go forward', () => {
    // 03:00 does not exist in Vilnius on 29 March 2026 (03:00 → 04:00 EEST, 01:00Z).
    expect(latestWeeklySlot(at('2026-03-29T12:00:00Z'), 7, 3, 'Europe/Vilnius')).toMatchObject({
      localDate: '2026-03-29',
      dueAt: at('2026-03-29T01:00:00Z'),
      weekOf: '2026-03-16',
    });
  });
});
