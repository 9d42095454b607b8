import { describe, expect, it } from 'vitest';
import { MAX_NAME_QUERY, readNameQuery } from '../../src/domain/name-query.ts';

const reason = (text: string) => {
  const q = readNameQuery(text);
  return q.ok ? 'ok' : q.problem.reason;
};

describe('reading a typed name', () => {
  it.each([
    ['Алесь Бяляцкі', 'Алесь Бяляцкі'],
    ['  ales   bialiatski ', 'ales bialiatski'],
    ['Ales\nBialiatski\t1962', 'Ales Bialiatski 1962'],
    ['Мар’я Калеснікава', 'Мар’я Калеснікава'],
    ['Beljatsky, Ales Viktorovich', 'Beljatsky, Ales Viktorovich'],
    ['Alexander Lukashenko (Alyaksandr Lukashenka)', 'Alexander Lukashenko (Alyaksandr Lukashenka)'],
    ['12. Ціханоўская С. Г.', '12. Ціханоўская С. Г.'],
    ['Ivan Ivanou 03.05.1985 з Гомеля', 'Ivan Ivanou 03.05.1985 з Гомеля'],
    ['Aleś Bialacki', 'Aleś Bialacki'],
    ['Полина-Шарендо Панасюк', 'Полина-Шарендо Панасюк'],
  ])('accepts %j as %j', (text, name) => {
    expect(readNameQuery(text)).toEqual({ ok: true, name });
  });

  it('strips zero-width characters and right-to-left marks, which make equal names differ', () => {
    expect(readNameQuery('\u200BАлесь\u200D \u202EБяляцкі\u202C\u200F\uFEFF')).toEqual({
      ok: true,
      name: 'Алесь Бяляцкі',
    });
    expect(readNameQuery('\u2066Ales\u2069 \u00ADBialiatski')).toEqual({ ok: true, name: 'Ales Bialiatski' });
  });

  it('refuses empty text, and text that is only spaces or invisible marks', () => {
    for (const text of ['', '   ', '\n\t', '\u200B\u200E\u200F\u2066']) expect(reason(text)).toBe('empty');
  });

  it('refuses 5,000 characters, and anything over the limit, saying the limit', () => {
    expect(readNameQuery('Алесь '.repeat(834))).toEqual({
      ok: false,
      problem: { reason: 'too_long', max: MAX_NAME_QUERY },
    });
    expect(reason('a'.repeat(MAX_NAME_QUERY + 1))).toBe('too_long');
  });

  it('tells only emoji apart from other text without letters', () => {
    for (const text of ['😀', '🙏🏻🙏🏻', '❤️ 🕊️', '👨‍👩‍👧']) expect(reason(text)).toBe('emoji_only');
    for (const text of ['12345', '...', '?!', '1985', '+375 29 1234567']) expect(reason(text)).toBe('no_letters');
    expect(reason('А')).toBe('no_letters');
  });

  it.each([
    ['علي حسن', 'arabic'],
    ['王小明', 'chinese'],
    ['やまだ たろう', 'japanese'],
    ['김민수', 'korean'],
    ['דוד כהן', 'hebrew'],
    ['Νίκος Παπαδόπουλος', 'greek'],
    ['გიორგი', 'georgian'],
  ])('refuses %j and names its script (%s)', (text, script) => {
    expect(readNameQuery(text)).toEqual({ ok: false, problem: { reason: 'script', script } });
  });

  it('leaves a stray look-alike letter in a Latin name to the name engine', () => {
    expect(reason('Alesα Bialiatski')).toBe('ok');
  });

  it.each([
    "'; DROP TABLE follows; --",
    "Robert'); DROP TABLE prisoners;--",
    'SELECT name FROM prisoners',
    '1=1 OR name',
    'https://t.me/vestka_bot',
    'someone@example.org',
    'Ivan +375291234567',
    '<script>alert(1)</script>',
    'Ivan1 Petrov',
  ])('refuses %j as not a name', (text) => {
    expect(reason(text)).toBe('not_a_name');
  });

  it('refuses a sentence: more words than any name with a year and a town', () => {
    expect(readNameQuery('Please tell me where my brother is held since last week')).toEqual({
      ok: false,
      problem: { reason: 'too_many_words', max: 8 },
    });
  });
});
