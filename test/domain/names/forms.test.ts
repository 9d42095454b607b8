import { describe, expect, it } from 'vitest';
import { parseName } from '../../../src/domain/names/index.ts';
import { surnameForm } from '../../../src/domain/names/surname-forms.ts';
import { SAME_GIVEN_NAME } from '../../../src/domain/names/token-similarity.ts';
import { wordSimilarity } from './support.ts';

describe('Belarusian and Russian forms of one surname', () => {
  it.each([
    ['unstressed o / a (аканне)', 'Калеснікава', 'Колесникова'],
    ['unstressed o / a in a Latin spelling', 'Kalesnikava', 'Kolesnikova'],
    ['е / я (яканне)', 'Бяляцкі', 'Беляцкий'],
    ['е / я in Latin', 'Sieviaryniets', 'Severinets'],
    ['-ка / -ко', 'Лукашэнка', 'Лукашенко'],
    ['-ау / -ов', 'Kazlou', 'Kozlov'],
    ['-оў / -ов', 'Саннікаў', 'Санников'],
    ['-аў / -ов in Latin', 'Klimau', 'Klimov'],
    ['-скі / -ский', 'Ціханоўскі', 'Тихановский'],
    ['г / h', 'Halavach', 'Golovach'],
    ['ц / т', 'Ціханоўская', 'Тихановская'],
    ['дз / д', 'Дзядок', 'Дедок'],
    ['Lithuanian case ending', 'Bialiackis', 'Bialiatski'],
    ['Lithuanian -as', 'Znakas', 'Znak'],
  ])('%s: %s ~ %s', (_rule, a, b) => {
    expect(wordSimilarity(a, b)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('gendered surnames', () => {
  it.each([
    ['Ціханоўскі', 'Ціханоўская'],
    ['Tsikhanouski', 'Tsikhanouskaya'],
    ['Тихановский', 'Тихановская'],
    ['Cichanouski', 'Cichanouska'],
    ['Tichanovskij', 'Tichanovskaja'],
    ['Kazlou', 'Kazlova'],
    ['Казлоў', 'Казлова'],
    ['Калеснікаў', 'Калеснікава'],
    ['Пуцін', 'Пуціна'],
  ])('%s and %s are different people', (masculine, feminine) => {
    expect(surnameForm(parseName(masculine)[0]!.tokens[0]!.phonetic).gender).toBe('m');
    expect(surnameForm(parseName(feminine)[0]!.tokens[0]!.phonetic).gender).toBe('f');
    expect(wordSimilarity(masculine, feminine)).toBe(0);
  });

  it('leaves surnames without a gendered ending to both', () => {
    expect(wordSimilarity('Лукашэнка', 'Lukashenka')).toBeGreaterThan(0.9);
    expect(surnameForm(parseName('Losik')[0]!.tokens[0]!.phonetic).gender).toBeUndefined();
    expect(surnameForm(parseName('Statkevich')[0]!.tokens[0]!.phonetic).gender).toBeUndefined();
  });
});

describe('given-name equivalence classes', () => {
  it.each([
    ['Аляксандр', 'Александр'],
    ['Aliaksandr', 'Alexander'],
    ['Алесь', 'Aliaksandr'],
    ['Aleś', 'Alaksandr'],
    ['Мікалай', 'Николай'],
    ['Mikola', 'Mikalai'],
    ['Mikołaj', 'Nikolai'],
    ['Сяргей', 'Сергей'],
    ['Siarhei', 'Sergej'],
    ['Уладзімір', 'Владимир'],
    ['Uładź', 'Vladimir'],
    ['Зміцер', 'Дзмітрый'],
    ['Zmitser', 'Dmitry'],
    ['Вольга', 'Ольга'],
    ['Volha', 'Olga'],
    ['Ганна', 'Анна'],
    ['Юрый', 'Юрий'],
    ['Яўген', 'Евгений'],
    ['Yauhen', 'Yevgeny'],
    ['Andrew', 'Andrei'],
    ['Andrzej', 'Андрэй'],
    ['Paul', 'Павал'],
    ['Nasta', 'Anastasiya'],
    ['Святлана', 'Svetlana'],
    ['Ihar', 'Игорь'],
    ['Viktaras', 'Віктар'],
  ])('%s is %s', (a, b) => {
    expect(wordSimilarity(a, b)).toBeGreaterThanOrEqual(SAME_GIVEN_NAME);
  });

  it('keeps different given names apart even when they sound alike', () => {
    expect(wordSimilarity('Mikalai', 'Mikita')).toBeLessThan(0.5);
    expect(wordSimilarity('Марыя', 'Марына')).toBeLessThan(0.5);
    expect(wordSimilarity('Ihar', 'Darya')).toBeLessThan(0.5);
  });

  it('finds a given name with a typo in it', () => {
    expect(wordSimilarity('Ualdzimir', 'Владимир')).toBeGreaterThanOrEqual(SAME_GIVEN_NAME);
  });
});

describe('typos', () => {
  it.each([
    ['Zolortorjov', 'Zolotorjov'],
    ['Stakevitsj', 'Statkevitsj'],
    ['Lukahenko', 'Lukashenko'],
    ['Bialiatsky', 'Bialiatski'],
    ['Kalesnikva', 'Kalesnikava'],
  ])('%s ~ %s', (a, b) => {
    expect(wordSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });
});
