import type { ParsedSource } from '../domain/source-record.ts';
import { parseCsvExport } from './csv-export-parser.ts';
import { parseHtmlTable } from './html-table-parser.ts';
import { parseJsonFeed } from './json-feed-parser.ts';

export const SOURCE_FORMATS = ['json', 'csv', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One entry point for the three formats; `url` makes relative person links absolute. */
export function parseSource(format: SourceFormat, body: string, url?: string): ParsedSource {
  switch (format) {
    case 'json':
      return parseJsonFeed(body);
    case 'csv':
      return parseCsvExport(body);
    case 'html':
      return parseHtmlTable(body, { baseUrl: url && /^https?:/.test(url) ? url : undefined });
  }
}

/** The format a URL or path suggests by its extension, for the CLI's `--format` default. */
export function formatFromName(name: string): SourceFormat | undefined {
  const ext = /\.([a-z]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}
