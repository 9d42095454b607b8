import { describe, expect, it } from 'vitest';
import { describeFeedError, parseFeed } from '../../src/source/feed-schema.ts';

describe('the JSON feed format', () => {
  it('needs only an id and one name text per record', () => {
    const result = parseFeed({
      records: [
        { id: 'v-1', names: [{ text: 'Алесь Бяляцкі', lang: 'be' }] },
        { id: 2, names: [{ text: 'Maryia Kalesnikava' }] },
      ],
    });
    expect(result.ok && result.records.map((r) => r.id)).toEqual(['v-1', '2']);
    expect(result.ok && result.rejected).toEqual([]);
  });

  it('reads every optional field', () => {
    const record = {
      id: 'x',
      names: [{ text: 'Мікалай Статкевіч', lang: 'be' }],
      gender: 'm',
      birthYear: 1956,
      region: 'Мінск',
      status: 'expelled',
      expelledTo: 'LT',
      statusSince: '2025-09-11',
      recognizedAt: '2020-06-01',
      detainedAt: '2020-05-31',
      verdictAt: '2021-12-14',
      facility: { name: 'ПК-13', address: 'вул. Калініна, 2, Глыбокае' },
      articles: ['293', '342'],
      sentence: { years: 14 },
      penalty: 'strict regime',
      sourceUrl: 'https://prisoners.spring96.org/en/person/mikalai-statkevich',
      unknownExtra: true,
    };
    const result = parseFeed({ records: [record] });
    expect(result.ok && result.records[0]).toMatchObject({
      status: 'expelled',
      expelledTo: 'LT',
      sentence: { years: 14 },
    });
  });

  it('rejects one bad record with its index, id and field, and keeps the rest (an id seen twice is judged by the sync, which compares the copies)', () => {
    const result = parseFeed({
      records: [
        { id: 'a', names: [{ text: 'A B' }], status: 'vanished' },
        { id: 'b', names: [] },
        { names: [{ text: 'No Id' }] },
        { id: 'c', names: [{ text: 'C D' }] },
        { id: 'c', names: [{ text: 'C D' }] },
      ],
    });
    if (!result.ok) throw new Error('whole feed rejected');
    expect(result.records.map((r) => r.id)).toEqual(['c', 'c']);
    expect(result.rejected.map((r) => describeFeedError(r.error))).toEqual([
      expect.stringMatching(/^record #0 \(id "a"\): status must be one of detained, house_arrest/),
      'record #1 (id "b"): names must hold at least one name',
      expect.stringMatching(/^record #2: id /),
    ]);
  });

  it.each([[null], [[]], [{}], [{ records: 'x' }]])('refuses a document of the wrong shape: %j', (doc) => {
    expect(parseFeed(doc)).toEqual({ ok: false, error: 'the feed must be a JSON object with a "records" list' });
  });
});
