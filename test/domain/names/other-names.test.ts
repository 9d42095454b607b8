import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../src/domain/names/index.ts';
import { splitBracketedSurname } from '../../../src/domain/other-names.ts';

// Katsiaryna Andreyeva (Bakhvalava) is a journalist who writes under her maiden name's other form:
// a relative may know either (bench/data/names-extra.json has both with their sources).
const andreyeva = {
  id: 'andreyeva',
  names: [
    { text: 'Кацярына Андрэева', lang: 'be' },
    { text: 'Katsiaryna Andreyeva', lang: 'en' },
    { text: 'Кацярына Бахвалава', kind: 'former' as const },
  ],
};
const chystsiakova = {
  id: 'chystsiakova',
  names: [{ text: 'Вольга Чысцякова' }, { text: 'Вольга Мароз', kind: 'maiden' as const }],
};
const writer = {
  id: 'writer',
  names: [{ text: 'Уладзімір Мацкевіч' }, { text: 'Уладзь Лянкевіч', kind: 'pseudonym' as const }],
};
const index = new NameIndex([andreyeva, chystsiakova, writer]);

describe('other names on a record', () => {
  it('are matched on, and the answer says which kind of name matched', () => {
    expect(index.search('Katsiaryna Bakhvalava')).toMatchObject({
      decision: 'match',
      candidates: [{ id: 'andreyeva', name: 'Кацярына Бахвалава', kind: 'former' }],
    });
    expect(index.search('Olga Moroz')).toMatchObject({
      decision: 'match',
      candidates: [{ id: 'chystsiakova', kind: 'maiden' }],
    });
    expect(index.search('Uladz Liankevich')).toMatchObject({ candidates: [{ id: 'writer', kind: 'pseudonym' }] });
  });

  it('a main name that matches is reported without a kind', () => {
    const [top] = index.search('Katsiaryna Andreeva').candidates;
    expect(top).toMatchObject({ id: 'andreyeva' });
    expect(top!.kind).toBeUndefined();
  });

  it('"Surname (Other surname) Given" is two names of one person; a bracketed given name is not', () => {
    expect(splitBracketedSurname('Андрэева (Бахвалава) Кацярына Аляксандраўна')).toEqual({
      main: 'Андрэева Кацярына Аляксандраўна',
      other: 'Бахвалава Кацярына Аляксандраўна',
    });
    expect(splitBracketedSurname('Losik (Losyakova) Daria')).toEqual({ main: 'Losik Daria', other: 'Losyakova Daria' });
    expect(splitBracketedSurname('Anastasija (Nasta) Lojka')).toBeUndefined();
    expect(splitBracketedSurname('Alexander Lukashenko (Alyaksandr Lukashenka)')).toBeUndefined();
    expect(splitBracketedSurname('Алесь Бяляцкі')).toBeUndefined();
  });
});
