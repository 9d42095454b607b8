import type { CliIo } from './cli-command.ts';

/** Writes a message for the operator to stderr and returns the exit code, for `return fail(...)`. */
export function fail(io: CliIo, code: number, message: string): number {
  io.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  return code;
}
