import { describe, expect, it } from 'vitest';
import { parseCsvExport } from '../../src/source/csv-export-parser.ts';
import { sourceFixture } from '../support/fixtures.ts';

function parsed(file: string) {
  const result = parseCsvExport(sourceFixture(file));
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('the CSV export parser', () => {
  it('reads Belarusian headers (";"-separated), keeps the surname-first name as the Belarusian name', () => {
    const { records, quarantined } = parsed('export-be.csv');
    expect(quarantined).toEqual([]);
    expect(records[0]).toEqual({
      externalId: 'name:алесь бяляцкі віктаравіч|1962-09-25',
      names: { be: 'Бяляцкі Алесь Віктаравіч' },
      aliases: [],
      gender: 'm',
      birthDate: '1962-09-25',
      birthYear: 1962,
      status: 'imprisoned',
      statusText: 'Палітвязень',
      detainedAt: '2021-07-14',
      verdictAt: '2023-03-03',
      facilityName: 'ПК-9 Горкі',
      articles: ['228', '243'],
      sentence: { years: 10, months: 0 },
      penalty: 'калонія ўзмоцненага рэжыму',
    });
  });

  it('maps statuses and penalties by table: хімія, pre-trial, вызвалены(а), and "невядома" as not stated', () => {
    const { records } = parsed('export-be.csv');
    expect(records.map((r) => [r.names.be, r.status ?? 'not stated'])).toEqual([
      ['Бяляцкі Алесь Віктаравіч', 'imprisoned'],
      ['Іваноў Сяргей Пятровіч', 'restricted_freedom'],
      ['Пятрова Алена Іванаўна', 'detained'],
      ['Сідарчук Анна', 'released'],
      ['Казлоў Ігар', 'not stated'],
    ]);
    expect(records[1]).toMatchObject({ sentence: { years: 2, months: 6 }, birthYear: 1990 });
    expect(records[1]!.facilityName).toBeUndefined();
  });

  it('reads Russian headers ("," and quotes) and the pardoned status', () => {
    const { records } = parsed('export-ru.csv');
    expect(records.map((r) => [r.names.ru, r.status])).toEqual([
      ['Колесникова Мария Александровна', 'imprisoned'],
      ['Статкевич Николай Викторович', 'pardoned'],
      ['Смирнов Олег', 'released'],
    ]);
    expect(records[0]).toMatchObject({ articles: ['361', '357'], facilityName: 'ИК-4 Гомель', gender: 'f' });
  });

  it('reads English headers, uses a link column as id and source link, and the expulsion country', () => {
    const { records } = parsed('export-en.csv');
    expect(records[1]).toMatchObject({
      externalId: 'https://prisoners.spring96.org/en/person/mikalai-statkevich',
      sourceUrl: 'https://prisoners.spring96.org/en/person/mikalai-statkevich',
      status: 'expelled',
      expelledTo: 'LT',
      names: { en: 'Mikalai Statkevich' },
    });
    expect(records[2]).toMatchObject({ status: 'whereabouts_unknown' });
  });

  it('quarantines broken rows with their line and reason, and reads the good ones', () => {
    const { records, quarantined } = parsed('export-broken.csv');
    expect(records.map((r) => r.names.en)).toEqual(['Good Person']);
    expect(quarantined.map((q) => [q.rowRef, q.reason])).toEqual([
      ['line 3', 'has 3 cells where the header has 10'],
      ['line 4', 'date of birth "31.02.1980" is not a real date'],
      ['line 5', 'status "on vacation" is not one Vestka knows'],
      ['line 6', 'penalty "community service" is not one Vestka can map to a status'],
      ['line 7', 'has no name'],
    ]);
  });

  it('quarantines namesakes it cannot tell apart instead of mixing up their news', () => {
    const csv =
      'Name and surname,Status,Date of birth\nIvan Ivanou,released,1980\nIvanou Ivan,political prisoner,1980\nIvan Ivanou,released,1981\n';
    const result = parseCsvExport(csv);
    expect(result.ok && result.records.map((r) => r.birthYear)).toEqual([1981]);
    expect(result.ok && result.quarantined.map((q) => q.rowRef)).toEqual(['line 2', 'line 3']);
  });

  it('with an id column: copies of one id that agree are one record, copies that disagree are all quarantined', () => {
    const csv =
      'ID,Name and surname,Status\nv1,Ivan Ivanou,released\nv2,Ales Ales,released\nv1,Ivan Ivanou,political prisoner\nv2,Ales  Ales,released\n';
    const result = parseCsvExport(csv);
    expect(result.ok && result.records.map((r) => r.externalId)).toEqual(['v2']);
    expect(result.ok && result.quarantined.map((q) => [q.rowRef, q.reason])).toEqual([
      ['line 2', 'line 4 has the same id "v1" with different status; no copy is applied'],
      ['line 4', 'line 2 has the same id "v1" with different status; no copy is applied'],
    ]);
  });

  it.each([
    ['export-no-name.csv', /^the CSV has no name column \(expected "Імя і прозвішча"/],
    ['export-bad-quote.csv', /^the CSV cannot be read: Quote Not Closed/],
  ])('refuses %s whole with a clear reason', (file, message) => {
    const result = parseCsvExport(sourceFixture(file));
    expect(!result.ok && result.error).toMatch(message);
  });

  it('fingerprints the header row', () => {
    expect(parsed('export-ru.csv').shape).toBe(
      'csv:имя и фамилия|статус|дата рождения|пол|дата задержания|предъявлены обвинения|дата приговора|решение суда|вид наказания|место заключения',
    );
  });

  it('reads "Surname (Other surname) Given" as the name and another name, the id from the name as listed', () => {
    const header = 'Імя і прозвішча;Статус;Дата нараджэння';
    const result = parseCsvExport(`${header}\nАндрэева (Бахвалава) Кацярына Аляксандраўна;Палітвязень;02.11.1993\n`);
    if (!result.ok) throw new Error(result.error);
    expect(result.records[0]).toMatchObject({
      externalId: 'name:аляксандраўна андрэева бахвалава кацярына|1993-11-02',
      names: { be: 'Андрэева Кацярына Аляксандраўна' },
      aliases: ['Бахвалава Кацярына Аляксандраўна'],
      aliasKinds: { 'Бахвалава Кацярына Аляксандраўна': 'other' },
    });
  });
});
