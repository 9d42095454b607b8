import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/db/migrate.ts';
import {
  prisoners,
  releaseBatches,
  sourceClaims,
  sources,
  statusHistory,
  syncRuns,
} from '../../src/db/schema/index.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase({ resetEachTest: false });

/** The hand-written statements that fill `source_claims` on upgrade, wherever the migration that holds them ends up. */
function upgradeStatements(): string[] {
  const file = readdirSync(MIGRATIONS_FOLDER)
    .map((f) => join(MIGRATIONS_FOLDER, f))
    .filter((f) => f.endsWith('.sql'))
    .map((f) => readFileSync(f, 'utf8'))
    .find((text) => text.includes('INSERT INTO "source_claims"'))!;
  return file
    .slice(file.indexOf('-- hand-written:'))
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter(Boolean);
}

describe(`upgrading a register that already has batches (${backendName()})`, () => {
  it('remembers what each source said before a batch, and makes each source read its list once more', async () => {
    const db = database.db;
    const [main, refused] = await db
      .insert(sources)
      .values([
        { name: 'main', url: 'https://x.example/a.json', format: 'json', lastBodyHash: 'h1', etag: 'e1' },
        { name: 'refused', url: 'https://x.example/b.json', format: 'json', lastBodyHash: 'h2' },
      ])
      .returning();
    const person = (externalId: string, status: 'imprisoned' | 'pardoned', statusSince: string) => ({
      externalId,
      nameEn: externalId,
      status,
      statusSince,
      detainedAt: '2023-05-01',
      sourceId: main!.id,
    });
    const [held, freed] = await db
      .insert(prisoners)
      .values([person('held', 'imprisoned', '2024-01-10'), person('freed', 'pardoned', '2025-12-13')])
      .returning();
    const [batch] = await db
      .insert(releaseBatches)
      .values({ title: 't', releaseDate: '2025-12-13', kind: 'pardoned', status: 'confirmed', createdBy: 1 })
      .returning();
    await db.insert(statusHistory).values({
      prisonerId: freed!.id,
      kind: 'pardoned',
      fromStatus: 'imprisoned',
      toStatus: 'pardoned',
      occurredOn: '2025-12-13',
      observedAt: new Date(),
      changedBy: 'admin:1',
      releaseBatchId: batch!.id,
      details: { previous: { statusSince: '2024-01-10', expelledTo: null } },
    });
    await db.insert(syncRuns).values([
      { sourceId: refused!.id, slot: 'a', status: 'applied' },
      { sourceId: refused!.id, slot: 'b', status: 'rejected' },
      { sourceId: refused!.id, slot: 'c', status: 'unchanged' },
    ]);

    for (const statement of upgradeStatements()) await db.execute(sql.raw(statement));

    const claims = await db.select().from(sourceClaims).orderBy(sourceClaims.prisonerId);
    expect(claims.map((c) => [c.prisonerId, c.status, c.statusSince, c.detainedAt])).toEqual([
      [held!.id, 'imprisoned', '2024-01-10', '2023-05-01'],
      [freed!.id, 'imprisoned', '2024-01-10', '2023-05-01'],
    ]);
    const after = await db.select().from(sources).orderBy(sources.id);
    expect(after.map((s) => [s.name, s.lastBodyHash, s.etag])).toEqual([
      ['main', null, null],
      ['refused', 'h2', null],
    ]);
  });
});
