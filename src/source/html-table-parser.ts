import type { ParsedSource, QuarantinedRow } from '../domain/source-record.ts';
import type { ReadRow } from './duplicate-records.ts';
import { readHtmlTableRows } from './html-table-reader.ts';
import { finishParse, type ReadSource } from './record-checks.ts';
import { stripControls } from './text-safety.ts';
import { cellsByField, readHeaders, type HeaderMap } from './viasna-headers.ts';
import { readViasnaRow } from './viasna-row.ts';

/** Viasna's English table page: name, date of birth, gender, date of detention, charges, prison, status. */
const POSITIONAL: HeaderMap = {
  columns: { name: 0, birth: 1, gender: 2, detainedAt: 3, charges: 4, prison: 5, status: 6 },
  language: 'en',
  shape: 'positional:7',
};

export interface HtmlTableOptions {
  /** The page's own URL, to make relative person links absolute. */
  baseUrl?: string;
}

/**
 * An HTML table shaped like Viasna's list page: `<table id="table">`, one `<tr>` per person, the
 * prison cell holding `<span data-address="…">`. The header row, when there is one, decides the
 * columns and the language; without one the page's known column order is used.
 */
export function parseHtmlTable(body: string, options: HtmlTableOptions = {}): ParsedSource {
  return finishParse(readHtmlTable(body, options));
}

function readHtmlTable(body: string, options: HtmlTableOptions): ReadSource {
  const table = readHtmlTableRows(body);
  if ('error' in table) return { ok: false, error: table.error };
  const headerCells = table.header.map(stripControls);
  let header = POSITIONAL;
  if (headerCells.length > 0) {
    const read = readHeaders(headerCells);
    if ('error' in read) return { ok: false, error: `the table has ${read.error}` };
    header = read;
  }
  const width = headerCells.length || 7;
  const verdictColumns = header.columns.verdictAt !== undefined || header.columns.sentence !== undefined;

  const rows: ReadRow[] = [];
  const quarantined: QuarantinedRow[] = [];
  table.rows.forEach((tds, index) => {
    const rowRef = `row ${index + 1}`;
    const cells = tds.map((td) => td.text.replace(/\s+/g, ' ').trim());
    if (cells.length !== width)
      return void quarantined.push({
        rowRef,
        reason: `has ${cells.length} cells where the table has ${width}`,
        raw: cells,
      });
    const href = header.columns.name !== undefined ? tds[header.columns.name]?.href : undefined;
    const address = (header.columns.prison !== undefined ? tds[header.columns.prison]?.address : undefined)
      ?.replace(/\s+/g, ' ')
      .trim();
    const result = readViasnaRow(cellsByField(header, cells), {
      language: header.language,
      rowRef,
      link: absolute(href, options.baseUrl),
      address: address || undefined,
      verdictColumns,
    });
    if ('record' in result) rows.push({ record: result.record, rowRef });
    else quarantined.push(result.quarantined);
  });
  return { ok: true, rows, quarantined, shape: `html:${header.shape}` };
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    // No base to resolve against: the path alone still identifies the person.
    return href;
  }
}
