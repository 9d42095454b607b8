import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/data-dir-lock.ts';
import { currentProcess } from '../../src/db/process-identity.ts';
import { ROOT } from '../support/vestka-process.ts';

/** A lock contender in its own process; `ask` sends a line and resolves with the next answer. */
class Contender {
  private readonly answers: string[] = [];
  private readonly waiting: ((line: string) => void)[] = [];
  readonly child: ChildProcess;
  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'test/support/lock-contender.ts'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let buffer = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) (this.waiting.shift() ?? ((l: string) => this.answers.push(l)))(line);
    });
  }
  next(): Promise<string> {
    const ready = this.answers.shift();
    return ready !== undefined ? Promise.resolve(ready) : new Promise((resolve) => this.waiting.push(resolve));
  }
  ask(line: string): Promise<string> {
    const answer = this.next();
    this.child.stdin!.write(`${line}\n`);
    return answer;
  }
}

/** The pid of a process that has exited: what a crashed owner leaves in its lock. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

const me = currentProcess();
const lockFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.startsWith('vestka.'))
    .sort();
const record = (owner: Record<string, unknown>) =>
  JSON.stringify({ host: me.host, bootId: me.bootId, token: 'old', startedAt: '1', ...owner });

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vestka-lock-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => mkdtempSync(join(root, `d${dirs++}-`));

describe('the data-directory lock, raced by processes started at the same instant', () => {
  const contenders: Contender[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) contenders.push(new Contender());
    await Promise.all(contenders.map((c) => c.next())); // "ready"
  }, 60_000);
  afterAll(() => {
    for (const c of contenders) c.child.kill();
  });

  it("gives it to exactly one of four, every round, when taking over a crashed owner's lock", async () => {
    const rounds = 30;
    const winners: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const dir = freshDir();
      const dead = await deadPid();
      // A crashed owner of either format: this version's lock file and an older version's pid file.
      writeFileSync(join(dir, 'vestka.lock.3'), record({ pid: dead }));
      writeFileSync(join(dir, 'vestka.pid'), String(dead));
      const at = Date.now() + 100;
      const answers = await Promise.all(contenders.map((c) => c.ask(`acquire ${dir} ${at}`)));
      expect(answers.filter((a) => a !== 'won' && a !== 'locked')).toEqual([]);
      winners.push(answers.filter((a) => a === 'won').length);
      await Promise.all(contenders.filter((_, i) => answers[i] === 'won').map((c) => c.ask('release')));
    }
    expect(winners).toEqual(Array(rounds).fill(1));
  }, 120_000);
});

describe('the data-directory lock', () => {
  it('takes over a lock left by a process that no longer runs, and removes it', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'vestka.lock.1'), record({ pid: await deadPid() }));
    const release = acquireDataDirLock(dir);
    expect(lockFiles(dir)).toEqual(['vestka.lock.2']);
    expect(JSON.parse(readFileSync(join(dir, 'vestka.lock.2'), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    release();
  });

  it.skipIf(!existsSync('/proc/1/stat'))(
    'takes over a lock naming pid 1 when pid 1 is not the process that wrote it',
    () => {
      const dir = freshDir();
      writeFileSync(join(dir, 'vestka.lock.1'), record({ pid: 1, startedAt: 'not-the-start-of-pid-1' }));
      const release = acquireDataDirLock(dir);
      expect(lockFiles(dir)).toEqual(['vestka.lock.2']);
      release();
    },
  );

  it("is not blocked by an older version's pid file naming a live process that is not Vestka (pid 1)", () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'vestka.pid'), '1');
    const release = acquireDataDirLock(dir);
    expect(lockFiles(dir)).toEqual(['vestka.lock.1']);
    release();
  });

  it('is refused while its owner runs, with one plain sentence naming the pid', async () => {
    const dir = freshDir();
    const owner = new Contender();
    try {
      await owner.next();
      expect(await owner.ask(`acquire ${dir} 0`)).toBe('won');
      const refusal = (() => {
        try {
          acquireDataDirLock(dir);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(refusal).toBeInstanceOf(DataDirLockedError);
      expect((refusal as Error).message).toBe(
        `The data directory ${dir} is in use by another Vestka process (pid ${owner.child.pid}).`,
      );
      expect(await owner.ask('release')).toBe('released');
      acquireDataDirLock(dir)();
    } finally {
      owner.child.kill();
    }
  }, 60_000);

  it('is refused for a second opening in the same process', () => {
    const dir = freshDir();
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(
      `The data directory ${dir} is already open in this process (pid ${process.pid}); it must be closed before it is opened again.`,
    );
    release();
  });

  it('counts an owner on another host as running (it cannot be checked) and says which file to delete if it is gone', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'vestka.lock.4'), record({ pid: 77, host: 'other-host' }));
    expect(() => acquireDataDirLock(dir)).toThrow(
      `The data directory ${dir} is in use by another Vestka process (pid 77 on host other-host; if that process is gone, delete ${join(dir, 'vestka.lock.4')}).`,
    );
  });

  it('is released as "released" and never reuses a number: the next owner takes the next one', () => {
    const dir = freshDir();
    acquireDataDirLock(dir)();
    expect(JSON.parse(readFileSync(join(dir, 'vestka.lock.1'), 'utf8'))).toEqual({ released: true });
    const release = acquireDataDirLock(dir);
    expect(lockFiles(dir)).toEqual(['vestka.lock.2']);
    release();
  });
});
