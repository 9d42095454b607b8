import { parseOpsConfig } from '../../config.ts';
import { sourceStates } from '../../app/sync/sync-sources.ts';
import { openCliDatabase } from '../open-cli-database.ts';
import { fail } from '../cli-output.ts';
import type { CliCommand } from '../cli-command.ts';

export const sourcesCommand: CliCommand = {
  summary: 'list the sources: configured ones, and those the database knows, with their sync state',
  usage: 'sources',
  async run(_args, io) {
    const parsed = parseOpsConfig(io.env);
    if (!parsed.ok)
      return fail(io, 2, `The configuration has problems:\n${parsed.problems.map((p) => `  - ${p}\n`).join('')}`);
    const database = await openCliDatabase(parsed.config.database, io);
    if (!database) return 1;
    try {
      const stored = await sourceStates(database.db);
      const configured = new Set(parsed.config.sources.map((s) => s.name));
      for (const s of parsed.config.sources.filter((c) => !stored.some((r) => r.source.name === c.name))) {
        io.stdout.write(`${s.name}  ${s.format}  ${s.schedule}  configured, not synced yet  ${s.url}\n`);
      }
      for (const { source: s, listed, heldRunIds } of stored) {
        const state = configured.has(s.name) ? 'configured' : 'not scheduled';
        const held = heldRunIds.map((id) => `#${id}`);
        const last = s.lastSuccessAt ? s.lastSuccessAt.toISOString() : 'never';
        io.stdout.write(`${s.name}  ${s.format}  ${s.schedule}  ${state}  ${s.url}\n`);
        io.stdout.write(
          `    listed: ${listed}, last success: ${last}, failures in a row: ${s.consecutiveFailures}${held.length ? `, held runs: ${held.join(' ')}` : ''}\n`,
        );
      }
      if (stored.length === 0 && configured.size === 0)
        io.stdout.write('No sources. Set SOURCES (or SOURCE_URL) in .env; see .env.example.\n');
      return 0;
    } finally {
      await database.close();
    }
  },
};
