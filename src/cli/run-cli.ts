import { describeError } from '../db/database-error.ts';
import type { CliIo } from './cli-command.ts';
import { commands } from './commands/index.ts';

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
