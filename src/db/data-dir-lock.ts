import { randomBytes } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { currentProcess, isRunning, type ProcessIdentity } from './process-identity.ts';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: ProcessIdentity,
    readonly lockFile: string,
  ) {
    const where =
      owner.host === hostname()
        ? `pid ${owner.pid}`
        : `pid ${owner.pid} on host ${owner.host}; if that process is gone, delete ${lockFile}`;
    super(
      owner.host === hostname() && owner.pid === process.pid
        ? `The data directory ${dir} is already open in this process (pid ${owner.pid}); it must be closed before it is opened again.`
        : `The data directory ${dir} is in use by another Vestka process (${where}).`,
    );
  }

  get pid(): number {
    return this.owner.pid;
  }
}

/** What a lock file holds: its owner, or that it was released. */
type LockRecord = (ProcessIdentity & { token: string; released?: false }) | { released: true };

const PREFIX = 'vestka.lock.';
/** The pid file of versions before generations: removed once we hold the lock. */
const LEGACY_PID_FILE = 'vestka.pid';

/**
 * Keeps a second process off an embedded database directory (PGlite is single-process; two would
 * corrupt it), and takes over a lock left by a process that no longer runs (a crash, SIGKILL).
 *
 * The lock is the highest "generation" file `vestka.lock.<n>`. To acquire, a process reads the top
 * generation n; if its owner still runs, the directory is taken. Otherwise it creates n+1 with a
 * hard link from a fully written temporary file: link() fails if the name exists, so of several
 * processes that saw the same stale n exactly one creates n+1. The winner then checks that no
 * higher generation appeared meanwhile (a process that judged an older generation stale could
 * otherwise have recreated one that cleanup removed) and removes the lower ones. A generation is
 * never deleted by its owner: releasing rewrites it as released (an atomic rename), so numbers only
 * grow and a slow process can never take a number that was already used.
 *
 * The owner is identified by host, pid and the process's start time (plus boot id) where the
 * system tells them (Linux /proc), so a pid reused by another process, such as pid 1 in a
 * container, is not mistaken for the owner.
 */
export function acquireDataDirLock(dir: string): () => void {
  const me = { ...currentProcess(), token: randomBytes(8).toString('hex') };
  const temp = join(dir, `${PREFIX}tmp-${me.token}`);
  writeFileSync(temp, JSON.stringify(me), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      const top = topGeneration(dir);
      if (top > 0) {
        const record = readRecord(dir, top);
        if (record === undefined) continue; // removed by a winner's cleanup: look again
        if (!record.released && isRunning(record))
          throw new DataDirLockedError(dir, record, join(dir, `${PREFIX}${top}`));
      }
      const mine = top + 1;
      try {
        linkSync(temp, join(dir, `${PREFIX}${mine}`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue; // another process took n+1 first
        throw error;
      }
      if (topGeneration(dir) > mine) {
        removeQuietly(join(dir, `${PREFIX}${mine}`));
        continue;
      }
      removeLowerGenerations(dir, mine);
      removeQuietly(join(dir, LEGACY_PID_FILE));
      return releaser(dir, mine, me.token);
    }
    throw new Error(`Could not lock the data directory ${dir}: too many processes are starting on it at once.`);
  } finally {
    removeQuietly(temp);
  }
}

function releaser(dir: string, generation: number, token: string): () => void {
  const path = join(dir, `${PREFIX}${generation}`);
  return () => {
    // Only our own generation, and only while it is still ours.
    const record = readRecord(dir, generation);
    if (record === undefined || record.released || record.token !== token) return;
    const temp = join(dir, `${PREFIX}tmp-${token}-released`);
    writeFileSync(temp, JSON.stringify({ released: true } satisfies LockRecord), { mode: 0o600 });
    renameSync(temp, path);
  };
}

function generations(dir: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PREFIX)) continue;
    const n = Number(name.slice(PREFIX.length));
    if (Number.isSafeInteger(n) && n > 0) found.push(n);
  }
  return found;
}

function topGeneration(dir: string): number {
  return Math.max(0, ...generations(dir));
}

function removeLowerGenerations(dir: string, below: number): void {
  for (const n of generations(dir)) if (n < below) removeQuietly(join(dir, `${PREFIX}${n}`));
}

/** The record of generation n; undefined if it is gone. An unreadable record counts as released. */
function readRecord(dir: string, n: number): LockRecord | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, `${PREFIX}${n}`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const record = JSON.parse(text) as Partial<ProcessIdentity & { token: string; released: boolean }>;
    if (record.released === true) return { released: true };
    if (typeof record.pid === 'number' && typeof record.host === 'string' && typeof record.token === 'string') {
      return {
        pid: record.pid,
        host: record.host,
        token: record.token,
        startedAt: record.startedAt ?? null,
        bootId: record.bootId ?? null,
      };
    }
  } catch {
    // fall through: a file we cannot read as a record protects nothing
  }
  return { released: true };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
