import { isInCustody, type PrisonerStatus } from './status.ts';

/** Days "this week" covers: today and the six after it. */
export const BIRTHDAY_WINDOW_DAYS = 7;

export interface BirthdayPerson {
  prisonerId: number;
  /** YYYY-MM-DD; people the source gives only a birth year for have no birthday to list. */
  birthDate: string | null;
  status: PrisonerStatus;
}

export interface Birthday<P extends BirthdayPerson> {
  person: P;
  /** The day it falls on in the window (YYYY-MM-DD). */
  date: string;
  /** The age they turn. */
  age: number;
}

const DAY_MS = 86_400_000;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The day a birthday is kept in a given year. Someone born on 29 February has it on 28 February in
 * other years: a letter that arrives in February rather than March.
 */
export function birthdayIn(birthDate: string, year: number): string {
  const [, month, day] = birthDate.split('-');
  const md = month === '02' && day === '29' && !isLeap(year) ? '02-28' : `${month}-${day}`;
  return `${String(year).padStart(4, '0')}-${md}`;
}

/** Held somewhere known: a letter can reach them. Not the freed, the dead, or people whose whereabouts are unknown. */
export function canReceiveLetters(status: PrisonerStatus): boolean {
  return isInCustody(status) && status !== 'whereabouts_unknown';
}

/**
 * People held whose birthday falls today or in the six days after, soonest first. The window may
 * cross a year's end (28 December covers 1-3 January of the next year).
 */
export function birthdaysThisWeek<P extends BirthdayPerson>(people: readonly P[], today: string): Birthday<P>[] {
  const start = Date.parse(`${today}T00:00:00Z`);
  const end = start + (BIRTHDAY_WINDOW_DAYS - 1) * DAY_MS;
  const year = Number(today.slice(0, 4));
  const out: Birthday<P>[] = [];
  for (const person of people) {
    if (!person.birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(person.birthDate) || !canReceiveLetters(person.status))
      continue;
    for (const y of [year, year + 1]) {
      const date = birthdayIn(person.birthDate, y);
      const at = Date.parse(`${date}T00:00:00Z`);
      if (at >= start && at <= end) {
        out.push({ person, date, age: y - Number(person.birthDate.slice(0, 4)) });
        break;
      }
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.person.prisonerId - b.person.prisonerId);
}
