import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { describeFeedError, parseFeed, parseFeedLeniently, parseFeedRecord } from '../../src/source/feed-schema.ts';

const REGISTRY = new URL('../fixtures/names/registry.json', import.meta.url).pathname;
const MALFORMED = new URL('../fixtures/names/registry-malformed.json', import.meta.url).pathname;

async function run(args: string[], input: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(args, { stdin: Readable.from([input]), stdout, stderr, env: {} });
  return { code, out, err };
}

describe('cli match', () => {
  it('writes one JSON line per query, in input order', async () => {
    const { code, out } = await run(['match', '--registry', REGISTRY], 'Nikolaj Statkevitsj\nТихановская Светлана\nKazlou\nJohn Smith\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { query: string; decision: string; matches: { id: string; score: number; name: string }[] });
    expect(lines.map((l) => [l.query, l.decision, l.matches[0]?.id])).toEqual([
      ['Nikolaj Statkevitsj', 'match', 'statkevich'],
      ['Тихановская Светлана', 'match', 'tsikhanouskaya'],
      ['Kazlou', 'ambiguous', lines[2]!.matches[0]?.id],
      ['John Smith', 'none', undefined],
    ]);
    expect(lines[2]!.matches.length).toBeGreaterThanOrEqual(2);
    expect(lines[2]!.matches.length).toBeLessThanOrEqual(5);
    for (const m of lines.flatMap((l) => l.matches)) expect(Object.keys(m).sort()).toEqual(['id', 'name', 'score']);
  });

  it('reads a birth year in the query', async () => {
    const { out } = await run(['match', '--registry', REGISTRY], 'Dzmitry Kazlou 1985\nDzmitry Kazlou\n');
    const [withYear, without] = out.trim().split('\n').map((l) => JSON.parse(l) as { decision: string; matches: { id: string }[] });
    expect([withYear!.decision, withYear!.matches[0]?.id]).toEqual(['match', 'kazlou-dzmitry-homiel']);
    expect(without!.decision).toBe('ambiguous');
  });

  it('names the record and the field of a malformed registry, exit code 2', async () => {
    const { code, out, err } = await run(['match', '--registry', MALFORMED], 'Ales Bialiatski\n');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('record 1 (id "broken"): names[0].text: is required.');
    expect(err).toContain('record 1 (id "broken"): status: must be one of detained');
  });

  it('exits 2 on a missing file or missing --registry', async () => {
    expect((await run(['match', '--registry', '/nonexistent/registry.json'], '')).code).toBe(2);
    expect((await run(['match'], '')).code).toBe(2);
  });
});

describe('feed format', () => {
  const good = { id: 'v-1', names: [{ text: 'Алесь Бяляцкі', lang: 'be' }, { text: 'Ales Bialiatski' }] };

  it('needs only records[].id and records[].names[].text', () => {
    expect(parseFeed({ records: [good] })).toEqual({ ok: true, records: [good] });
  });

  it('accepts every optional field and drops unknown ones', () => {
    const full = {
      ...good,
      gender: 'm',
      birthDate: '1962-09-25',
      birthYear: 1962,
      region: 'Мінск',
      status: 'expelled',
      expelledTo: 'LT',
      statusSince: '2025-12-13',
      recognizedAt: '2021-07-15',
      detainedAt: '2021-07-14',
      verdictAt: '2023-03-03',
      facility: { name: 'ИК-9', address: 'г. Горки' },
      articles: ['228', '342', '361-1', '130.3'],
      sentence: { years: 10, months: 0 },
      penalty: 'colony, reinforced regime',
      sourceUrl: 'https://prisoners.spring96.org/en/person/ales-bialiatski',
      favouriteColour: 'green',
    };
    const result = parseFeed({ records: [full] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.records[0]).not.toHaveProperty('favouriteColour');
  });

  it('names the record, its id and the field of each problem', () => {
    const result = parseFeed({ records: [good, { id: 'v-2', names: [] }, { names: [{ text: 'X' }] }, { ...good, id: 'v-4', birthDate: '1962-13-45' }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(describeFeedError)).toEqual([
      'record 1 (id "v-2"): names: must hold at least one name.',
      'record 2: id: is required.',
      'record 3 (id "v-4"): birthDate: must be a date written YYYY-MM-DD.',
    ]);
  });

  it('rejects an unknown status, a bad country code and a birth year that contradicts the date', () => {
    const errors = (record: object) => {
      const r = parseFeedRecord({ ...good, ...record }, 0);
      return r.ok ? [] : r.errors.map((e) => e.field);
    };
    expect(errors({ status: 'jailed' })).toEqual(['status']);
    expect(errors({ status: 'expelled', expelledTo: 'Lithuania' })).toEqual(['expelledTo']);
    expect(errors({ status: 'released', expelledTo: 'LT' })).toEqual(['expelledTo']);
    expect(errors({ birthDate: '1962-09-25', birthYear: 1963 })).toEqual(['birthYear']);
    expect(errors({ sentence: { years: 2, months: 14 } })).toEqual(['sentence.months']);
    expect(errors({ gender: 'male' })).toEqual(['gender']);
    expect(errors({ sourceUrl: 'javascript:alert(1)' })).toEqual(['sourceUrl']);
  });

  it('rejects repeated ids in a whole file', () => {
    const result = parseFeed({ records: [good, good] });
    expect(!result.ok && result.errors.map(describeFeedError)).toEqual(['record 1 (id "v-1"): id: repeats the id of record 0.']);
  });

  it('keeps the good records and sets the bad ones aside when read leniently', () => {
    const { records, rejected } = parseFeedLeniently({ records: [good, { id: 'bad', names: [{ text: 'Y' }], status: 'unknown' }] });
    expect(records).toEqual([good]);
    expect(rejected).toEqual([[expect.objectContaining({ index: 1, id: 'bad', field: 'status' })]]);
  });

  it('rejects a file that is not an object with a records list', () => {
    expect(parseFeed([]).ok).toBe(false);
    expect(parseFeed(null).ok).toBe(false);
    const result = parseFeed({ records: 'x' });
    expect(!result.ok && result.errors.map(describeFeedError)).toEqual(['records: must be a list of records.']);
  });
});
