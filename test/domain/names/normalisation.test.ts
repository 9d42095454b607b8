import { describe, expect, it } from 'vitest';
import { compileQuery, parseName, transliterationKey } from '../../../src/domain/names/index.ts';
import { readings } from '../../../src/domain/names/name-parser.ts';
import { repairMixedScript } from '../../../src/domain/names/text-cleanup.ts';

const roles = (text: string): string[] => parseName(text)[0]!.tokens.map((t) => `${t.text}:${t.role}`);

describe('normalisation', () => {
  it('folds compatibility forms and case (NFKC)', () => {
    expect(transliterationKey('ＡＬＥＳ ＢＩＡＬＩＡＴＳＫＩ')).toBe(transliterationKey('Ales Bialiatski'));
  });

  it('drops stress marks and other combining marks', () => {
    expect(transliterationKey('Але́сь Бяля́цкі')).toBe(transliterationKey('Алесь Бяляцкі'));
    expect(transliterationKey('Dzmítry Klímau')).toBe(transliterationKey('Dzmitry Klimau'));
  });

  it('composes letters whose marks matter (й, ў) from decomposed input', () => {
    expect(transliterationKey('Аўтуховіч'.normalize('NFD'))).toBe(transliterationKey('Аўтуховіч'));
  });

  it('unifies apostrophes and quotes', () => {
    expect(transliterationKey('Дар’я')).toBe(transliterationKey("Дар'я"));
    expect(transliterationKey('«Ales» Bialiatski')).toBe(transliterationKey('Ales Bialiatski'));
  });

  it('keeps a hyphenated surname as one word', () => {
    expect(roles('Akihiro Hayeuski-Hanada')).toEqual(['akihiro:given', 'hayeuski-hanada:surname']);
    expect(transliterationKey('Hayeuski–Hanada')).toBe(transliterationKey('Hayeuski-Hanada'));
  });

  it('reads "Name (Other spelling)" and "Name [Other]" as alternatives', () => {
    expect(readings('Alexander Lukashenko (Alyaksandr Lukashenka)')).toEqual([
      'Alexander Lukashenko',
      'Alyaksandr Lukashenka',
    ]);
    expect(readings('Andrzej Poczobut [Andrej Pačobut]')).toEqual(['Andrzej Poczobut', 'Andrej Pačobut']);
  });

  it('puts a one-word bracket in place of the word before it', () => {
    expect(readings('Anastasija (Nasta) Lojka')).toEqual(['Anastasija Lojka', 'Nasta Lojka']);
    expect(readings('Daria Losik (Losyakova)')).toEqual(['Daria Losik', 'Daria Losyakova']);
  });

  it('reads the surname first before a comma', () => {
    expect(roles('Beljatsky, Ales Viktorovich')).toEqual(['beljatsky:surname', 'ales:given', 'viktorovich:patronymic']);
    expect(roles('Tikhanovsky, Sergei Leonidovich')).toEqual([
      'tikhanovsky:surname',
      'sergei:given',
      'leonidovich:patronymic',
    ]);
  });

  it('finds the surname first without a comma from the given-name table (Viasna lists)', () => {
    expect(roles('Стэфановіч Валянцін')).toEqual(['стэфановіч:surname', 'валянцін:given']);
  });

  it('reads a word in capitals as the surname', () => {
    expect(roles('LOIKA Nasta')).toEqual(['loika:surname', 'nasta:given']);
    expect(roles('ЛОЙКА Наста')).toEqual(['лойка:surname', 'наста:given']);
  });

  it('reads initials', () => {
    const [name] = parseName('S. A. Sapega');
    expect(name!.tokens.map((t) => [t.initial, t.role])).toEqual([
      [true, 'given'],
      [true, 'patronymic'],
      [false, 'surname'],
    ]);
    expect(parseName('A.Bialiackis')[0]!.tokens.map((t) => t.initial)).toEqual([true, false]);
  });

  it('finds the patronymic in both orders', () => {
    expect(roles('Алесь Віктаравіч Бяляцкі')).toEqual(['алесь:given', 'віктаравіч:patronymic', 'бяляцкі:surname']);
    expect(roles('Халіп Ірына Уладзіміраўна')).toEqual(['халіп:surname', 'ірына:given', 'уладзіміраўна:patronymic']);
  });

  it('repairs a Cyrillic letter inside a Latin word and the reverse', () => {
    expect(repairMixedScript('Tsikhanouskі')).toBe('Tsikhanouski');
    expect(repairMixedScript('Міkalai')).toBe('Mikalai');
    expect(repairMixedScript('Iрына')).toBe('Ірына');
    expect(repairMixedScript('Халiп')).toBe('Халіп');
    expect(transliterationKey('Міkalai Kazlou')).toBe(transliterationKey('Mikalai Kazlou'));
  });

  it('splits two capitalised words that lost the space between them', () => {
    expect(roles('КазлаўРаман')).toEqual(['казлаў:surname', 'раман:given']);
  });
});

describe('query hints', () => {
  it('takes a birth year out of the name', () => {
    expect(compileQuery('Dzmitry Kazlou 1985').hints).toEqual({ birthYear: 1985 });
    expect(compileQuery('Дзмітрый Казлоў, 1985 г.р.').hints).toEqual({ birthYear: 1985 });
    expect(compileQuery('Dzmitry Kazlou (b. 1985)').hints).toEqual({ birthYear: 1985 });
    expect(compileQuery('Казлоў Дзмітрый 03.05.1985').hints).toEqual({ birthYear: 1985 });
  });

  it('takes a town at the end of the query, in any script and case form', () => {
    expect(compileQuery('Dzmitry Kazlou, Homiel').hints).toEqual({ place: 'Гомель' });
    expect(compileQuery('Дмитрий Козлов из Гомеля').hints).toEqual({ place: 'Гомель' });
    expect(compileQuery('Dzmitry Kazlou Babruisk 1985').hints).toEqual({ birthYear: 1985, place: 'Бабруйск' });
  });

  it('leaves a surname that is also a town alone when it is the only surname', () => {
    expect(compileQuery('Ivan Slonim').hints).toEqual({});
  });

  it('drops the numbering and bullets of pasted lists', () => {
    expect(
      transliterationKey(
        compileQuery('12. Ales Bialiatski')
          .readings[0]!.tokens.map((t) => t.text)
          .join(' '),
      ),
    ).toBe(transliterationKey('Ales Bialiatski'));
    expect(compileQuery('3) Maryia Kalesnikava').readings[0]!.tokens).toHaveLength(2);
    expect(compileQuery('• Maryia Kalesnikava').readings[0]!.tokens).toHaveLength(2);
  });
});
