import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { backendName } from '../support/test-database.ts';
import { VestkaProcess } from '../support/vestka-process.ts';

const adminUrl = process.env.TEST_DATABASE_URL;

// Two instances against one PostgreSQL is a PostgreSQL question; PGlite is single-process by design
// (and guarded by the data-directory lock, tested end to end).
describe.runIf(backendName() === 'postgres' && adminUrl)(
  'two instances starting at once against one PostgreSQL',
  () => {
    it('both migrate successfully and every migration is applied exactly once', async () => {
      const name = `vestka_concurrent_${Date.now().toString(36)}`;
      const admin = postgres(adminUrl!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name} encoding 'UTF8' template template0`);
      const url = new URL(adminUrl!);
      url.pathname = `/${name}`;
      try {
        const script = 'test/support/run-migrations.ts';
        const a = VestkaProcess.start({}, script, [url.toString()]);
        const b = VestkaProcess.start({}, script, [url.toString()]);
        expect([await a.exited, await b.exited], a.stderr.join('') + b.stderr.join('')).toEqual([0, 0]);
        const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
        const applied = await db<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations`;
        await db.end();
        expect(new Set(applied.map((r) => r.hash)).size).toBe(applied.length);
        expect(applied.length).toBeGreaterThanOrEqual(2);
      } finally {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    });
  },
);
