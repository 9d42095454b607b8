import type { Db } from '../../db/database.ts';
import { birthdayCandidates, type BirthdayRow } from '../../db/queries/birthdays.ts';
import { addressOf, facilityAddresses } from '../../db/queries/facilities.ts';
import { displayName } from '../../domain/alert-message.ts';
import { birthdaysThisWeek } from '../../domain/birthdays.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import type { Translate } from '../ports.ts';

const INTL_LOCALE: Record<Language, string> = { be: 'be', ru: 'ru', en: 'en-GB' };

/** What the section is built from: read once per digest run, only when a due subscriber wants it. */
export interface BirthdaySource {
  people: BirthdayRow[];
  addresses: ReadonlyMap<string, string>;
}

export async function loadBirthdaySource(db: Db): Promise<BirthdaySource> {
  const people = await birthdayCandidates(db);
  return {
    people,
    addresses: await facilityAddresses(
      db,
      people.map((p) => p.facilityName),
    ),
  };
}

/**
 * "Birthdays this week" for a digest on `today` (the subscriber's local date): each person held whose
 * birthday falls in the next seven days, with the place and its postal address when known, then how
 * to write. HTML, data escaped.
 */
export function renderBirthdaySection(
  translate: Translate,
  language: Language,
  source: BirthdaySource,
  today: string,
): string {
  const found = birthdaysThisWeek(source.people, today);
  const lines = [translate(language, 'digest-birthdays-title')];
  if (found.length === 0) return [...lines, translate(language, 'digest-birthdays-none')].join('\n');
  const day = new Intl.DateTimeFormat(INTL_LOCALE[language], { day: 'numeric', month: 'long', timeZone: 'UTC' });
  for (const { person, date, age } of found) {
    const address = addressOf(source.addresses, person.facilityName);
    lines.push(
      translate(language, 'digest-birthday-line', {
        name: escapeHtml(displayName(person, language).name),
        date: day.format(new Date(`${date}T00:00:00Z`)),
        age,
      }),
    );
    if (person.facilityName)
      lines.push(
        translate(language, address ? 'digest-birthday-address' : 'digest-birthday-facility', {
          facility: escapeHtml(person.facilityName),
          address: escapeHtml(address ?? ''),
        }),
      );
  }
  return [...lines, translate(language, 'digest-birthdays-how')].join('\n');
}
