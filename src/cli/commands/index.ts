import type { CliCommand } from '../run-cli.ts';
import { matchCommand } from './match.ts';

/** One entry per ops command; each lives in its own file beside this one. */
export const commands: Record<string, CliCommand> = {
  match: matchCommand,
};
