import anyAscii from 'any-ascii';
import Fuse from 'fuse.js';
import postgres from 'postgres';
import type { PGlite } from '@electric-sql/pglite';
import { createPglite } from '../../src/db/open-database.ts';
import { NameIndex } from '../../src/domain/names/index.ts';
import type { RegistryPerson } from './evaluation-set.ts';
import type { Answer } from './metrics.ts';

/** One matcher under test: load a registry, then answer queries one at a time. */
export interface Engine {
  name: string;
  load(registry: readonly RegistryPerson[]): Promise<void>;
  query(text: string): Promise<Answer>;
  close(): Promise<void>;
}

/** Persons in the order their best-scored name comes, each once. */
function rankPersons(hits: readonly { id: string; score: number }[]): Answer {
  const ids: string[] = [];
  for (const h of hits) if (!ids.includes(h.id)) ids.push(h.id);
  return { ids, topScore: hits[0]?.score ?? 0 };
}

export function vestkaEngine(): Engine {
  let index = new NameIndex();
  return {
    name: 'Vestka',
    load(registry) {
      index = new NameIndex(registry.map((p) => ({ id: p.id, names: p.names, gender: p.gender })));
      return Promise.resolve();
    },
    query(text) {
      const r = index.search(text, { limit: 5 });
      return Promise.resolve({
        ids: r.candidates.map((c) => c.id),
        topScore: r.candidates[0]?.score ?? 0,
        decision: r.decision,
      });
    },
    close: () => Promise.resolve(),
  };
}

/** Plain ASCII, lower case: what a generic pipeline does before fuzzy search. */
export function translit(text: string): string {
  return anyAscii(text).toLowerCase();
}

export function fuseEngine(transliterate: boolean): Engine {
  const prepare = transliterate ? translit : (s: string) => s;
  let fuse = new Fuse<{ id: string; name: string }>([]);
  return {
    name: transliterate ? 'fuse.js (transliterated)' : 'fuse.js (raw text)',
    load(registry) {
      const entries = registry.flatMap((p) => p.names.map((n) => ({ id: p.id, name: prepare(n.text) })));
      fuse = new Fuse(entries, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
      return Promise.resolve();
    },
    query(text) {
      const hits = fuse.search(prepare(text), { limit: 50 }).map((r) => ({ id: r.item.id, score: 1 - (r.score ?? 1) }));
      return Promise.resolve(rankPersons(hits));
    },
    close: () => Promise.resolve(),
  };
}

interface Sql {
  run(statement: string, params?: unknown[]): Promise<{ id: string; s: number }[]>;
  end(): Promise<void>;
}

const SCHEMA = [
  'create extension if not exists pg_trgm',
  'drop table if exists bench_names',
  'create table bench_names (person_id text not null, name text not null)',
];
// The trigram GiST index serves the <-> (distance) ordering, so the nearest names come from the index.
const INDEX = 'create index bench_names_trgm on bench_names using gist (name gist_trgm_ops)';
const NEAREST =
  'select person_id as id, similarity(name, $1)::float8 as s from bench_names order by name <-> $1 limit 20';

function trigramEngine(name: string, connect: () => Promise<Sql>): Engine {
  let sql: Sql | undefined;
  return {
    name,
    async load(registry) {
      sql ??= await connect();
      for (const statement of SCHEMA) await sql.run(statement);
      const rows = registry.flatMap((p) => p.names.map((n) => [p.id, translit(n.text)] as const));
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        const values = chunk.map((_, k) => `($${2 * k + 1}, $${2 * k + 2})`).join(', ');
        await sql.run(`insert into bench_names (person_id, name) values ${values}`, chunk.flat());
      }
      await sql.run(INDEX);
      await sql.run('analyze bench_names');
    },
    async query(text) {
      const rows = await sql!.run(NEAREST, [translit(text)]);
      return rankPersons(rows.map((r) => ({ id: r.id, score: Number(r.s) })));
    },
    async close() {
      await sql?.end();
    },
  };
}

export function pgliteTrigramEngine(): Engine {
  return trigramEngine('pg_trgm (PGlite)', async () => {
    const db: PGlite = await createPglite();
    return {
      run: async (statement, params) => (await db.query<{ id: string; s: number }>(statement, params)).rows,
      end: () => db.close(),
    };
  });
}

/**
 * pg_trgm on a real PostgreSQL, in a scratch database created for the run and dropped after it.
 * Returns undefined (and the reason) when no server answers.
 */
export async function postgresTrigramEngine(url: string): Promise<{ engine?: Engine; note?: string }> {
  const database = 'names_bench';
  const admin = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  try {
    await admin.unsafe(`drop database if exists ${database}`);
    await admin.unsafe(`create database ${database}`);
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => {});
    return { note: `PostgreSQL at ${url} not used: ${error instanceof Error ? error.message : String(error)}` };
  }
  const target = new URL(url);
  target.pathname = `/${database}`;
  const engine = trigramEngine('pg_trgm (PostgreSQL)', () => {
    const client = postgres(target.toString(), { max: 1, onnotice: () => {} });
    return Promise.resolve({
      run: async (statement, params) =>
        (await client.unsafe(statement, (params ?? []) as never[])) as unknown as { id: string; s: number }[],
      async end() {
        await client.end({ timeout: 5 });
        await admin.unsafe(`drop database if exists ${database}`);
        await admin.end({ timeout: 5 });
      },
    });
  });
  return { engine };
}
