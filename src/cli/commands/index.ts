import type { CliCommand } from '../run-cli.ts';
import { sourcesCommand } from './sources.ts';
import { syncCommand } from './sync.ts';

/** One entry per ops command; each lives in its own file beside this one. */
export const commands: Record<string, CliCommand> = {
  sync: syncCommand,
  sources: sourcesCommand,
};
