import { describe, expect, it } from 'vitest';
import { parseHtmlTable } from '../../src/source/html-table-parser.ts';
import { sourceFixture } from '../support/fixtures.ts';

const BASE = 'https://prisoners.spring96.org/en/table';

function parsed(file: string) {
  const result = parseHtmlTable(sourceFixture(file), { baseUrl: BASE });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('the HTML table parser', () => {
  it('reads one person per row: link as id, prison with its postal address, status by table', () => {
    const { records, quarantined } = parsed('table-en.html');
    expect(quarantined).toEqual([]);
    expect(records[0]).toEqual({
      externalId: 'https://prisoners.spring96.org/en/person/ales-bialiatski',
      sourceUrl: 'https://prisoners.spring96.org/en/person/ales-bialiatski',
      names: { en: 'Ales Bialiatski' },
      aliases: [],
      gender: 'm',
      birthDate: '1962-09-25',
      birthYear: 1962,
      detainedAt: '2021-07-14',
      articles: ['228', '243'],
      facilityName: 'Penal colony No. 9, Horki',
      facilityAddress: 'ul. Dzimitrava 1, 213410 Horki, Mahilioŭ region',
      status: 'imprisoned',
      statusText: 'Political prisoner',
    });
    expect(records.map((r) => r.status)).toEqual(['imprisoned', 'whereabouts_unknown', 'pardoned', 'detained']);
  });

  it('reads "unknown" in the prison cell as not stated, and text as text (escaping is the renderer\'s job)', () => {
    const { records } = parsed('table-en.html');
    expect(records[1]!.facilityName).toBeUndefined();
    expect(records[3]).toMatchObject({
      names: { en: 'Ivan & <b>Escaped</b> Ivanou' },
      facilityAddress: 'vul. Valadarskaha 2, 220030 Minsk',
    });
  });

  it('uses the known column order when the table has no header row', () => {
    const result = parsed('table-no-header.html');
    expect(result.shape).toBe('html:positional:7');
    expect(result.records[0]).toMatchObject({
      externalId: 'https://prisoners.spring96.org/en/person/ihar-losik',
      status: 'released',
      facilityAddress: 'Navapolatsk',
    });
  });

  it('quarantines rows with missing cells or an unknown status', () => {
    const { records, quarantined } = parsed('table-broken.html');
    expect(records.map((r) => r.names.en)).toEqual(['Good Person']);
    expect(quarantined.map((q) => [q.rowRef, q.reason])).toEqual([
      ['row 2', 'has 2 cells where the table has 7'],
      ['row 3', 'status "on holiday" is not one Vestka knows'],
    ]);
  });

  it('a political prisoner whose prison tells nothing has no stated status (never a guess)', () => {
    const html =
      '<table id="table"><tr><td>A B</td><td>1980</td><td>male</td><td></td><td></td><td>unknown</td><td>political prisoner</td></tr></table>';
    const result = parseHtmlTable(html);
    expect(result.ok && result.records[0]!.status).toBeUndefined();
  });

  it('reports a page nesting 200,000 <div>s (1.2 MB) as unreadable at once, instead of blocking for half a minute', () => {
    const divs = (n: number) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`;
    const row =
      '<table id="table"><tr><td>A B</td><td>1980</td><td>male</td><td></td><td></td><td></td><td>released</td></tr></table>';
    expect(parseHtmlTable(`<html><body>${divs(200_000)}${row}</body></html>`)).toEqual({
      ok: false,
      error: 'the page nests elements more than 256 deep; a list page is never like that, so it was not read',
    });
    // The list read, what follows it is not parsed at all.
    expect(parseHtmlTable(`<html><body>${row}${divs(200_000)}</body></html>`)).toMatchObject({
      ok: true,
      records: [{ names: { en: 'A B' } }],
    });
    // Real nesting, well within the bound, reads as before.
    expect(parseHtmlTable(`${'<div>'.repeat(200)}${row}${'</div>'.repeat(200)}`)).toMatchObject({
      ok: true,
      records: [{ status: 'released' }],
    });
  });

  it('reads only the rows of the list itself: a table nested in a cell is part of that cell', () => {
    const html =
      '<table id="table"><tr><td>A B</td><td>1980</td><td>male</td><td></td><td></td><td><table><tr><td>ИК-9</td></tr></table></td><td>released</td></tr></table>';
    const result = parseHtmlTable(html);
    expect(result.ok && result.records.map((r) => [r.names.en, r.facilityName])).toEqual([['A B', 'ИК-9']]);
    expect(result.ok && result.quarantined).toEqual([]);
  });

  it('refuses a page without the table', () => {
    expect(parseHtmlTable(sourceFixture('table-missing.html'))).toEqual({
      ok: false,
      error: 'the page has no <table id="table">',
    });
  });

  it('reads "Surname (Other surname) Given" in a name cell as the name and another name', () => {
    const html = `<table id="table"><tr><th>Імя</th><th>Статус</th></tr><tr><td><a href="/person/a1">Андрэева (Бахвалава) Кацярына</a></td><td>Палітвязень</td></tr></table>`;
    const result = parseHtmlTable(html, { baseUrl: 'https://example.org/' });
    if (!result.ok) throw new Error(result.error);
    expect(result.records[0]).toMatchObject({
      names: { be: 'Андрэева Кацярына' },
      aliases: ['Бахвалава Кацярына'],
      aliasKinds: { 'Бахвалава Кацярына': 'other' },
    });
  });
});
