import { describe, expect, it } from 'vitest';
import { describeChoices } from '../../src/domain/candidate-choices.ts';
import { localDate } from '../../src/domain/local-date.ts';
import { buildPrisonerCard, namesInOrder, type CardRecord } from '../../src/domain/prisoner-card.ts';

const ales: CardRecord = {
  id: 7,
  nameBe: 'Алесь Бяляцкі',
  nameRu: 'Алесь Беляцкий',
  nameEn: 'Ales Bialiatski',
  aliases: ['Aleś Bialacki', 'Ales Bialiatski'],
  birthYear: null,
  birthDate: '1962-09-25',
  region: 'Minsk',
  status: 'imprisoned',
  statusSince: '2023-03-03',
  expelledTo: null,
  recognizedAt: '2021-07-15',
  detainedAt: '2021-07-14',
  facilityName: 'Penal colony No. 9, Horki',
  facilityAddress: 'вул. Дзімітрава, 1, 213410 Горкі',
  articles: ['228', '243'],
  sentenceYears: 10,
  sentenceMonths: 0,
  penalty: 'reinforced regime colony',
  sourceUrl: 'https://prisoners.spring96.org/en/person/ales-bialiatski',
  missingSince: null,
};

const keys = (card: { lines: { key: string }[] }) => card.lines.map((l) => l.key);

describe('a prisoner card', () => {
  it("puts the name in the subscriber's language first and the other forms below, each once", () => {
    expect(namesInOrder(ales, 'be')).toEqual(['Алесь Бяляцкі', 'Алесь Беляцкий', 'Ales Bialiatski', 'Aleś Bialacki']);
    expect(namesInOrder(ales, 'ru')[0]).toBe('Алесь Беляцкий');
    expect(namesInOrder(ales, 'en')).toEqual(['Ales Bialiatski', 'Aleś Bialacki', 'Алесь Бяляцкі', 'Алесь Беляцкий']);
    // no English form: a Latin alias reads better to an English subscriber than Cyrillic
    expect(
      namesInOrder(
        { nameBe: 'Мікалай Статкевіч', nameRu: null, nameEn: null, aliases: ['Mikalai Statkevich'] },
        'en',
      )[0],
    ).toBe('Mikalai Statkevich');
    const card = buildPrisonerCard(ales, undefined, { language: 'ru', asOf: '2026-03-20' });
    expect(card).toMatchObject({
      id: 7,
      name: 'Алесь Беляцкий',
      otherNames: ['Алесь Бяляцкі', 'Ales Bialiatski', 'Aleś Bialacki'],
    });
  });

  it('says status and since when, facility with its postal address, sentence, articles, recognition, last change, source and as-of date', () => {
    const card = buildPrisonerCard(
      ales,
      { kind: 'transferred', date: '2025-02-01' },
      { language: 'be', asOf: '2026-03-20' },
    );
    expect(keys(card)).toEqual([
      'card-born',
      'card-region',
      'card-status-since',
      'card-facility',
      'card-detained',
      'card-sentence',
      'card-penalty',
      'card-articles',
      'card-recognized',
      'card-last-change',
      'card-letter-heading',
      'card-address',
      'card-letter-how',
      'card-source-as-of',
    ]);
    const vars = Object.fromEntries(card.lines.map((l) => [l.key, l.vars]));
    expect(vars['card-born']).toEqual({ year: '1962' });
    expect(vars['card-status-since']).toEqual({ status: { key: 'status-imprisoned' }, date: '03.03.2023' });
    expect(vars['card-address']).toEqual({ address: 'вул. Дзімітрава, 1, 213410 Горкі' });
    expect(vars['card-sentence']).toEqual({ term: { key: 'alert-term', vars: { years: 10, months: 0 } } });
    expect(vars['card-articles']).toEqual({ articles: '228, 243' });
    expect(vars['card-recognized']).toEqual({ date: '15.07.2021' });
    expect(vars['card-last-change']).toEqual({ change: { key: 'change-transferred' }, date: '01.02.2025' });
    expect(vars['card-source-as-of']).toEqual({ url: ales.sourceUrl, date: '20.03.2026' });
  });

  it('shows no place of detention for a freed person, and the country for an expelled one', () => {
    const expelled = buildPrisonerCard(
      { ...ales, status: 'expelled', expelledTo: 'LT', statusSince: '2025-09-11' },
      undefined,
      { language: 'en', asOf: '2026-03-20' },
    );
    expect(keys(expelled)).not.toContain('card-facility');
    expect(keys(expelled)).not.toContain('card-address');
    expect(keys(expelled)).not.toContain('card-letter-heading');
    const noAddress = buildPrisonerCard({ ...ales, facilityAddress: null }, undefined, {
      language: 'en',
      asOf: '2026-03-20',
    });
    expect(keys(noAddress)).toContain('card-facility');
    expect(keys(noAddress)).not.toContain('card-letter-heading');
    expect(expelled.lines.find((l) => l.key === 'card-expelled-to')?.vars).toEqual({ country: { country: 'LT' } });
    const unknown = buildPrisonerCard({ ...ales, status: 'whereabouts_unknown' }, undefined, {
      language: 'en',
      asOf: '2026-03-20',
    });
    expect(keys(unknown)).not.toContain('card-facility');
  });

  it('leaves out what the source does not say, says when the source stopped listing the person, and links no non-web source', () => {
    const bare: CardRecord = {
      ...ales,
      nameBe: null,
      nameRu: null,
      aliases: [],
      birthDate: null,
      region: null,
      statusSince: null,
      recognizedAt: null,
      detainedAt: null,
      facilityName: null,
      facilityAddress: null,
      articles: [],
      sentenceYears: null,
      sentenceMonths: null,
      penalty: null,
      sourceUrl: '/data/feed.json',
      missingSince: '2026-03-01',
    };
    const card = buildPrisonerCard(
      bare,
      { kind: 'batch_note', date: '2026-03-01' },
      { language: 'be', asOf: '2026-03-01' },
    );
    expect(card.name).toBe('Ales Bialiatski');
    expect(card.otherNames).toEqual([]);
    expect(keys(card)).toEqual(['card-status', 'card-missing', 'card-as-of']);
  });

  it('cuts an overlong fact so a card stays well inside one Telegram message', () => {
    const card = buildPrisonerCard({ ...ales, facilityAddress: 'x'.repeat(5000) }, undefined, {
      language: 'en',
      asOf: '2026-03-20',
    });
    expect((card.lines.find((l) => l.key === 'card-address')!.vars.address as string).length).toBe(300);
  });

  it('reads "as of" as a calendar date where the subscriber lives', () => {
    expect(localDate(new Date('2026-03-19T22:30:00Z'), 'Europe/Minsk')).toBe('2026-03-20');
    expect(localDate(new Date('2026-03-19T22:30:00Z'), 'UTC')).toBe('2026-03-19');
  });
});

describe('choosing among namesakes', () => {
  const base = { nameBe: null, nameRu: null, aliases: [], birthDate: null, facilityName: null };
  it('shows only what tells them apart', () => {
    const choices = describeChoices(
      [
        {
          ...base,
          id: 1,
          nameEn: 'Ivan Ivanou',
          birthYear: 1985,
          region: 'Homiel',
          status: 'imprisoned',
          facilityName: 'Colony 3',
        },
        {
          ...base,
          id: 2,
          nameEn: 'Ivan Ivanou',
          birthYear: 1990,
          region: 'Homiel',
          status: 'released',
          facilityName: 'Colony 3',
        },
      ],
      'en',
    );
    expect(choices).toEqual([
      { id: 1, name: 'Ivan Ivanou', facts: ['1985', { key: 'status-imprisoned' }, 'Colony 3'] },
      { id: 2, name: 'Ivan Ivanou', facts: ['1990', { key: 'status-released' }] },
    ]);
  });

  it('shows every known fact when nothing differs', () => {
    const same = { ...base, nameEn: 'Ivan Ivanou', birthYear: 1985, region: 'Minsk', status: 'imprisoned' as const };
    expect(
      describeChoices(
        [
          { ...same, id: 1 },
          { ...same, id: 2 },
        ],
        'en',
      )[0]!.facts,
    ).toEqual(['1985', 'Minsk', { key: 'status-imprisoned' }]);
  });
});
