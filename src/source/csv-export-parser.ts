import { parse } from 'csv-parse/sync';
import type { ParsedSource, QuarantinedRow } from '../domain/source-record.ts';
import type { ReadRow } from './duplicate-records.ts';
import { finishParse, type ReadSource } from './record-checks.ts';
import { stripControls } from './text-safety.ts';
import { cellsByField, readHeaders } from './viasna-headers.ts';
import { readViasnaRow } from './viasna-row.ts';

/** Excel in a Russian or Belarusian locale writes ";" between cells; others write ",". */
function delimiterOf(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * A CSV export with Viasna-style headers in Belarusian, Russian or English. A broken row (wrong
 * number of cells, a bad date, a status we cannot map) is quarantined with its line number; a file
 * whose quoting is broken, or that has no name column, is refused whole.
 */
export function parseCsvExport(body: string): ParsedSource {
  return finishParse(readCsvExport(body));
}

function readCsvExport(body: string): ReadSource {
  const text = body.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      delimiter: delimiterOf(firstLine),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (error) {
    return { ok: false, error: `the CSV cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const [head, ...data] = rows;
  if (!head) return { ok: false, error: 'the CSV is empty' };
  const header = readHeaders(head.record.map(stripControls));
  if ('error' in header) return { ok: false, error: `the CSV has ${header.error}` };

  const read: ReadRow[] = [];
  const quarantined: QuarantinedRow[] = [];
  for (const row of data) {
    const rowRef = `line ${row.info.lines}`;
    if (row.record.every((c) => c.trim() === '')) continue;
    if (row.record.length !== head.record.length) {
      quarantined.push({
        rowRef,
        reason: `has ${row.record.length} cells where the header has ${head.record.length}`,
        raw: row.record,
      });
      continue;
    }
    const result = readViasnaRow(cellsByField(header, row.record), {
      language: header.language,
      rowRef,
      verdictColumns: header.columns.verdictAt !== undefined || header.columns.sentence !== undefined,
    });
    if ('record' in result) read.push({ record: result.record, rowRef });
    else quarantined.push(result.quarantined);
  }
  return { ok: true, rows: read, quarantined, shape: `csv:${header.shape}` };
}
