import { parseOpsConfig } from '../../config.ts';
import { countListed } from '../../db/queries/prisoners.ts';
import { listSources } from '../../db/queries/sources.ts';
import { heldRuns } from '../../db/queries/sync-runs.ts';
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
      const stored = await listSources(database.db);
      const configured = new Set(parsed.config.sources.map((s) => s.name));
      for (const s of parsed.config.sources.filter((c) => !stored.some((r) => r.name === c.name))) {
        io.stdout.write(`${s.name}  ${s.format}  ${s.schedule}  configured, not synced yet  ${s.url}\n`);
      }
      for (const s of stored) {
        const state = configured.has(s.name) ? 'configured' : 'not scheduled';
        const held = (await heldRuns(database.db, s.id)).map((r) => `#${r.id}`);
        const last = s.lastSuccessAt ? s.lastSuccessAt.toISOString() : 'never';
        io.stdout.write(`${s.name}  ${s.format}  ${s.schedule}  ${state}  ${s.url}\n`);
        io.stdout.write(
          `    listed: ${await countListed(database.db, s.id)}, last success: ${last}, failures in a row: ${s.consecutiveFailures}${held.length ? `, held runs: ${held.join(' ')}` : ''}\n`,
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
