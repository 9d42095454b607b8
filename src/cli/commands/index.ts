import type { CliCommand } from '../cli-command.ts';
import { drainCommand } from './drain.ts';
import { matchCommand } from './match.ts';
import { sourcesCommand } from './sources.ts';
import { syncCommand } from './sync.ts';

/** One entry per ops command; each lives in its own file beside this one. */
export const commands: Record<string, CliCommand> = {
  match: matchCommand,
  sync: syncCommand,
  sources: sourcesCommand,
  drain: drainCommand,
};
