import { describe, expect, it } from 'vitest';
import { penaltyStatus, readStatusCell } from '../../src/source/viasna-status.ts';
import { readArticles, readDate, readSentence } from '../../src/source/viasna-values.ts';

describe('Viasna-style cell values', () => {
  it.each([
    ['освобождён(а)', { status: 'released' }],
    ['Вызвалены(а)', { status: 'released' }],
    ['released', { status: 'released' }],
    ['памілаваны', { status: 'pardoned' }],
    ['депортирован в Украину', { status: 'expelled', country: 'UA' }],
    ['месца знаходжання невядома', { status: 'whereabouts_unknown' }],
    ['held incommunicado', { status: 'whereabouts_unknown' }],
    ['памёр у зняволенні', { status: 'died_in_custody' }],
    ['Былы палітвязень', { status: 'former' }],
    ['политзаключённый', { status: 'active' }],
    ['unknown', undefined],
    ['неизвестно', undefined],
    ['невядома', undefined],
    ['', undefined],
  ])('status %j', (text, expected) => {
    expect(readStatusCell(text)).toEqual(expected);
  });

  it.each([
    ['хімія', 'restricted_freedom'],
    ['ограничение свободы с направлением', 'restricted_freedom'],
    ['домашний арест', 'house_arrest'],
    ['принудительное лечение', 'compulsory_treatment'],
    ['калонія строгага рэжыму', 'imprisoned'],
    ['prison', 'imprisoned'],
    ['штраф', undefined],
  ])('penalty %j', (text, expected) => {
    expect(penaltyStatus(text)).toBe(expected);
  });

  it('reads terms in three languages', () => {
    expect(readSentence('3 гады 6 месяцаў калоніі')).toEqual({ years: 3, months: 6 });
    expect(readSentence('1,5 года колонии')).toEqual({ years: 1, months: 6 });
    expect(readSentence('6 месяцев ареста')).toEqual({ years: 0, months: 6 });
    expect(readSentence('life')).toBeUndefined();
  });

  it('reads articles, not part numbers', () => {
    expect(readArticles('ч. 1 ст. 342, ст. 361-1, ч. 2 арт. 130 КК')).toEqual(['342', '361-1', '130']);
  });

  it('reads dates, years only where allowed, and says what is wrong', () => {
    expect(readDate('5.3.2024', 'date')).toEqual({ date: '2024-03-05', year: 2024 });
    expect(readDate('1980', 'date of birth', true)).toEqual({ year: 1980 });
    expect(readDate('1980', 'date of verdict')).toEqual({
      error: 'date of verdict "1980" is not a date like 25.09.1962',
    });
  });
});
