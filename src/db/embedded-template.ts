import { createHash } from 'node:crypto';
import {
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { MIGRATIONS_FOLDER, migrateEmbedded } from './migrate.ts';
import { createPglite } from './pglite.ts';

/**
 * A new embedded database starts as a copy of a template: a cluster that PGlite has initialised
 * (initdb) and every migration has been applied to, kept in node_modules/.cache/vestka. Initialising
 * costs PGlite several seconds of WebAssembly; copying its 40 MB, a fraction of one. `npm install`
 * makes it (scripts/postinstall.js); a start that finds none makes it first, so the next new data
 * directory is quick. It holds the empty schema and nothing else, so it may be readable by all (the
 * copy in a data directory is made owner-only). Its name carries a hash of the PGlite version and the
 * migrations: changing either makes a new template, and the old one is removed.
 */
export const TEMPLATE_CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'vestka');

/** Bumped when the way a template is made changes. */
const TEMPLATE_FORMAT = 1;

export function templateKey(): string {
  const hash = createHash('sha256').update(`format ${TEMPLATE_FORMAT}\n`);
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(readFileSync(join(dirname(pgliteEntry), '..', 'package.json')));
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.sql') && !file.endsWith('_journal.json')) continue;
    hash.update(`${file}\n`).update(readFileSync(join(MIGRATIONS_FOLDER, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The template's directory, made now if it does not exist yet; undefined when it cannot be made here
 * (node_modules not writable): the caller then lets PGlite initialise the data directory itself.
 */
export async function ensureTemplate(cache = TEMPLATE_CACHE): Promise<string | undefined> {
  const dir = join(cache, `pglite-${templateKey()}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  let building: string;
  try {
    mkdirSync(cache, { recursive: true });
    building = mkdtempSync(join(cache, 'building-'));
  } catch {
    return undefined;
  }
  try {
    const client = await createPglite(building);
    await migrateEmbedded(client);
    await client.close();
    readableByAll(building);
    try {
      renameSync(building, dir);
    } catch (error) {
      // Another process finished the same template meanwhile: theirs is as good as ours.
      if (!existsSync(join(dir, 'PG_VERSION'))) throw error;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  for (const name of readdirSync(cache))
    if (name.startsWith('pglite-') && join(cache, name) !== dir)
      rmSync(join(cache, name), { recursive: true, force: true });
  return dir;
}

/** Copies the template to `target` (which must not exist); false when there is no template to copy. */
export async function copyTemplate(target: string, cache = TEMPLATE_CACHE): Promise<boolean> {
  const template = await ensureTemplate(cache).catch(() => undefined);
  if (!template) return false;
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  copyTree(template, partial);
  renameSync(partial, target);
  return true;
}

/**
 * Some 1,100 files: fs.cpSync looks at each twice more than this does. A copy-on-write clone where the
 * file system offers one (btrfs, XFS), a plain copy elsewhere; directories owner-only from the start.
 */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { mode: 0o700 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyTree(join(from, entry.name), join(to, entry.name));
    else copyFileSync(join(from, entry.name), join(to, entry.name), constants.COPYFILE_FICLONE);
  }
}

function readableByAll(path: string): void {
  chmodSync(path, 0o755);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) readableByAll(child);
    else chmodSync(child, 0o644);
  }
}
