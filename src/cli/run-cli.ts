import type { Readable, Writable } from 'node:stream';
import { describeError } from '../db/database-error.ts';
import { commands } from './commands/index.ts';

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
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    if (name && name !== 'help' && name !== '--help') io.stderr.write(`Unknown command: ${name}\n\n`);
    io.stderr.write('Usage: npm run --silent cli -- <command> [options]\n\nCommands:\n');
    for (const [key, c] of Object.entries(commands))
      io.stderr.write(`  ${key.padEnd(12)} ${c.summary}\n      ${c.usage}\n`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // Whatever a command did not foresee: one plain line, never a stack trace or a query's parameters.
    io.stderr.write(`${name} failed: ${describeError(error)}\n`);
    return 1;
  }
}
