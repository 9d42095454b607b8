import { describe, expect, it } from 'vitest';
import { birthdayIn, birthdaysThisWeek, canReceiveLetters, type BirthdayPerson } from '../../src/domain/birthdays.ts';

const held = (
  prisonerId: number,
  birthDate: string | null,
  status: BirthdayPerson['status'] = 'imprisoned',
): BirthdayPerson => ({ prisonerId, birthDate, status });

describe('birthdays this week', () => {
  it('lists today and the six days after, soonest first, with the age they turn', () => {
    const people = [held(1, '1990-12-13'), held(2, '1985-12-07'), held(3, '1970-12-14'), held(4, '1962-12-06')];
    const found = birthdaysThisWeek(people, '2026-12-07');
    expect(found.map((b) => [b.person.prisonerId, b.date, b.age])).toEqual([
      [2, '2026-12-07', 41],
      [1, '2026-12-13', 36],
    ]);
  });

  it('crosses the end of the year', () => {
    const people = [held(1, '1980-01-02'), held(2, '1999-12-31'), held(3, '1975-01-04')];
    const found = birthdaysThisWeek(people, '2026-12-29');
    expect(found.map((b) => [b.person.prisonerId, b.date, b.age])).toEqual([
      [2, '2026-12-31', 27],
      [1, '2027-01-02', 47],
      [3, '2027-01-04', 52],
    ]);
  });

  it('keeps 29 February on 28 February in other years, and on the 29th in a leap year', () => {
    expect(birthdayIn('1988-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('1988-02-29', 2028)).toBe('2028-02-29');
    expect(birthdayIn('1988-02-29', 2100)).toBe('2100-02-28');
    expect(birthdaysThisWeek([held(1, '1988-02-29')], '2027-02-22').map((b) => b.date)).toEqual(['2027-02-28']);
    expect(birthdaysThisWeek([held(1, '1988-02-29')], '2027-03-01')).toEqual([]);
    expect(birthdaysThisWeek([held(1, '1988-02-29')], '2028-02-29').map((b) => [b.date, b.age])).toEqual([
      ['2028-02-29', 40],
    ]);
  });

  it('lists nobody released, dead, or whose whereabouts are unknown, and nobody without a full birth date', () => {
    const people = [
      held(1, '1990-12-08', 'released'),
      held(2, '1990-12-08', 'pardoned'),
      held(3, '1990-12-08', 'died_in_custody'),
      held(4, '1990-12-08', 'whereabouts_unknown'),
      held(5, null),
      held(6, '1990-12-08', 'expelled'),
      held(7, '1990-12-08', 'house_arrest'),
    ];
    expect(birthdaysThisWeek(people, '2026-12-07').map((b) => b.person.prisonerId)).toEqual([7]);
    expect(canReceiveLetters('detained')).toBe(true);
    expect(canReceiveLetters('whereabouts_unknown')).toBe(false);
  });
});
