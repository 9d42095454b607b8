import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';

/** Every file and directory under `dir` (the directory too) whose mode lets group or others in. */
function readableByOthers(dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    if ((stat.mode & 0o077) !== 0) found.push(`${path} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return found;
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vestka-modes-'));
  chmodSync(root, 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The embedded database only: PostgreSQL keeps its own files.
describe('the embedded data directory', () => {
  const dataDir = () => join(root, 'data');

  it('is created owner-only: the directory 0700, no file or directory in it open to group or others, new files included', async () => {
    const warnings: string[] = [];
    const database = await openDatabase({ kind: 'embedded', dataDir: dataDir() }, { warn: (m) => warnings.push(m) });
    try {
      // Files PGlite creates while running (a new table, its WAL) must be private too.
      await database.db.execute(sql`create table mode_probe (id int)`);
      await database.db.execute(sql`insert into mode_probe select generate_series(1, 1000)`);
      await database.db.execute(sql`checkpoint`);
    } finally {
      await database.close();
    }
    expect(statSync(dataDir()).mode & 0o777).toBe(0o700);
    expect(readableByOthers(dataDir())).toEqual([]);
    expect(warnings).toEqual([]); // a fresh directory is simply made right
  }, 120_000);

  it("tightens a directory an older version left readable, says so once, and leaves the operator's own files alone", async () => {
    const pglite = join(dataDir(), 'pglite');
    chmodSync(dataDir(), 0o755);
    chmodSync(pglite, 0o755);
    chmodSync(join(pglite, 'PG_VERSION'), 0o666);
    mkdirSync(join(pglite, 'old-dir'), { mode: 0o777 });
    chmodSync(join(pglite, 'old-dir'), 0o777);
    writeFileSync(join(dataDir(), 'README.txt'), 'backups are elsewhere', { mode: 0o644 });
    chmodSync(join(dataDir(), 'README.txt'), 0o644);
    const warnings: string[] = [];
    const database = await openDatabase({ kind: 'embedded', dataDir: dataDir() }, { warn: (m) => warnings.push(m) });
    await database.close();
    expect(warnings).toEqual([
      `The data directory ${dataDir()} was readable by other users of this machine (4 files and directories); made it owner-only.`,
    ]);
    expect(readableByOthers(dataDir())).toEqual([`${join(dataDir(), 'README.txt')} 644`]);
  }, 120_000);
});
