import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { SOURCE_FIXTURES } from '../support/fixtures.ts';
import { backendName, createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let emulator: BotApiEmulator;
let env: Record<string, string>;
let database: TestDatabase | undefined;
let dataDir: string | undefined;

beforeAll(async () => {
  emulator = await BotApiEmulator.start();
  // The CLI opens the database from the environment, as the bot does.
  if (backendName() === 'postgres') {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url! };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'vestka-cli-'));
    env = { DATA_DIR: dataDir };
  }
  env.TELEGRAM_API_ROOT = emulator.apiRoot;
});
afterAll(async () => {
  await emulator.stop();
  await database?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(argv, { stdin: new PassThrough(), stdout, stderr, env: { ...env, BOT_TOKEN: emulator.token } });
  return { code, out, err };
}

describe(`npm run cli -- sync (${backendName()})`, () => {
  it('--dry-run prints the planned changes by kind and writes nothing', async () => {
    const result = await cli('sync', '--source', `${SOURCE_FIXTURES}export-en.csv`, '--dry-run');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('newly_listed: 3\n  Ales Bialiatski (https://prisoners.spring96.org/en/person/ales-bialiatski)\n');
    expect(result.out).toContain('The breaker would let this run through.');
    expect((await cli('sources')).out).toContain('No sources.');
  });

  it('applies a source, then finds nothing to do in the same snapshot', async () => {
    const file = `${SOURCE_FIXTURES}feed-good.json`;
    const first = await cli('sync', '--source', file);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(/^Applied run #\d+ of .*feed-good\.json: \{"newly_listed":3\}; unreadable rows: 0\. Followers of the people who changed are told through the outbox\.\n$/);
    expect((await cli('sync', '--source', file)).out).toMatch(/^Nothing to do \(the same snapshot as the last one\)/);
    expect((await cli('sources')).out).toMatch(/feed-good\.json {2}json .* not scheduled .*\n {4}listed: 3, last success: /);
  });

  it('exits 2 with a clear message for an unreadable source or a wrong option', async () => {
    expect(await cli('sync', '--source', `${SOURCE_FIXTURES}export-no-name.csv`, '--dry-run')).toMatchObject({ code: 2, err: expect.stringMatching(/^The source cannot be read: the CSV has no name column/) });
    expect(await cli('sync', '--source', `${SOURCE_FIXTURES}feed-unparseable.json`)).toMatchObject({ code: 2, err: expect.stringMatching(/failed: the source could not be read: the feed is not valid JSON/) });
    expect(await cli('sync', '--source', 'list.txt')).toMatchObject({ code: 2, err: 'Cannot tell the format of list.txt: add --format json, csv or html.\n' });
    expect(await cli('sync')).toMatchObject({ code: 2, err: expect.stringMatching(/^--source is required/) });
  });

  it('exits 1 when the source cannot be fetched', async () => {
    expect(await cli('sync', '--source', '/nonexistent/feed.json')).toMatchObject({ code: 1, err: expect.stringMatching(/failed: \/nonexistent\/feed\.json: .*ENOENT/) });
  });
});
