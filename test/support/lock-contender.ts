import { createInterface } from 'node:readline';
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/data-dir-lock.ts';

/**
 * A process that competes for a data-directory lock on command, for the race test. Reads lines:
 * "acquire <dir> <at ms since the epoch>" (spins until then, so all contenders start together),
 * "release"; answers "won", "locked" or "error <message>", then "released".
 */
let release: (() => void) | undefined;
const answer = (line: string) => process.stdout.write(`${line}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, dir, at] = line.split(' ');
  if (command === 'acquire') {
    while (Date.now() < Number(at)) {
      // spin: a timer would wake the contenders milliseconds apart
    }
    try {
      release = acquireDataDirLock(dir!);
      answer('won');
    } catch (error) {
      answer(
        error instanceof DataDirLockedError
          ? 'locked'
          : `error ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  } else if (command === 'release') {
    release?.();
    release = undefined;
    answer('released');
  }
});
answer('ready');
