import { describe, expect, it } from 'vitest';
import { parseReleaseList } from '../../src/domain/release-list.ts';
import { canUndo, classifyLines, countLines, needsSecondAdmin } from '../../src/domain/release-preview.ts';

function lines(text: string) {
  const result = parseReleaseList(text);
  if (!result.ok) throw new Error(result.problem);
  return result.lines;
}

describe('reading a pasted release list', () => {
  it('strips every numbering style and keeps the order', () => {
    expect(
      lines('1. Ales Bialiatski\n2) Марыя Калеснікава\n№ 3 - Ihar Losik\n  - Mikola Statkevich\n• Ксения Луцкина').map(
        (l) => [l.lineNo, l.name],
      ),
    ).toEqual([
      [1, 'Ales Bialiatski'],
      [2, 'Марыя Калеснікава'],
      [3, 'Ihar Losik'],
      [4, 'Mikola Statkevich'],
      [5, 'Ксения Луцкина'],
    ]);
  });

  it('splits a comma-separated list, but not "Surname, Given"', () => {
    expect(lines('Ales Bialiatski, Ihar Losik, Maryia Kalesnikava').map((l) => l.name)).toEqual([
      'Ales Bialiatski',
      'Ihar Losik',
      'Maryia Kalesnikava',
    ]);
    expect(lines('Bialiatski, Ales\nKalesnikava, Maryia').map((l) => l.name)).toEqual([
      'Bialiatski, Ales',
      'Kalesnikava, Maryia',
    ]);
  });

  it('reads birth years, the other spelling in brackets and a per-person country', () => {
    const [a, b, c] = lines(
      '12. Казлоў Дзмітрый, 1985 г.р.\nMaryia Kalesnikava (Мария Колесникова) 1982\nІгар Лосік -> lt',
    );
    expect(a).toMatchObject({
      name: 'Казлоў Дзмітрый',
      birthYear: 1985,
      otherName: null,
      country: null,
      text: 'Казлоў Дзмітрый 1985',
    });
    expect(b).toMatchObject({
      name: 'Maryia Kalesnikava',
      otherName: 'Мария Колесникова',
      birthYear: 1982,
      text: 'Maryia Kalesnikava (Мария Колесникова) 1982',
    });
    expect(c).toMatchObject({ name: 'Ігар Лосік', country: 'LT' });
  });

  it('drops headings without letters, zero-width marks and blank lines; refuses an empty or huge list', () => {
    expect(lines('\u200bСпіс\n\n---\n1.\n2. Ihar\u200f Losik').map((l) => l.name)).toEqual(['Спіс', 'Ihar Losik']);
    expect(parseReleaseList(' \n 1. \n 😀 ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseReleaseList(Array.from({ length: 401 }, (_, i) => `Name Surname${i}`).join('\n'))).toEqual({
      ok: false,
      problem: 'too_many_lines',
      count: 401,
    });
  });
});

describe('classifying matched lines', () => {
  it('tells matched, already released, listed twice, ambiguous and not found apart', () => {
    const classified = classifyLines([
      { decision: 'match', candidates: [{ prisonerId: 1, score: 0.97, status: 'imprisoned' }] },
      { decision: 'match', candidates: [{ prisonerId: 2, score: 0.95, status: 'pardoned' }] },
      { decision: 'match', candidates: [{ prisonerId: 1, score: 0.93, status: 'imprisoned' }] },
      {
        decision: 'ambiguous',
        candidates: [
          { prisonerId: 3, score: 0.8, status: 'imprisoned' },
          { prisonerId: 4, score: 0.8, status: 'detained' },
        ],
      },
      { decision: 'none', candidates: [] },
    ]);
    expect(classified.map((c) => [c.decision, c.prisonerId])).toEqual([
      ['matched', 1],
      ['already_released', 2],
      ['duplicate', 1],
      ['ambiguous', null],
      ['not_found', null],
    ]);
    expect(countLines(classified)).toMatchObject({
      matched: 1,
      already_released: 1,
      duplicate: 1,
      ambiguous: 1,
      not_found: 1,
      skip: 0,
      create: 0,
    });
  });

  it('asks a second admin for a long list or a grave status, and allows undo for 24 hours', () => {
    expect(needsSecondAdmin({ releasing: 30, threshold: 30, statuses: ['pardoned'] })).toBe(false);
    expect(needsSecondAdmin({ releasing: 31, threshold: 30, statuses: ['pardoned'] })).toBe(true);
    expect(needsSecondAdmin({ releasing: 1, threshold: 30, statuses: ['died_in_custody'] })).toBe(true);
    expect(needsSecondAdmin({ releasing: 1, threshold: 30, statuses: ['whereabouts_unknown'] })).toBe(true);
    const confirmed = new Date('2025-12-13T12:00:00Z');
    expect(canUndo(confirmed, new Date('2025-12-14T12:00:00Z'))).toBe(true);
    expect(canUndo(confirmed, new Date('2025-12-14T12:00:01Z'))).toBe(false);
  });
});
