import { describe, expect, it } from 'vitest';
import { matchOne, NameIndex } from '../../../src/domain/names/index.ts';
import { person, wordSimilarity } from './support.ts';

const outcome = (result: { decision: string; candidates: { id: string }[] }) => ({
  decision: result.decision,
  id: result.candidates[0]?.id,
});

describe('the forms people really use', () => {
  it('Алесь is the everyday form of Аляксандр and of Аляксей', () => {
    const aliaksei = person('aliaksei', 'Аляксей Ушкевіч', 'Алексей Ушкевич', 'Aliaksei Ushkevich');
    const aliaksandr = person('aliaksandr', 'Аляксандр Кабанаў', 'Александр Кабанов', 'Aliaksandr Kabanau');
    for (const query of ['Алесь Ушкевіч', 'Ales Ushkevich', 'Aleś Uškievič'])
      expect(outcome(matchOne(query, aliaksei)), query).toEqual({ decision: 'match', id: 'aliaksei' });
    for (const query of ['Алесь Кабанаў', 'Ales Kabanau'])
      expect(outcome(matchOne(query, aliaksandr)), query).toEqual({ decision: 'match', id: 'aliaksandr' });
    // Аляксей and Аляксандр themselves stay two names.
    expect(wordSimilarity('Аляксей', 'Аляксандр')).toBeLessThan(0.5);
  });

  it('a short or affectionate form, in Belarusian, Russian or Latin letters, is the full name', () => {
    const cases: [string, string][] = [
      ['Віка Кульша', 'Вікторыя Кульша'],
      ['Вика Кульша', 'Вікторыя Кульша'],
      ['Vika Kulsha', 'Вікторыя Кульша'],
      ['Юля Шарко', 'Юлія Шарко'],
      ['Yulia Sharko', 'Юлія Шарко'],
      ['Сярожа Пятроў', 'Сяргей Пятроў'],
      ['Серёжа Петров', 'Сяргей Пятроў'],
      ['Seryozha Petrov', 'Сяргей Пятроў'],
      ['Вова Гаўрылаў', 'Уладзімір Гаўрылаў'],
      ['Valodzia Haurylau', 'Уладзімір Гаўрылаў'],
      ["Віця Лук'янчык", "Віктар Лук'янчык"],
      ['Витя Лукьянчик', "Віктар Лук'янчык"],
      ['Галя Мароз', 'Галіна Мароз'],
      ['Лера Сарокіна', 'Валерыя Сарокіна'],
      ['Тоня Бабіч', 'Антаніна Бабіч'],
      ['Стас Клімовіч', 'Станіслаў Клімовіч'],
      ['Рома Лукашык', 'Раман Лукашык'],
      ['Макс Знак', 'Максім Знак'],
      ['Наста Лойка', 'Анастасія Лойка'],
      ['Дзіма Дашкевіч', 'Дзмітрый Дашкевіч'],
      ['Саша Францкевіч', 'Аляксандр Францкевіч'],
    ];
    for (const [query, name] of cases)
      expect(matchOne(query, person('p', name)).decision, `${query} / ${name}`).toBe('match');
  });

  it('short forms keep different names apart', () => {
    expect(wordSimilarity('Віка', 'Валерыя')).toBeLessThan(0.5);
    expect(wordSimilarity('Галя', 'Ганна')).toBeLessThan(0.5);
    expect(matchOne('Юля Шарко', person('p', 'Яна Шарко')).decision).not.toBe('match');
  });

  it('Belarusian prothetic В and Г: the word with them is the word without', () => {
    const usau = person('usau', 'Павел Вусаў');
    for (const query of ['Павел Усов', 'Pavel Usov', 'Paweł Usow', 'Pavel Usau'])
      expect(outcome(matchOne(query, usau)), query).toEqual({ decision: 'match', id: 'usau' });
    const arekhau = person('arekhau', 'Ігар Арэхаў');
    for (const query of ['Ігар Гарэхаў', 'Ihar Harekhau'])
      expect(outcome(matchOne(query, arekhau)), query).toEqual({ decision: 'match', id: 'arekhau' });
    const ostrikov = person('ostrikov', 'Андрей Остриков');
    for (const query of ['Андрэй Вострыкаў', 'Andrei Vostrykau'])
      expect(outcome(matchOne(query, ostrikov)), query).toEqual({ decision: 'match', id: 'ostrikov' });
    expect(wordSimilarity('Вусаў', 'Усов')).toBeGreaterThan(0.85);
    // Only a consonant before a vowel at the start of the word is prothetic.
    expect(wordSimilarity('Волкаў', 'Олкаў')).toBeGreaterThan(wordSimilarity('Волкаў', 'Лкаў'));
  });

  it('a surname alone with one typo lists the persons it is near', () => {
    const register = new NameIndex([
      person('usau', 'Павел Вусаў', 'Павел Усов'),
      person('statkevich', 'Мікалай Статкевіч', 'Mikalai Statkevich'),
      person('kulsha', 'Вікторыя Кульша', 'Viktoryia Kulsha'),
    ]);
    for (const [query, id] of [
      ['Sttkevich', 'statkevich'],
      ['Ustov', 'usau'],
      ['Kulsa', 'kulsha'],
      ['Кульшаа', 'kulsha'],
    ] as const) {
      expect(
        register.search(query).candidates.map((c) => c.id),
        query,
      ).toContain(id);
    }
  });
});
