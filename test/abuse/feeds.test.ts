import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledSync } from '../../src/app/sync/source-sync.ts';
import { syncConfiguredSources } from '../../src/db/queries/sources.ts';
import { jobRuns, outbox, prisoners, quarantinedRows, syncRuns } from '../../src/db/schema/index.ts';
import { decodeBody } from '../../src/source/decode-body.ts';
import { formatFromName, parseSource } from '../../src/source/parse-source.ts';
import { createSourceFetcher } from '../../src/source/source-fetcher.ts';
import { expectAllSafe } from '../support/safe-text.ts';
import { syncDeps } from '../support/sync-setup.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';
import { CORPUS_MAX_BYTES, FEED_CASES, type FeedCase } from './feeds/manifest.ts';

const FEEDS = dirname(fileURLToPath(import.meta.url)) + '/feeds';
const database = useTestDatabase();
let generated: string;
beforeAll(() => {
  generated = mkdtempSync(join(tmpdir(), 'vestka-abuse-'));
});
afterAll(() => rmSync(generated, { recursive: true, force: true }));

/** Where the case's body is on disk: in the corpus, or written now for a generated one. */
function pathOf(c: FeedCase): string {
  if (!c.generate) return join(FEEDS, c.file);
  const path = join(generated, c.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, c.generate());
  return path;
}

/** "/p/good-1" and "good-1" are both the id good-1. */
const idOf = (externalId: string) => externalId.split('/').pop()!;

describe(`the abuse corpus of source feeds (${backendName()})`, () => {
  it('has one manifest line for every file in the corpus folder, and a file for every line', () => {
    const files = readdirSync(FEEDS, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'manifest.ts')
      .map((e) => join(e.parentPath, e.name).slice(FEEDS.length + 1))
      .sort();
    expect(
      FEED_CASES.filter((c) => !c.generate)
        .map((c) => c.file)
        .sort(),
    ).toEqual(files);
    expect(new Set(FEED_CASES.map((c) => c.file)).size).toBe(FEED_CASES.length);
  });

  it.each(FEED_CASES.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const format = formatFromName(c.file)!;
    const path = pathOf(c);

    // The parser alone never throws, and whatever it returns is safe to store and send.
    const bytes = readFileSync(path);
    if (bytes.byteLength <= CORPUS_MAX_BYTES) expectAllSafe(parseSource(format, decodeBody(bytes, null), path));

    // The sync: fetched from the file, as a scheduled slot, on a database.
    const [source] = await syncConfiguredSources(database.db, [
      { name: 'abuse', url: path, format, schedule: '*/15 * * * *' },
    ]);
    const deps = {
      ...syncDeps(database.db),
      fetcher: createSourceFetcher({
        clock: { now: () => new Date('2026-03-20T10:15:00Z') },
        maxBytes: CORPUS_MAX_BYTES,
      }),
    };
    const result = await runScheduledSync(deps, source!, '2026-03-20T10:15Z', 'abuse');
    expect(result.outcome, JSON.stringify(result).slice(0, 500)).toBe(c.outcome);
    if (result.outcome === 'failed' || result.outcome === 'held') {
      const [run] = await database.db.select().from(syncRuns).where(eq(syncRuns.id, result.runId));
      expect(run!.reason).toMatch(/^\S.*\S$/); // a reason, on one line
    }

    expect(await database.db.select().from(syncRuns).where(eq(syncRuns.status, 'running'))).toEqual([]);
    expect(await database.db.select().from(jobRuns).where(eq(jobRuns.status, 'running'))).toEqual([]);
    const applied = (await database.db.select({ externalId: prisoners.externalId }).from(prisoners))
      .map((p) => idOf(p.externalId!))
      .sort();
    expect(applied).toEqual([...(c.outcome === 'applied' ? (c.applies ?? []) : [])].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // What reached the database is safe to show again, and holds nothing absurdly long.
    const stored = {
      prisoners: await database.db.select().from(prisoners),
      quarantined: await database.db.select().from(quarantinedRows),
      runs: await database.db.select().from(syncRuns),
      outbox: await database.db.select().from(outbox),
    };
    expectAllSafe(stored);
    expect(JSON.stringify(stored).length).toBeLessThan(200_000);
  });
});
