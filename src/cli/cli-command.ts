import type { Readable, Writable } from 'node:stream';

/** What every CLI command is and gets: its arguments and the process's streams (tests pass their own). */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes: 0 done, 1 the work failed, 2 the command or its input was wrong. */
