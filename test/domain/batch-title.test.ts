import { describe, expect, it } from 'vitest';
import {
  batchTitleValue,
  guessTitleLanguage,
  mergeTitles,
  pickBatchTitle,
  readTitles,
} from '../../src/domain/batch-title.ts';

describe('batch titles per language', () => {
  it("guesses a title's language from letters only one language writes, else from the admin's language", () => {
    expect(guessTitleLanguage('Памілаваныя 14 палітвязняў', 'en')).toBe('be');
    expect(guessTitleLanguage('Помилованы 14 политзаключённых', 'be')).toBe('ru');
    expect(guessTitleLanguage('13 December 2025: 123 released', 'ru')).toBe('en');
    // Neither і/ў nor и/щ/ъ: the letters cannot tell.
    expect(guessTitleLanguage('13 снежня 2025: вызвалены 123', 'be')).toBe('be');
    expect(guessTitleLanguage('13 декабря 2025: освобождены 123', 'en')).toBe('ru');
  });

  it('reads one title, or one line per language with its prefix, and refuses a mix or a bad length', () => {
    expect(readTitles('  13 December 2025: 123 released ', 'be', false)).toEqual({
      ok: true,
      titles: { en: '13 December 2025: 123 released' },
      guessed: 'en',
    });
    expect(readTitles('be: Вызваленне\nEN: Release\n\nru:Освобождение', 'en', false)).toEqual({
      ok: true,
      titles: { be: 'Вызваленне', en: 'Release', ru: 'Освобождение' },
    });
    expect(readTitles('Release', 'en', true)).toEqual({ ok: false, problem: 'title_prefix' });
    expect(readTitles('en: Release\nВызваленне', 'en', false)).toEqual({ ok: false, problem: 'title_prefix' });
    expect(readTitles('Release\nMore', 'en', false)).toEqual({ ok: false, problem: 'title_prefix' });
    expect(readTitles('en: ab', 'en', false)).toEqual({ ok: false, problem: 'title' });
    expect(readTitles('x'.repeat(121), 'en', false)).toEqual({ ok: false, problem: 'title' });
  });

  it('adds later titles; the same title under another language replaces a wrong guess', () => {
    expect(mergeTitles({ ru: '13 снежня: вызвалены' }, { be: '13 снежня: вызвалены' })).toEqual({
      be: '13 снежня: вызвалены',
    });
    expect(mergeTitles({ ru: 'Освобождены' }, { en: 'Released', be: 'Вызваленыя' })).toEqual({
      ru: 'Освобождены',
      en: 'Released',
      be: 'Вызваленыя',
    });
  });

  it('gives a subscriber their own title, else the nearest other one with its language, else the title as first typed', () => {
    const batch = { title: 'Освобождены', titles: { ru: 'Освобождены', en: 'Released' } };
    expect(pickBatchTitle(batch, 'en')).toEqual({ text: 'Released' });
    expect(pickBatchTitle(batch, 'be')).toEqual({ text: 'Освобождены', language: 'ru' });
    expect(pickBatchTitle({ title: 'Released', titles: { en: 'Released' } }, 'be')).toEqual({
      text: 'Released',
      language: 'en',
    });
    expect(pickBatchTitle({ title: 'Old batch', titles: {} }, 'ru')).toEqual({ text: 'Old batch' });
    expect(pickBatchTitle({ title: 'Old batch', titles: null }, 'ru')).toEqual({ text: 'Old batch' });
  });

  it("as an alert value: plain text in the subscriber's language, else a quotation with the title escaped", () => {
    const batch = { title: 'A <b> & B', titles: { en: 'A <b> & B' } };
    expect(batchTitleValue(batch, 'en')).toBe('A <b> & B');
    expect(batchTitleValue(batch, 'ru')).toEqual({
      key: 'release-title-quoted',
      vars: { title: 'A &lt;b&gt; &amp; B', language: 'en' },
    });
  });
});
