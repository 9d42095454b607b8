import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { runCli } from '../../../src/cli/run-cli.ts';
import { rowsOf } from '../../../src/db/rows.ts';
import { follows, prisoners, subscribers, syncRuns } from '../../../src/db/schema/index.ts';
import { SOURCE_FIXTURES } from '../../support/fixtures.ts';
import { backendName, useSharedDatabase } from '../../support/test-database.ts';

let env: Record<string, string>;
// The CLI opens the database from the environment (DATA_DIR or DATABASE_URL), as the bot does.
const database = useSharedDatabase();

beforeAll(() => {
  // No BOT_TOKEN and no Bot API that answers: nothing here may need Telegram.
  env = { ...database.env, TELEGRAM_API_ROOT: 'http://127.0.0.1:9' };
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliWith({}, ...argv);
}

async function cliWith(
  extra: Record<string, string>,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(argv, {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: { ...env, BOT_USERNAME: 'vestka_cli_bot', ...extra },
  });
  return { code, out, err };
}

// Each CLI call opens the database as a separate program would; on the embedded one that loads PGlite's
// WebAssembly each time (seconds on a busy machine), hence the longer limit.
const CLI_TIMEOUT = { timeout: 120_000 };

describe(`npm run cli -- sync (${backendName()})`, CLI_TIMEOUT, () => {
  it('--dry-run prints the planned changes by kind and writes nothing', async () => {
    const result = await cli('sync', '--source', `${SOURCE_FIXTURES}export-en.csv`, '--dry-run');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(
      'newly_listed: 3\n  Ales Bialiatski (https://prisoners.spring96.org/en/person/ales-bialiatski)\n',
    );
    expect(result.out).toContain('The breaker would let this run through.');
    expect((await cli('sources')).out).toContain('No sources.');
  });

  it('applies a source, then finds nothing to do in the same snapshot', async () => {
    const file = `${SOURCE_FIXTURES}feed-good.json`;
    const first = await cli('sync', '--source', file);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(
      /^Applied run #\d+ of .*feed-good\.json: \{"newly_listed":3\}; unreadable rows: 0\. Followers of the people who changed are told through the outbox\.\n$/,
    );
    expect((await cli('sync', '--source', file)).out).toMatch(/^Nothing to do \(the same snapshot as the last one\)/);
    expect((await cli('sources')).out).toMatch(
      /feed-good\.json {2}json .* not scheduled .*\n {4}listed: 3, last success: /,
    );
  });

  it('exits 2 with a clear message for an unreadable source or a wrong option', async () => {
    expect(await cli('sync', '--source', `${SOURCE_FIXTURES}export-no-name.csv`, '--dry-run')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^The source cannot be read: the CSV has no name column/),
    });
    expect(await cli('sync', '--source', `${SOURCE_FIXTURES}feed-unparseable.json`)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/failed: the source could not be read: the feed is not valid JSON/),
    });
    expect(await cli('sync', '--source', 'list.txt')).toMatchObject({
      code: 2,
      err: 'Cannot tell the format of list.txt: add --format json, csv or html.\n',
    });
    expect(await cli('sync')).toMatchObject({ code: 2, err: expect.stringMatching(/^--source is required/) });
  });

  it('exits 1 when the source cannot be fetched', async () => {
    expect(await cli('sync', '--source', '/nonexistent/feed.json')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/failed: \/nonexistent\/feed\.json: .*ENOENT/),
    });
  });

  it('exits 1 with one plain line for a failed run, and 2 for a body over the size limit, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vestka-cli-big-'));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ records: [], padding: 'x'.repeat(2 * 1024 * 1024) }));
    for (const flags of [[], ['--dry-run']]) {
      const big = await cliWith({ SYNC_MAX_BODY_MB: '1' }, 'sync', '--source', join(dir, 'big.json'), ...flags);
      expect(big).toMatchObject({
        code: 2,
        err: expect.stringMatching(/big\.json: the body is over the 1 MB limit; reading stopped there\n$/),
      });
      expect(big.err.split('\n')).toHaveLength(2);
    }
    const missing = await cli('sync', '--source', '/nonexistent/feed.json');
    expect(missing.code).toBe(1);
    expect(missing.err.split('\n')).toHaveLength(2);
  });

  it('reads 100,000-deep JSON nesting without a stack trace: refused whole, or the record quarantined', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vestka-cli-deep-'));
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    writeFileSync(join(dir, 'deep-document.json'), deep);
    writeFileSync(
      join(dir, 'deep-record.json'),
      `{"records":[{"id":"good-1","names":[{"text":"Good Person"}],"status":"imprisoned"},{"id":"deep","names":[{"text":"D"}],"extra":${deep}}]}`,
    );
    expect(await cli('sync', '--source', join(dir, 'deep-document.json'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^Run #\d+ failed: the source could not be read: the feed must be a JSON object with a "records" list\n$/,
      ),
    });
    const record = await cli('sync', '--source', join(dir, 'deep-record.json'));
    expect(record).toMatchObject({
      code: 0,
      err: '',
      out: expect.stringMatching(
        /^Applied run #\d+ of .*deep-record\.json: \{"newly_listed":1\}; unreadable rows: 1\. /,
      ),
    });
  });

  it('refuses wrong arguments with one line, exit 2', async () => {
    const bogus = await cli('sync', '--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.err.trim().split('\n')).toHaveLength(1);
  });
});

describe(`npm run cli -- sync --source <configured name> on a fresh database (${backendName()})`, CLI_TIMEOUT, () => {
  // A database of its own: the configured source must not exist there before the first sync.
  const fresh = useSharedDatabase();
  const configured = () => ({ ...fresh.env, SOURCE_URL: `${SOURCE_FIXTURES}feed-good.json`, SOURCE_FORMAT: 'json' });
  const run = (...argv: string[]) => cliWith(configured(), ...argv);

  it('syncs a source configured in SOURCE_URL by its name, creating its row as the bot would', async () => {
    expect(await run('sync', '--source', 'main', '--dry-run')).toMatchObject({
      code: 0,
      err: '',
      out: expect.stringContaining('newly_listed: 3'),
    });
    expect(await run('sync', '--source', 'main')).toMatchObject({
      code: 0,
      err: '',
      out: expect.stringMatching(/^Applied run #\d+ of main: \{"newly_listed":3\}/),
    });
    const sources = await run('sources');
    expect(sources.out).toMatch(
      new RegExp(
        `^main {2}json {2}\\*/15 \\* \\* \\* \\* {2}configured {2}${SOURCE_FIXTURES}feed-good\\.json\\n {4}listed: 3`,
      ),
    );
    expect(sources.out).not.toMatch(/^main\s.*\n.*\n.*main/s);
  });

  it('does not take a configured name for a file, nor let --format change a configured source', async () => {
    expect(await run('sync', '--source', 'main', '--format', 'csv')).toMatchObject({
      code: 2,
      out: '',
      err: '--format is for a file or URL: the configured source main is read as json.\n',
    });
    expect(await run('sync', '--source', 'nosuch')).toMatchObject({
      code: 2,
      out: '',
      err: 'nosuch is not a configured source (configured: main), a source the database knows, a URL or a file that exists.\n',
    });
  });

  it('syncs a file by its path into the configured source that has that URL', async () => {
    expect(await run('sync', '--source', `${SOURCE_FIXTURES}feed-good.json`)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Nothing to do \(the same snapshot as the last one\)/),
    });
  });
});

describe(
  `npm run cli -- sync: the bot's username comes from BOT_USERNAME, not from Telegram (${backendName()})`,
  CLI_TIMEOUT,
  () => {
    const fresh = useSharedDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'vestka-cli-username-'));
    const feed = join(dir, 'feed.json');
    const write = (status: string) =>
      writeFileSync(feed, JSON.stringify({ records: [{ id: 'u-1', names: [{ text: 'Ivan Ivanou' }], status }] }));
    // No BOT_TOKEN and no Bot API at all: applying must not ask Telegram anything.
    const run = (extra: Record<string, string>, ...argv: string[]) =>
      cliWith(
        { ...fresh.env, TELEGRAM_API_ROOT: 'http://127.0.0.1:9', SYNC_MAX_CHANGE_PERCENT: '100', ...extra },
        ...argv,
      );

    it('without BOT_USERNAME refuses to apply, says so plainly, and writes nothing', async () => {
      write('imprisoned');
      expect(await run({ BOT_USERNAME: '' }, 'sync', '--source', feed)).toEqual({
        code: 2,
        out: '',
        err: "Applying needs BOT_USERNAME, the bot's @username (alerts link to its cards): set it in .env or the environment. Nothing was applied. Use --dry-run to only see the plan.\n",
      });
      expect(await fresh.use(async ({ db }) => (await db.select().from(syncRuns)).length)).toBe(0);
      expect((await run({ BOT_USERNAME: '' }, 'sync', '--source', feed, '--dry-run')).code).toBe(0);
    });

    it('queues alerts whose card link names the bot in BOT_USERNAME', async () => {
      write('imprisoned');
      expect((await run({ BOT_USERNAME: '@Vestka_Cli_Bot' }, 'sync', '--source', feed)).code).toBe(0);
      await fresh.use(async ({ db }) => {
        const [person] = await db.select().from(prisoners).where(eq(prisoners.externalId, 'u-1'));
        const [subscriber] = await db
          .insert(subscribers)
          .values({ chatId: 7001, language: 'en', timezone: 'Europe/Minsk' })
          .returning();
        await db.insert(follows).values({ subscriberId: subscriber!.id, prisonerId: person!.id });
      });
      write('released');
      expect(await run({ BOT_USERNAME: '@Vestka_Cli_Bot' }, 'sync', '--source', feed)).toMatchObject({
        code: 0,
        err: '',
        out: expect.stringMatching(/^Applied run #\d+ of .*feed\.json: \{"released":1\}/),
      });
      const alerts = await fresh.use(async ({ db }) =>
        rowsOf<{ text: string }>(
          await db.execute(
            sql`select coalesce(b.text, o.text) as text from outbox o left join outbox_bodies b on b.id = o.body_id where o.chat_id = 7001`,
          ),
        ),
      );
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.text).toContain('https://t.me/Vestka_Cli_Bot?start=f_');
    });
  },
);
