import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';

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
    const { code, out } = await run(
      ['match', '--registry', REGISTRY],
      'Nikolaj Statkevitsj\nТихановская Светлана\nKazlou\nJohn Smith\n',
    );
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { query: string; decision: string; matches: { id: string; score: number; name: string }[] },
      );
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

  it('lists the persons a near surname points to ("did you mean") instead of answering none, with a score under 0.5', async () => {
    const { out } = await run(['match', '--registry', REGISTRY], 'Andrei Statkevch\nSttkevich\n');
    for (const line of out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { decision: string; matches: { id: string; score: number }[] })) {
      expect(line.decision).toBe('ambiguous');
      expect(line.matches[0]).toMatchObject({ id: 'statkevich' });
      expect(line.matches[0]!.score).toBeLessThan(0.5);
    }
  });

  it('reads a birth year in the query', async () => {
    const { out } = await run(['match', '--registry', REGISTRY], 'Dzmitry Kazlou 1985\nDzmitry Kazlou\n');
    const [withYear, without] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { decision: string; matches: { id: string }[] });
    expect([withYear!.decision, withYear!.matches[0]?.id]).toEqual(['match', 'kazlou-dzmitry-homiel']);
    expect(without!.decision).toBe('ambiguous');
  });

  it('names the record and the field of a malformed registry, exit code 2', async () => {
    const { code, out, err } = await run(['match', '--registry', MALFORMED], 'Ales Bialiatski\n');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/record #1 \(id "broken"\): names\[0\]\.text /);
  });

  it('refuses a registry that lists one id twice, exit code 2', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vestka-match-')), 'registry.json');
    writeFileSync(
      path,
      JSON.stringify({
        records: [
          { id: 'a', names: [{ text: 'A B' }] },
          { id: 'a', names: [{ text: 'A B' }] },
        ],
      }),
    );
    expect(await run(['match', '--registry', path], 'A B\n')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('record #1 (id "a"): id appears more than once in the feed'),
    });
  });

  it('exits 2 on a missing file or missing --registry', async () => {
    expect((await run(['match', '--registry', '/nonexistent/registry.json'], '')).code).toBe(2);
    expect((await run(['match'], '')).code).toBe(2);
  });
});
