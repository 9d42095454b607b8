import { describe, expect, it } from 'vitest';
import { compileQuery, matchOne, NameIndex, THRESHOLDS } from '../../../src/domain/names/index.ts';
import type { PersonRecord } from '../../../src/domain/names/index.ts';
import { person } from './support.ts';

const sergei = person('sergei', 'Сяргей Ціханоўскі', 'Сергей Тихановский', 'Siarhei Tsikhanouski');
const sviatlana = person('sviatlana', 'Святлана Ціханоўская', 'Светлана Тихановская', 'Sviatlana Tsikhanouskaya');
const siarheiRazanovich = person('razanovich-father', 'Сяргей Разановіч', 'Сергей Резанович', 'Siarhei Razanovich');
const pavalRazanovich = person('razanovich-son', 'Павел Разановіч', 'Павел Резанович', 'Paval Razanovich');
const ihar = person('ihar-losik', 'Ігар Лосік', 'Игорь Лосик', 'Ihar Losik');
const darya = person('darya-losik', "Дар'я Лосік", 'Дарья Лосик', 'Darya Losik');
const dzmitryKazlou: PersonRecord = {
  ...person('kazlou-1', 'Дзмітрый Казлоў', 'Дмитрий Козлов', 'Dzmitry Kazlou'),
  birthYear: 1985,
  region: 'Гомель',
};
const dzmitryKazlou2: PersonRecord = {
  ...person('kazlou-2', 'Дзмітрый Казлоў', 'Дмитрий Козлов', 'Dzmitry Kazlou'),
  birthYear: 1990,
  region: 'Мінская вобласць',
};
const mikalaiKazlou = person('kazlou-3', 'Мікалай Казлоў', 'Николай Козлов', 'Mikalai Kazlou');

const register = new NameIndex([
  sergei,
  sviatlana,
  siarheiRazanovich,
  pavalRazanovich,
  ihar,
  darya,
  dzmitryKazlou,
  dzmitryKazlou2,
  mikalaiKazlou,
]);
const top = (query: string) => register.search(query);
/** The decision and the best candidate's id. */
const outcome = (result: { decision: string; candidates: { id: string }[] }) => ({
  decision: result.decision,
  id: result.candidates[0]?.id,
});

describe('decision', () => {
  it('matches a full name in another script and romanisation', () => {
    expect(outcome(top('Svetlana Tichanovskaja'))).toEqual({ decision: 'match', id: 'sviatlana' });
    expect(outcome(top('Sergej Tichanovski'))).toEqual({ decision: 'match', id: 'sergei' });
    expect(outcome(top('Swiatłana Cichanouska'))).toEqual({ decision: 'match', id: 'sviatlana' });
  });

  it('never merges husband and wife (gendered surname forms)', () => {
    for (const q of ['Tsikhanouskaya', 'Тихановская', 'Cichanouska', 'Sviatlana Tsikhanouskaya']) {
      expect(top(q).candidates.map((c) => c.id)).not.toContain('sergei');
    }
    for (const q of ['Tsikhanouski', 'Тихановский', 'Siarhei Tsikhanouski']) {
      expect(top(q).candidates.map((c) => c.id)).not.toContain('sviatlana');
    }
  });

  it('never merges husband and wife with the same ungendered surname', () => {
    expect(outcome(top('Igor Losik'))).toEqual({ decision: 'match', id: 'ihar-losik' });
    expect(outcome(top('Daria Losik'))).toEqual({ decision: 'match', id: 'darya-losik' });
  });

  it('never merges father and son', () => {
    expect(outcome(top('Siarhei Rezanovich'))).toEqual({ decision: 'match', id: 'razanovich-father' });
    expect(outcome(top('Pavel Rezanovich'))).toEqual({ decision: 'match', id: 'razanovich-son' });
  });

  it('answers ambiguous for a surname alone', () => {
    const result = top('Razanovich');
    expect(result.decision).toBe('ambiguous');
    expect(result.candidates.map((c) => c.id).sort()).toEqual(['razanovich-father', 'razanovich-son']);
  });

  it('answers ambiguous for namesakes', () => {
    const result = top('Zmitser Kazlou');
    expect(result.decision).toBe('ambiguous');
    expect(
      result.candidates
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['kazlou-1', 'kazlou-2']);
  });

  it('lets a birth year or a town in the query single a namesake out', () => {
    expect(outcome(top('Dzmitry Kazlou 1985'))).toEqual({ decision: 'match', id: 'kazlou-1' });
    expect(top('Dzmitry Kazlou 1985').hints).toEqual({ birthYear: 1985 });
    expect(outcome(top('Дмитрий Козлов 1990 г.р.'))).toEqual({ decision: 'match', id: 'kazlou-2' });
    expect(outcome(top('Dzmitry Kazlou, Homiel'))).toEqual({ decision: 'match', id: 'kazlou-1' });
    expect(top('Dzmitry Kazlou, Homiel').hints).toEqual({ place: 'Гомель' });
    expect(outcome(top('Dzmitry Kazlou, Barysau'))).toEqual({ decision: 'match', id: 'kazlou-2' });
  });

  it('does not match when the hint fits no one', () => {
    expect(top('Dzmitry Kazlou 1970').decision).toBe('ambiguous');
  });

  it('does not let a hint decide against a namesake whose birth year is unknown', () => {
    const index = new NameIndex([dzmitryKazlou, { ...dzmitryKazlou2, birthYear: undefined }]);
    expect(index.search('Dzmitry Kazlou 1985').decision).toBe('ambiguous');
  });

  it('tells a different given name apart (namesakes by surname)', () => {
    expect(outcome(top('Mikalai Kazlou'))).toEqual({ decision: 'match', id: 'kazlou-3' });
  });

  it('answers none for a person who is not registered', () => {
    expect(top('Andrzej Poczobut')).toMatchObject({ decision: 'none', candidates: [] });
  });

  it('gives scores in [0, 1], best first, at most the limit', () => {
    const result = register.search('Kazlou', { limit: 2 });
    expect(result.candidates).toHaveLength(2);
    for (const c of result.candidates) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
    expect(result.candidates[0]!.score).toBeGreaterThanOrEqual(result.candidates[1]!.score);
  });

  it('needs more than an initial and a loose surname for match', () => {
    const index = new NameIndex([
      person('kalesnikava', 'Марыя Калеснікава', 'Мария Колесникова', 'Maryia Kalesnikava'),
    ]);
    expect(index.search('M. Kalesnikava').decision).toBe('match');
    expect(index.search('M. Kalesnikva').decision).toBe('ambiguous');
    expect(index.search('A. Kalesnikava').decision).not.toBe('match');
  });

  it('keeps the thresholds in order', () => {
    expect(THRESHOLDS.candidate).toBeLessThan(THRESHOLDS.match);
    expect(THRESHOLDS.surname).toBeLessThanOrEqual(THRESHOLDS.surnameWithInitial);
  });
});

describe('many persons sharing a surname', () => {
  const givenNames = [
    'Аляксандр',
    'Сяргей',
    'Андрэй',
    'Мікалай',
    'Уладзімір',
    'Аляксей',
    'Віктар',
    'Павел',
    'Ігар',
    'Юрый',
    'Яўген',
    'Максім',
  ];
  const kazlous = Array.from({ length: 60 }, (_, i) => person(`k${i}`, `${givenNames[i % givenNames.length]!} Казлоў`));

  it('keeps every namesake with the same given name in the running', () => {
    const index = new NameIndex([...kazlous, person('dz-1', 'Дзмітрый Казлоў'), person('dz-2', 'Дмитрий Козлов')]);
    const result = index.search('Dzmitry Kazlou');
    expect(result.decision).toBe('ambiguous');
    expect(
      result.candidates
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['dz-1', 'dz-2']);
  });

  it('still matches the one person with that given name', () => {
    const index = new NameIndex([...kazlous, person('dz-1', 'Дзмітрый Казлоў')]);
    expect(outcome(index.search('Zmitser Kazlou'))).toEqual({ decision: 'match', id: 'dz-1' });
  });
});

describe('index', () => {
  it('finds a person added later and forgets a removed one', () => {
    const index = new NameIndex();
    expect(index.search('Ales Bialiatski').decision).toBe('none');
    index.upsert(person('ales', 'Алесь Бяляцкі', 'Алесь Беляцкий', 'Ales Bialiatski'));
    expect(index.size).toBe(1);
    expect(outcome(index.search('Aleś Bialacki'))).toEqual({ decision: 'match', id: 'ales' });
    index.remove('ales');
    expect(index.size).toBe(0);
    expect(index.search('Aleś Bialacki').decision).toBe('none');
  });

  it('replaces a record on upsert', () => {
    const index = new NameIndex([person('p1', 'Марфа Рабкова')]);
    index.upsert(person('p1', 'Марыя Калеснікава'));
    expect(index.search('Marfa Rabkova').decision).toBe('none');
    expect(outcome(index.search('Maria Kolesnikova'))).toEqual({ decision: 'match', id: 'p1' });
  });

  it('checks a stored query against one new person (pending follows)', () => {
    const stored = compileQuery('Nikolaj Statkevitsj');
    const newcomer = person('statkevich', 'Мікалай Статкевіч', 'Николай Статкевич', 'Mikalai Statkevich');
    expect(matchOne('Nikolaj Statkevitsj', newcomer).decision).toBe('match');
    const index = new NameIndex([newcomer]);
    expect(index.score(stored, 'statkevich')!.score).toBeGreaterThan(THRESHOLDS.match);
    expect(matchOne('Mikola Dedok', newcomer).decision).toBe('none');
  });
});
