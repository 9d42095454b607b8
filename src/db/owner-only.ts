import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Group and others may do nothing: who follows whom is in these files. */
const SHARED_BITS = 0o077;

/**
 * Makes the data directory owner-only: the directory itself 0700, and in it Vestka's own entries
 * (the database tree, the lock files) without group or other bits. Anything else an operator keeps
 * there is left as it is (the directory's own mode already keeps others out). Answers how many
 * entries had to be tightened. Symbolic links are not followed.
 */
export function makeOwnerOnly(dir: string, ownEntries: (name: string) => boolean): number {
  let tightened = 0;
  const visit = (path: string, descend: (name: string) => boolean) => {
    let stat;
    try {
      stat = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // removed while we looked
      throw error;
    }
    if (stat.isSymbolicLink()) return;
    const mode = stat.mode & 0o7777;
    const wanted = stat.isDirectory() ? 0o700 : mode & ~SHARED_BITS;
    if ((mode & SHARED_BITS) !== 0 || (stat.isDirectory() && (mode & 0o700) !== 0o700)) {
      chmodSync(path, wanted);
      tightened++;
    }
    if (stat.isDirectory())
      for (const name of readdirSync(path)) if (descend(name)) visit(join(path, name), () => true);
  };
  visit(dir, ownEntries);
  return tightened;
}
