import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migratePostgres, MIGRATIONS_FOLDER } from '../../src/db/migrate.ts';
import { createPglite, wrapPglite } from '../../src/db/open-database.ts';
import { ROOT } from './vestka-process.ts';

type TestDatabaseTarget =
  { kind: 'pglite'; dumpPath: string } | { kind: 'postgres'; adminUrl: string; template: string; prefix: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}

/** One template for the whole run, whichever project (fast, db, e2e) asks first; dropped after the last. */
interface RunTemplate {
  target: Promise<TestDatabaseTarget>;
  users: number;
  drop: () => Promise<void>;
}
const RUN_KEY = Symbol.for('vestka.test.template');
const shared = globalThis as { [RUN_KEY]?: RunTemplate };

/**
 * Prepares one migrated template database per run; every test file then starts from a copy of it
 * (creating and migrating a database per file would cost seconds each).
 * TEST_DATABASE_URL (a PostgreSQL server) selects PostgreSQL; otherwise PGlite.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = (shared[RUN_KEY] ??= prepare());
  run.users++;
  project.provide('testDatabase', await run.target);
  return async () => {
    if (--run.users > 0) return;
    shared[RUN_KEY] = undefined;
    await run.drop();
  };
}

function prepare(): RunTemplate {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    return {
      target: pgliteTemplate().then((dumpPath) => ({ kind: 'pglite', dumpPath })),
      users: 0,
      drop: () => Promise.resolve(),
    };
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const template = `vestka_tpl_${runId}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const target = (async (): Promise<TestDatabaseTarget> => {
    // Cyrillic names and pg_trgm need UTF8 whatever the server's default is.
    await admin.unsafe(
      `create database ${template} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
    );
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    await migratePostgres(templateUrl.toString());
    return { kind: 'postgres', adminUrl: url, template, prefix: `vestka_t_${runId}_` };
  })();
  return {
    target,
    users: 0,
    async drop() {
      const leftovers = await admin<
        { datname: string }[]
      >`select datname from pg_database where datname like ${`vestka_t_${runId}_%`}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
    },
  };
}

/**
 * A dump of a migrated PGlite, kept in node_modules/.cache under a name derived from the migrations
 * and the PGlite version: initdb and the migrations run once per change, not once per run.
 */
async function pgliteTemplate(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    const path = join(MIGRATIONS_FOLDER, file);
    if (file.endsWith('.sql') || file.endsWith('.json')) hash.update(file).update(readFileSync(path));
  }
  const dir = join(ROOT, 'node_modules/.cache/vestka-test');
  const dumpPath = join(dir, `template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(dumpPath)) return dumpPath;
  mkdirSync(dir, { recursive: true });
  const database = await wrapPglite(await createPglite(), 'memory');
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  await database.close();
  // Written whole, then renamed: a run beside this one never reads half a file.
  const partial = `${dumpPath}.${process.pid}.partial`;
  writeFileSync(partial, dump);
  renameSync(partial, dumpPath);
  return dumpPath;
}
