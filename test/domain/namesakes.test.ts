import { describe, expect, it } from 'vitest';
import { nameMention, namesakeKey, namesakeTags, type NamesakeRecord } from '../../src/domain/namesakes.ts';
import { releasedAtEndOfTerm, termLastDay } from '../../src/domain/release-wording.ts';

const person = (id: number, name: string, extra: Partial<NamesakeRecord> = {}): NamesakeRecord => ({
  id,
  name,
  birthYear: null,
  region: null,
  detainedOn: null,
  ...extra,
});

describe('namesakes', () => {
  it('share a name when the shown names fold to the same form', () => {
    expect(namesakeKey('  Aliaksandr   KAVALIOU ')).toBe('aliaksandr kavaliou');
    expect(namesakeKey('Aliaksandr Kavaliŏu')).toBe(namesakeKey('Aliaksandr Kavaliou'));
    expect(namesakeKey('Аляксандр Кавалёў')).toBe(namesakeKey('АЛЯКСАНДР КАВАЛЕЎ'));
    expect(namesakeKey("Мар'я Іваноўская-Пятровіч")).toBe(namesakeKey('Марʼя Іваноўская Пятровіч'));
    expect(namesakeKey('Łukasz Żak')).toBe('lukasz zak');
    expect(namesakeKey('Ёжык (Ёж), Ігар.')).toBe('ежык еж ігар');
    expect(namesakeKey('ІВАН ЎЛАДЗІЎ')).toBe('іван ўладзіў');
    // Different letters, different order: not the same name.
    expect(namesakeKey('Аляксандр Кавалёў')).not.toBe(namesakeKey('Кавалёў Аляксандр'));
    expect(namesakeKey('Aliaksandr Kavaliou')).not.toBe(namesakeKey('Aliaksandra Kavaliova'));
  });

  it('tags only people whose name another registered person shares: by birth year, else region, else detention date, else card', () => {
    const tags = namesakeTags([
      person(1, 'Aliaksandr Kavaliou', { birthYear: 1985 }),
      person(2, 'aliaksandr  kavaliou', { birthYear: 1990, region: 'Homiel' }),
      person(3, 'Ales Bialiatski', { birthYear: 1962 }),
    ]);
    expect([...tags]).toEqual([
      [1, { by: 'born', year: 1985 }],
      [2, { by: 'born', year: 1990 }],
    ]);

    const noYear = namesakeTags([
      person(1, 'Ivan Ivanau', { region: 'Minsk' }),
      person(2, 'Ivan Ivanau', { region: 'Hrodna' }),
    ]);
    expect(noYear.get(1)).toEqual({ by: 'region', region: 'Minsk' });

    const sameYear = namesakeTags([
      person(1, 'Ivan Ivanau', { birthYear: 1980, region: 'Minsk', detainedOn: '2021-03-01' }),
      person(2, 'Ivan Ivanau', { birthYear: 1980, region: 'minsk', detainedOn: '2022-05-02' }),
      person(3, 'Ivan Ivanau', { birthYear: 1991 }),
    ]);
    expect(sameYear.get(1)).toEqual({ by: 'detained', date: '2021-03-01' });
    expect(sameYear.get(3)).toEqual({ by: 'born', year: 1991 });

    const nothing = namesakeTags([person(7, 'Ivan Ivanau'), person(9, 'Ivan Ivanau')]);
    expect(nothing.get(7)).toEqual({ by: 'card', id: 7 });
  });

  it('a mention carries the tag as a message with string variables', () => {
    expect(nameMention('Ales', undefined)).toBe('Ales');
    expect(nameMention('Ales', { by: 'born', year: 1985 })).toEqual({
      key: 'namesake-born',
      vars: { name: 'Ales', year: '1985' },
    });
    expect(nameMention('Ales', { by: 'detained', date: '2021-03-01' })).toEqual({
      key: 'namesake-detained',
      vars: { name: 'Ales', date: '01.03.2021' },
    });
  });
});

describe('release at the end of the term', () => {
  it('is said for a batch of that kind, never for another kind', () => {
    const facts = { releasedOn: '2026-01-01', detainedOn: '2016-01-01', term: { years: 3, months: 0 } };
    expect(releasedAtEndOfTerm({ ...facts, batchKind: 'released' })).toBe(true);
    expect(releasedAtEndOfTerm({ ...facts, batchKind: 'pardoned' })).toBe(false);
    expect(releasedAtEndOfTerm({ ...facts, batchKind: 'released_in_belarus' })).toBe(false);
  });

  it('outside a batch, only when the release comes on or after the last day of the term counted from detention', () => {
    const term = { years: 15, months: 0 };
    expect(releasedAtEndOfTerm({ batchKind: null, releasedOn: '2026-03-01', detainedOn: '2021-03-01', term })).toBe(
      false,
    );
    expect(releasedAtEndOfTerm({ batchKind: null, releasedOn: '2036-02-29', detainedOn: '2021-03-01', term })).toBe(
      true,
    );
    expect(releasedAtEndOfTerm({ batchKind: null, releasedOn: '2036-02-28', detainedOn: '2021-03-01', term })).toBe(
      false,
    );
    expect(releasedAtEndOfTerm({ batchKind: null, releasedOn: null, detainedOn: '2021-03-01', term })).toBe(false);
    expect(releasedAtEndOfTerm({ batchKind: null, releasedOn: '2030-01-01', detainedOn: null, term })).toBe(false);
    expect(
      releasedAtEndOfTerm({ batchKind: null, releasedOn: '2030-01-01', detainedOn: '2021-03-01', term: null }),
    ).toBe(false);
    expect(termLastDay('2020-08-31', { years: 0, months: 6 })).toBe('2021-02-27');
    expect(termLastDay('2020-08-10', { years: 3, months: 2 })).toBe('2023-10-09');
  });
});
