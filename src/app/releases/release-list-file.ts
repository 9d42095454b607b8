import { parse } from 'csv-parse/sync';

export const MAX_LIST_FILE_BYTES = 256 * 1024;

export type ListFileText = { ok: true; text: string } | { ok: false; problem: 'file_type' | 'file_unreadable' };

const NAME_HEADER =
  /^(name|name and surname|full name|імя|імя і прозвішча|пib|имя|имя и фамилия|фио|прозвішча|фамилия)/iu;
const YEAR_HEADER = /(year|birth|нараджэння|рождения|год)/iu;

/**
 * A .txt list is read as it is; a .csv (comma or semicolon) becomes one line per row: the name
 * column (by its header, else the first column) and the birth year, if a column holds one.
 */
export function listTextFromFile(fileName: string, content: string): ListFileText {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.txt')) return { ok: true, text: content };
  if (!lower.endsWith('.csv')) return { ok: false, problem: 'file_type' };
  let rows: string[][];
  try {
    const delimiter = (content.split('\n')[0] ?? '').includes(';') ? ';' : ',';
    rows = parse(content, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch {
    return { ok: false, problem: 'file_unreadable' };
  }
  if (rows.length === 0) return { ok: true, text: '' };
  const header = rows[0]!;
  const nameColumn = header.findIndex((h) => NAME_HEADER.test(h));
  const yearColumn = header.findIndex((h) => YEAR_HEADER.test(h));
  const body = nameColumn >= 0 ? rows.slice(1) : rows;
  const column = Math.max(0, nameColumn);
  const lines = body.map((row) => {
    const year = yearColumn >= 0 ? /\b(19|20)\d{2}\b/.exec(row[yearColumn] ?? '')?.[0] : undefined;
    return [row[column] ?? '', year ?? ''].join(' ').trim();
  });
  return { ok: true, text: lines.join('\n') };
}
