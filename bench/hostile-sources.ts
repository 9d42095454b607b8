// Parsing cost of hostile and very large source bodies (docs/source-sync.md, "Sync failures"): how long
// the three parsers take, and what memory they hold, on inputs a hostile or broken source could send.
// Run: npm run bench:hostile-sources
import { parseCsvExport } from '../src/source/csv-export-parser.ts';
import { parseHtmlTable } from '../src/source/html-table-parser.ts';
import { parseJsonFeed } from '../src/source/json-feed-parser.ts';
import type { ParsedSource } from '../src/domain/source-record.ts';
import { measure } from './support/measure.ts';

const htmlRow = (i: number) =>
  `<tr><td><a href="/en/person/p-${i}">Person Number ${i}</a></td><td>25.09.1962</td><td>male</td><td>14.07.2021</td><td>Art. 228 part 4; Art. 243 part 2</td><td><span data-address="ul. Dzimitrava 1, 213410 Horki">Penal colony No. 9, Horki</span></td><td>Political prisoner</td></tr>\n`;
const htmlTable = (rows: number) =>
  `<html><body><table id="table"><tr><th>Name</th><th>Date of birth</th><th>Gender</th><th>Date of detention</th><th>Charges</th><th>Prison</th><th>Status</th></tr>${Array.from({ length: rows }, (_, i) => htmlRow(i)).join('')}</table></body></html>`;
const csv = (rows: number) =>
  `ID,Name and surname,Status,Date of birth,Prison\n${Array.from({ length: rows }, (_, i) => `v${i},Person Number ${i},released,25.09.1962,Penal colony No. 9\n`).join('')}`;
const json = (rows: number) =>
  JSON.stringify({
    records: Array.from({ length: rows }, (_, i) => ({
      id: `p${i}`,
      names: [{ text: `Person Number ${i}`, lang: 'en' }],
      status: 'imprisoned',
      facility: { name: 'Colony 9' },
    })),
  });

const cases: [string, () => string, (body: string) => ParsedSource][] = [
  [
    'HTML: 200,000 nested <div> before the table (1.2 MB)',
    () => `${'<div>'.repeat(200_000)}${'</div>'.repeat(200_000)}${htmlTable(1)}`,
    (b) => parseHtmlTable(b),
  ],
  ['HTML: table of 10,000 rows', () => htmlTable(10_000), (b) => parseHtmlTable(b)],
  ['HTML: table of 150,000 rows', () => htmlTable(150_000), (b) => parseHtmlTable(b)],
  [
    'JSON: records nested 100,000 deep',
    () => `{"records":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    parseJsonFeed,
  ],
  ['JSON: 150,000 records', () => json(150_000), parseJsonFeed],
  ['CSV: 150,000 rows', () => csv(150_000), parseCsvExport],
];

console.log('| Input | Size | Time | CPU | RSS before → after | Result |');
console.log('|---|---|---|---|---|---|');
for (const [name, make, parse] of cases) {
  const body = make();
  const m = await measure(() => {
    const r = parse(body);
    return Promise.resolve(
      r.ok ? `${r.records.length} records, ${r.quarantined.length} unreadable` : r.error.slice(0, 60),
    );
  });
  console.log(
    `| ${name} | ${(body.length / 2 ** 20).toFixed(1)} MB | ${(m.ms / 1000).toFixed(2)} s | ${(m.cpuMs / 1000).toFixed(2)} s | ${m.rssBeforeMb.toFixed(0)} → ${m.rssPeakMb.toFixed(0)} MB | ${JSON.parse(m.result) as string} |`,
  );
}
