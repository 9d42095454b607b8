import { describe, expect, it } from 'vitest';
import { parseJsonFeed } from '../../src/source/json-feed-parser.ts';
import { sourceFixture } from '../support/fixtures.ts';

describe('the JSON feed parser', () => {
  it('reads every field into source records, names by language and other spellings as aliases', () => {
    const result = parseJsonFeed(sourceFixture('feed-good.json'));
    if (!result.ok) throw new Error(result.error);
    expect(result.quarantined).toEqual([]);
    expect(result.records[0]).toEqual({
      externalId: 'spring96:1',
      names: { be: 'Алесь Бяляцкі', ru: 'Алесь Беляцкий', en: 'Ales Bialiatski' },
      aliases: ['Aleś Bialacki'],
      gender: 'm',
      birthDate: '1962-09-25',
      birthYear: 1962,
      region: 'Minsk',
      status: 'imprisoned',
      statusSince: '2023-03-03',
      recognizedAt: '2021-07-15',
      detainedAt: '2021-07-14',
      verdictAt: '2023-03-03',
      facilityName: 'Penal colony No. 9, Horki',
      facilityAddress: 'вул. Дзімітрава, 1, 213410 Горкі',
      articles: ['228', '243'],
      sentence: { years: 10, months: 0 },
      penalty: 'reinforced regime colony',
      sourceUrl: 'https://prisoners.spring96.org/en/person/ales-bialiatski',
    });
    expect(result.records[1]).toMatchObject({ status: 'whereabouts_unknown', sentence: { years: 11, months: 0 } });
  });

  it('reads other names (maiden, married, pseudonym, former) and "Surname (Other surname) Given" as aliases with their kind', () => {
    const feed = {
      records: [
        {
          id: 'a1',
          status: 'imprisoned',
          names: [
            { text: 'Андрэева (Бахвалава) Кацярына', lang: 'be' },
            { text: 'Katsiaryna Andreyeva', lang: 'en' },
            { text: 'Кацярына Мароз', kind: 'maiden' },
            { text: 'Katsiaryna Writer', lang: 'en', kind: 'pseudonym' },
          ],
        },
        { id: 'a2', status: 'imprisoned', names: [{ text: 'Ivan Ivanou', kind: 'nickname' }] },
      ],
    };
    const result = parseJsonFeed(JSON.stringify(feed));
    if (!result.ok) throw new Error(result.error);
    expect(result.records[0]).toMatchObject({
      names: { be: 'Андрэева Кацярына', en: 'Katsiaryna Andreyeva' },
      aliases: ['Бахвалава Кацярына', 'Кацярына Мароз', 'Katsiaryna Writer'],
      aliasKinds: { 'Бахвалава Кацярына': 'other', 'Кацярына Мароз': 'maiden', 'Katsiaryna Writer': 'pseudonym' },
    });
    expect(result.quarantined.map((q) => q.reason)).toEqual([
      expect.stringContaining('names[0].kind must be one of maiden, married, pseudonym, former'),
    ]);
  });

  it('places names without a language by their script (і/ў are Belarusian, Latin is English)', () => {
    const result = parseJsonFeed(sourceFixture('feed-good.json'));
    expect(result.ok && result.records[2]).toMatchObject({
      externalId: '3',
      names: { be: 'Мікалай Статкевіч', en: 'Mikalai Statkevich' },
      status: 'expelled',
      expelledTo: 'LT',
    });
  });

  it('quarantines each bad record with its index, id and reason, and keeps the rest (an identical second copy is the same record)', () => {
    const result = parseJsonFeed(sourceFixture('feed-broken-records.json'));
    if (!result.ok) throw new Error(result.error);
    expect(result.records.map((r) => r.externalId)).toEqual(['ok-1']);
    expect(result.quarantined.map((q) => [q.rowRef, q.externalId, q.reason])).toEqual([
      ['record #1', 'bad-status', expect.stringContaining('status must be one of detained')],
      ['record #2', 'bad-date', 'record #2 (id "bad-date"): statusSince must be a date as YYYY-MM-DD'],
      ['record #3', 'no-names', 'record #3 (id "no-names"): names must hold at least one name'],
    ]);
  });

  it('quarantines every copy of an id whose copies disagree, as the CSV and HTML subscribers do', () => {
    const person = (id: string, status: string) => ({ id, names: [{ text: `Person ${id}`, lang: 'en' }], status });
    const result = parseJsonFeed(
      JSON.stringify({
        records: [
          person('good-1', 'imprisoned'),
          person('twice', 'released'),
          person('good-2', 'imprisoned'),
          person('twice', 'imprisoned'),
        ],
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.records.map((r) => r.externalId)).toEqual(['good-1', 'good-2']);
    expect(result.quarantined.map((q) => [q.rowRef, q.externalId, q.reason])).toEqual([
      ['record #1', 'twice', 'record #3 has the same id "twice" with different status; no copy is applied'],
      ['record #3', 'twice', 'record #1 has the same id "twice" with different status; no copy is applied'],
    ]);
  });

  it('does not apply a copy when another copy of the same id could not be read', () => {
    const result = parseJsonFeed(
      JSON.stringify({
        records: [
          { id: 'twice', names: [{ text: 'A B' }], status: 'released' },
          { id: 'twice', names: [{ text: 'A B' }], status: 'vanished' },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.records).toEqual([]);
    expect(result.quarantined.map((q) => [q.rowRef, q.reason])).toEqual([
      ['record #1', expect.stringMatching(/^record #1 \(id "twice"\): status must be one of/)],
      ['record #0', 'record #1 has the same id "twice" and could not be read, so this copy is not applied either'],
    ]);
  });

  it.each([
    ['feed-unparseable.json', /^the feed is not valid JSON/],
    ['feed-wrong-shape.json', /^the feed must be a JSON object with a "records" list$/],
  ])('refuses %s whole', (file, message) => {
    const result = parseJsonFeed(sourceFixture(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('fingerprints the fields most records carry, so a renamed status field is noticed and a rare field is not', () => {
    const feed = (records: object[]) => {
      const r = parseJsonFeed(JSON.stringify({ records }));
      return r.ok ? r.shape : r.error;
    };
    const person = (i: number, extra: object = {}) => ({
      id: String(i),
      names: [{ text: `P ${i}` }],
      status: 'imprisoned',
      ...extra,
    });
    const base = feed([person(1), person(2), person(3)]);
    expect(feed([person(1), person(2), person(3, { expelledTo: 'LT' })])).toBe(base);
    expect(feed([1, 2, 3].map((i) => ({ id: String(i), names: [{ text: `P ${i}` }], state: 'imprisoned' })))).not.toBe(
      base,
    );
  });
});
