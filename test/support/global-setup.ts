import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migratePostgres } from '../../src/db/migrate.ts';
import { createPglite, wrapPglite } from '../../src/db/open-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; dumpPath: string } | { kind: 'postgres'; adminUrl: string; template: string; prefix: string };
  }
}

/**
 * Migrates one template database per run; every test file then starts from a copy of it
 * (creating and migrating a database per file would cost seconds each).
 * TEST_DATABASE_URL (a PostgreSQL server) selects PostgreSQL; otherwise PGlite.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const runId = `${Date.now().toString(36)}${process.pid}`;
    const template = `vestka_tpl_${runId}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    // Cyrillic names and pg_trgm need UTF8 whatever the server's default is.
    await admin.unsafe(`create database ${template} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    await migratePostgres(templateUrl.toString());
    project.provide('testDatabase', { kind: 'postgres', adminUrl: url, template, prefix: `vestka_t_${runId}_` });
    return async () => {
      const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`vestka_t_${runId}_%`}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vestka-test-'));
  const dumpPath = join(dir, 'template.tar');
  const database = await wrapPglite(await createPglite(), 'memory');
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  writeFileSync(dumpPath, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  project.provide('testDatabase', { kind: 'pglite', dumpPath });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  };
}
