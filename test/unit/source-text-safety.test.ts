import { describe, expect, it } from 'vitest';
import type { ParsedSource } from '../../src/domain/source-record.ts';
import { parseCsvExport } from '../../src/source/csv-export-parser.ts';
import { parseHtmlTable } from '../../src/source/html-table-parser.ts';
import { parseJsonFeed } from '../../src/source/json-feed-parser.ts';
import { boundedRaw, safeText, stripControls } from '../../src/source/text-safety.ts';
import { expectAllSafe } from '../support/safe-text.ts';

function ok(result: ParsedSource) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

const person = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  names: [{ text: `Person ${id}`, lang: 'en' }],
  status: 'imprisoned',
  ...fields,
});

describe('characters PostgreSQL or Telegram cannot take, in a JSON feed', () => {
  it('removes NUL and other invisible controls from every text field and applies the record', () => {
    const dirty = 'Nul\u0000Byte\u0001\u007F\u009B';
    const result = ok(
      parseJsonFeed(
        JSON.stringify({
          records: [
            person('good-1'),
            person(`p\u00002`, {
              names: [
                { text: `Ales\u0000 Bialiatski`, lang: 'en' },
                { text: `Алесь\u0007 Бяляцкі`, lang: 'b\u0000e' },
              ],
              region: dirty,
              facility: { name: dirty, address: `Street 1\r\nHorki\u000B213410` },
              penalty: dirty,
              status: 'imprisoned\u0000',
              statusSince: '2024-01-02\u0000',
              sourceUrl: 'https://example.org/p\u00002',
            }),
          ],
        }),
      ),
    );
    expect(result.quarantined).toEqual([]);
    expect(result.records[1]).toMatchObject({
      externalId: 'p2',
      names: { en: 'Ales Bialiatski', be: 'Алесь Бяляцкі' },
      region: 'NulByte',
      facilityName: 'NulByte',
      facilityAddress: 'Street 1\nHorki 213410',
      penalty: 'NulByte',
      status: 'imprisoned',
      statusSince: '2024-01-02',
      sourceUrl: 'https://example.org/p2',
    });
    expectAllSafe(result);
  });

  it('quarantines a record whose name is only control characters, and one whose name lost a character (lone surrogate)', () => {
    const result = ok(
      parseJsonFeed(
        JSON.stringify({
          records: [
            person('good-1'),
            person('controls', { names: [{ text: '\u0000\u0001 \u0002', lang: 'en' }] }),
            person('surrogate', { names: [{ text: 'Ales\uD800 Bialiatski', lang: 'en' }] }),
            person('surrogate-id\uDC00'),
            person('undecodable', { names: [{ text: 'Ales \uFFFDialiatski', lang: 'en' }] }),
          ],
        }),
      ),
    );
    expect(result.records.map((r) => r.externalId)).toEqual(['good-1']);
    expect(result.quarantined.map((q) => [q.rowRef, q.reason])).toEqual([
      ['record #1', 'record #1 (id "controls"): names[0].text holds only control characters'],
      ['record #2', 'record #2 (id "surrogate"): names[0].text holds a broken character (a lone UTF-16 surrogate)'],
      ['record #3', 'record #3 (id "surrogate-id\uFFFD"): id holds a broken character (a lone UTF-16 surrogate)'],
      ['record #4', 'record #4 (id "undecodable"): names[0].text holds a character that could not be decoded (U+FFFD)'],
    ]);
    expect(result.quarantined.map((q) => q.externalId)).toEqual(['controls', 'surrogate', undefined, 'undecodable']);
    expectAllSafe(result);
  });

  it('shows a lost character in free text as U+FFFD instead of refusing the record', () => {
    const result = ok(
      parseJsonFeed(
        JSON.stringify({
          records: [
            person('p1', {
              facility: { name: 'Colony\uD800 9', address: '\uDFFFStreet' },
              region: 'Minsk\uD800',
              penalty: 'x\uDC00',
            }),
          ],
        }),
      ),
    );
    expect(result.records[0]).toMatchObject({
      facilityName: 'Colony\uFFFD 9',
      facilityAddress: '\uFFFDStreet',
      region: 'Minsk\uFFFD',
      penalty: 'x\uFFFD',
    });
    expectAllSafe(result);
  });

  it('keeps what it quarantines safe to store: keys, values and reasons cleaned, depth, lists and lengths bounded', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const bad = JSON.stringify(
      person('bad\u0000', { status: 'gone\uD800\u0000', 'k\u0000ey\uDBFF': 'v\uD800', facility: 'x'.repeat(100_000) }),
    );
    const result = ok(
      parseJsonFeed(`{"records":[${bad},${deep},{"id":"deep","names":[{"text":"D"}],"extra":${deep}}]}`),
    );
    expectAllSafe(result);
    expect(result.quarantined.map((q) => q.reason)).toEqual([
      expect.stringMatching(/^record #0 \(id "bad"\): status must be one of/),
      'record #1: record must be a JSON object',
      'record #2 (id "deep"): record nests values more than 32 deep',
    ]);
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
  });
});

describe('characters PostgreSQL or Telegram cannot take, in a CSV export and an HTML table', () => {
  const header = 'Name and surname,Status,Date of birth,Region,Prison,Link\n';
  it('cleans every CSV cell and the header, and quarantines a name of control characters only', () => {
    const result = ok(
      parseCsvExport(
        `${header.replace('Status', 'Sta\u0000tus')}Ales\u0000 Bialiatski,released\u0001,25.09.1962\u0000,Min\u007Fsk\u0085x,Colony\u0000 9,https://example.org/p1\n\u0001\u0002,released,,,,https://example.org/p2\n`,
      ),
    );
    expect(result.records).toEqual([
      expect.objectContaining({
        names: { en: 'Ales Bialiatski' },
        status: 'released',
        birthDate: '1962-09-25',
        region: 'Minsk x',
        facilityName: 'Colony 9',
      }),
    ]);
    expect(result.quarantined.map((q) => [q.rowRef, q.reason])).toEqual([
      ['line 3', 'the name holds only control characters'],
    ]);
    expectAllSafe(result);
  });

  it('cleans every HTML cell, entity-made controls included, and the postal address', () => {
    const page = `<table id="table"><tr><th>Name</th><th>Status</th><th>Prison</th></tr>
      <tr><td><a href="/p/1">Ales\u0000 Bia\u0000liatski&#1;</a></td><td>released&#x7f;</td><td><span data-address="Street&#1; 1\u0000">Colony\u009B 9</span></td></tr>
      <tr><td>&#1;&#2;</td><td>released</td><td></td></tr></table>`;
    const result = ok(parseHtmlTable(page, { baseUrl: 'https://example.org/' }));
    expect(result.records).toEqual([
      expect.objectContaining({
        names: { en: 'Ales Bialiatski' },
        status: 'released',
        facilityName: 'Colony 9',
        facilityAddress: 'Street 1',
      }),
    ]);
    expect(result.quarantined.map((q) => q.reason)).toEqual(['the name holds only control characters']);
    expectAllSafe(result);
  });

  it('quarantines a name that lost a character in decoding (U+FFFD, e.g. from &#0; or a wrong charset)', () => {
    const page =
      '<table id="table"><tr><th>Name</th><th>Status</th></tr><tr><td>Ales&#0; Bialiatski</td><td>released</td></tr><tr><td>Good Person</td><td>released</td></tr></table>';
    const result = ok(parseHtmlTable(page));
    expect(result.records.map((r) => r.names.en)).toEqual(['Good Person']);
    expect(result.quarantined.map((q) => q.reason)).toEqual([
      'the name holds a character that could not be decoded (U+FFFD)',
    ]);
    expectAllSafe(result);
  });
});

describe('the text rules themselves', () => {
  it('keeps tab and newline, turns CR and separators into newline and space, removes the rest', () => {
    expect(stripControls('a\tb\nc\r\nd\re\u000Bf\u001Fg\u0000h\u0008i\u007Fj\u0080k\u0085l')).toBe(
      'a\tb\nc\nd\ne f ghijk l',
    );
    expect(safeText('a\uD800b\uDC00c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
  });

  it("removes direction overrides and isolates (they would reverse the rest of an alert's line), keeps the marks and joiners", () => {
    expect(stripControls('Ivan \u202Euorte\u202C Petrou')).toBe('Ivan uorte Petrou');
    expect(stripControls('\u2066a\u2069\u202Ab\u202B\u202Dc')).toBe('abc');
    expect(stripControls('Ales\u200F Bialiatski\u200D')).toBe('Ales\u200F Bialiatski\u200D');
  });

  it('bounds a raw value without recursing into a hostile depth', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`) as unknown;
    expect(JSON.stringify(boundedRaw(deep))).toBe('{"a":{"a":{"a":{"a":{"a":{"a":"…"}}}}}}');
    expect(boundedRaw(Array.from({ length: 60 }, (_, i) => i))).toHaveLength(51);
  });
});
