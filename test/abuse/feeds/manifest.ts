/**
 * The hostile and malformed source feeds (test/abuse/README.md). One line per case: the file under
 * this folder (its ending gives the format), how the sync run must end, the ids that must be applied
 * (the last path segment of a link counts as the id), and what the case proves. Inputs too large to
 * keep in git have a `generate` that writes them at test time.
 */
export interface FeedCase {
  file: string;
  outcome: 'applied' | 'failed' | 'held';
  /** Exactly these ids are in the register afterwards (none for a failed or held first run). */
  applies?: string[];
  proves: string;
  generate?: () => string | Uint8Array;
}

/** The size limit the corpus runs with (SYNC_MAX_BODY_MB in production, 50 MB by default). */
export const CORPUS_MAX_BYTES = 2 * 1024 * 1024;

const record = (id: string, extra = '') => `{"id":"${id}","names":[{"text":"Person ${id}","lang":"en"}],"status":"imprisoned"${extra}}`;
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const oversized = (head: string, row: (i: number) => string) => () => head + Array.from({ length: 40_000 }, (_, i) => row(i)).join('');

export const FEED_CASES: FeedCase[] = [
  { file: 'json/nul-in-every-field.json', outcome: 'applied', applies: ['good-1', 'good-2'], proves: 'NUL in every text field (id, names, language, status, dates, region, facility, penalty, articles, link) is removed at the parser; the record applies' },
  { file: 'json/lone-surrogates.json', outcome: 'applied', applies: ['good-1', 'good-2'], proves: 'a lone UTF-16 surrogate quarantines a record in its id, name or other spelling; in free text it becomes U+FFFD; a real surrogate pair is kept' },
  { file: 'json/control-characters.json', outcome: 'applied', applies: ['good-1', 'good-2', 'good-3'], proves: 'C0 controls, DEL and C1 controls are removed (separators become a space, CR a newline, tab and newline stay); a name of control characters only is quarantined' },
  { file: 'json/duplicate-disagreeing.json', outcome: 'applied', applies: ['good-1', 'good-2', 'good-3'], proves: 'one id twice with different data quarantines every copy (no release alert from the first copy); identical copies are one record; an unreadable copy voids the readable one' },
  { file: 'json/not-json.json', outcome: 'failed', proves: 'a truncated document fails the run with the parser\'s reason, changing nothing' },
  { file: 'json/wrong-shape.json', outcome: 'failed', proves: 'a document that is not {"records": [...]} fails the run' },
  { file: 'json/non-object-records.json', outcome: 'applied', applies: ['good-1'], proves: 'records that are null, numbers, strings, lists or empty objects are quarantined one by one' },
  { file: 'json/prototype-keys.json', outcome: 'applied', applies: ['good-1'], proves: '"__proto__" and "constructor" keys neither change the record nor pollute Object.prototype' },
  { file: 'json/utf16-bom.json', outcome: 'applied', applies: ['good-1'], proves: 'a UTF-16 file with a byte order mark is decoded as UTF-16' },
  { file: 'json/wrong-types.json', outcome: 'applied', applies: ['good-1'], proves: 'wrong types (a number for a name, an object for a status, a float id, 1e308 years, 30 February, a javascript: link) are quarantined with their field' },
  { file: 'json/deep-record.json', outcome: 'applied', applies: ['good-1'], proves: 'a record nesting a value 100,000 deep is quarantined (no stack overflow in zod, JSON.stringify or jsonb)', generate: () => `{"records":[${record('good-1')},${record('bad-deep', `,"extra":${deep(100_000)}`)}]}` },
  { file: 'json/deep-document.json', outcome: 'failed', proves: 'a document that is 100,000 nested lists fails the run as unreadable', generate: () => deep(100_000) },
  { file: 'json/deep-records-list.json', outcome: 'applied', applies: [], proves: 'a "records" list whose only record is 100,000 nested lists: that record is quarantined', generate: () => `{"records":${deep(100_000)}}` },
  { file: 'json/long-fields.json', outcome: 'applied', applies: ['good-1'], proves: 'absurdly long fields (a 100,000-character name, region and id, a 400,000-character article) are quarantined at once, never stored or sent', generate: () => `{"records":[${record('good-1')},${record('bad-name', `,"names":[{"text":"${'N'.repeat(100_000)}"}]`)},${record('bad-region', `,"region":"${'R'.repeat(100_000)}"`)},${record(`bad-${'i'.repeat(100_000)}`)},${record('bad-article', `,"articles":["342${' 1'.repeat(200_000)}x"]`)}]}` },
  { file: 'json/oversized.json', outcome: 'failed', proves: 'a body over the size limit fails the run as unreadable; reading stopped at the limit', generate: oversized('{"records":[', (i) => `${record(`good-${i}`)},`) },
  { file: 'json/mostly-unreadable.json', outcome: 'held', proves: 'a run with more than 10 unreadable rows (here hostile ones) is held for an admin, and its snapshot is stored', generate: () => `{"records":[${record('good-1')},${Array.from({ length: 12 }, (_, i) => `{"id":"bad-${i}\\u0000","names":[{"text":"\\ud800${i}"}]}`).join(',')}]}` },
  { file: 'csv/nul-and-controls.csv', outcome: 'applied', applies: ['good-1', 'good-2'], proves: 'raw NUL, control, DEL and C1 bytes in CSV cells are removed; a name of control characters only is quarantined' },
  { file: 'csv/duplicate-disagreeing.csv', outcome: 'applied', applies: ['good-1', 'good-2'], proves: 'the CSV subscriber shares the duplicate rule: copies that disagree are all quarantined, identical ones are one record' },
  { file: 'csv/windows-1251.csv', outcome: 'applied', applies: ['good-1'], proves: 'an Excel export in windows-1251 without a declared charset is decoded' },
  { file: 'csv/koi8-r.csv', outcome: 'failed', proves: 'a KOI8-R file (read as windows-1251, its header unrecognisable) fails the run with "no name column", never guessing' },
  { file: 'csv/utf16-bom-tabs.csv', outcome: 'applied', applies: ['good-1'], proves: 'Excel\'s "Unicode text" export (UTF-16 with a byte order mark, tab-separated) is read' },
  { file: 'csv/broken-quote.csv', outcome: 'failed', proves: 'broken quoting fails the run with the subscriber\'s reason' },
  { file: 'csv/header-only.csv', outcome: 'applied', applies: [], proves: 'a list with a header and no rows applies nothing and fails nothing' },
  { file: 'csv/no-name-column.csv', outcome: 'failed', proves: 'a list without a name column fails the run' },
  { file: 'csv/long-cells.csv', outcome: 'applied', applies: ['good-1', 'good-2'], proves: 'a 500,000-character name cell is quarantined; a long prison cell is cut to 500 characters', generate: () => `ID,Name and surname,Status,Prison\ngood-1,A B,released,${'P'.repeat(500_000)}\nbad-1,${'N'.repeat(500_000)},released,\ngood-2,C D,released,\n` },
  { file: 'csv/long-digit-cells.csv', outcome: 'applied', applies: ['good-1'], proves: 'a 500,000-digit sentence and charges cell is read at once (a regular expression tried every digit: minutes)', generate: () => `ID,Name and surname,Status,Sentence,Charges\ngood-1,A B,released,${'1'.repeat(500_000)},${'2'.repeat(500_000)}\n` },
  { file: 'csv/oversized.csv', outcome: 'failed', proves: 'a CSV over the size limit fails the run as unreadable', generate: oversized('ID,Name and surname,Status\n', (i) => `good-${i},Person Number ${i} ${'x'.repeat(40)},released\n`) },
  { file: 'html/controls-and-entities.html', outcome: 'applied', applies: ['good-1', 'good-2'], proves: 'raw controls and entity-made ones (&#1;) are removed; a name of controls only, or one that lost a character (&#0; is U+FFFD), is quarantined; markup in text stays text' },
  { file: 'html/duplicate-disagreeing.html', outcome: 'applied', applies: ['good-1'], proves: 'the HTML subscriber shares the duplicate rule' },
  { file: 'html/no-table.html', outcome: 'failed', proves: 'a page without <table id="table"> fails the run' },
  { file: 'html/unclosed-tags.html', outcome: 'applied', applies: ['good-1', 'good-2'], proves: 'sloppy HTML with unclosed <tr>, <td> and <th> is read as a browser would' },
  { file: 'html/nested-table-in-cell.html', outcome: 'applied', applies: ['good-1'], proves: 'a table inside a cell is part of that cell, not rows of the list' },
  { file: 'html/script-and-comments.html', outcome: 'applied', applies: ['good-1'], proves: 'rows in comments are not read; script text stays text' },
  { file: 'html/nested-divs.html', outcome: 'failed', proves: '200,000 nested <div>s (1 MB) before the list fail the run as unreadable at once (they took 36 s to parse)', generate: () => `<html><body>${'<div>'.repeat(200_000)}<table id="table"><tr><td><a href="/p/good-1">A</a></td><td>released</td></tr></table>` },
  { file: 'html/oversized.html', outcome: 'failed', proves: 'an HTML page over the size limit fails the run as unreadable', generate: oversized('<table id="table">', (i) => `<tr><td><a href="/p/good-${i}">Person ${i}</a></td><td>released</td></tr>\n`) },
];
