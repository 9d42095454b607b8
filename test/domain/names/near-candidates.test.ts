import { describe, expect, it } from 'vitest';
import { NameIndex, THRESHOLDS } from '../../../src/domain/names/index.ts';
import { person } from './support.ts';

// "Nobody found" stops a relative; "did you mean …?" keeps them. A person whose surname is near the
// query's is listed (decision `ambiguous`, a lower score) even when the given name disagrees or the
// surname carries a typo. Only a query near nobody gets `none`.
const register = new NameIndex([
  person('bialiatski', 'Алесь Бяляцкі', 'Алесь Беляцкий', 'Ales Bialiatski'),
  person('kalesnikava', 'Марыя Калеснікава', 'Мария Колесникова', 'Maryia Kalesnikava'),
  person('statkevich', 'Мікалай Статкевіч', 'Николай Статкевич', 'Mikalai Statkevich'),
  person('tsikhanouski', 'Сяргей Ціханоўскі', 'Сергей Тихановский', 'Siarhei Tsikhanouski'),
  person('losik', 'Ігар Лосік', 'Игорь Лосик', 'Ihar Losik'),
]);
const ids = (query: string) => register.search(query).candidates.map((c) => c.id);

describe('near candidates instead of an empty answer', () => {
  it('a given name that disagrees lowers the score but keeps the person listed', () => {
    for (const query of [
      'Андрэй Бяляцкі',
      'Andrei Bialiatski',
      'Pavel Belyatsky',
      'Вольга Статкевіч'.replace('Вольга', 'Віктар'),
    ]) {
      const result = register.search(query);
      expect(result.decision, query).toBe('ambiguous');
      expect(result.candidates[0]?.id, query).toBeDefined();
    }
    expect(ids('Andrei Bialiatski')).toEqual(['bialiatski']);
    expect(ids('Pavel Belyatsky')).toEqual(['bialiatski']);
    const full = register.search('Ales Bialiatski').candidates[0]!.score;
    expect(register.search('Pavel Belyatsky').candidates[0]!.score).toBeLessThan(Math.min(full, THRESHOLDS.candidate));
  });

  it('a surname with one typo, alone or with the given name, still lists the person', () => {
    expect(ids('Statkewycz')).toContain('statkevich');
    expect(ids('Stakevich')).toContain('statkevich');
    expect(ids('Bialatski')).toContain('bialiatski');
    expect(ids('Kalesnikova')).toContain('kalesnikava');
    expect(ids('Kalesnkava')).toContain('kalesnikava');
    expect(ids('Mikolai Statkiewich')).toContain('statkevich');
    expect(ids('Lossik')).toContain('losik');
  });

  it('these answers are never `match`', () => {
    for (const query of ['Andrei Bialiatski', 'Stakevich', 'Kalesnkava', 'Pavel Belyatsky'])
      expect(register.search(query).decision, query).toBe('ambiguous');
  });

  it('answers none only when nothing is near', () => {
    for (const query of ['Ivan Petrov', 'Zhukouski', 'Maryia Ivanova']) {
      expect(register.search(query), query).toMatchObject({ decision: 'none', candidates: [] });
    }
  });

  it('keeps husband and wife apart even as near candidates', () => {
    expect(ids('Sviatlana Tsikhanouskaya')).not.toContain('tsikhanouski');
    expect(ids('Tsikhanouskaja')).not.toContain('tsikhanouski');
  });
});
