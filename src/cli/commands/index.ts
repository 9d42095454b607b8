import type { CliCommand } from '../run-cli.ts';
import { drainCommand } from './drain.ts';

/** One entry per ops command; each lives in its own file beside this one. */
export const commands: Record<string, CliCommand> = {
  drain: drainCommand,
};
