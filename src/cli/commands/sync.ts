import { parseArgs } from 'node:util';
import { systemClock } from '../../app/system-clock.ts';
import { syncSource } from '../../app/sync/source-sync.ts';
import { adHocSourceRow, configuredSourceRow, storedSources } from '../../app/sync/sync-sources.ts';
import type { SyncRunOutcome } from '../../app/sync/ports.ts';
import { previewSync } from '../../app/sync/sync-preview.ts';
import { parseOpsConfig } from '../../config.ts';
import { describeError } from '../../db/database-error.ts';
import { describeReasons, type SyncPlan } from '../../domain/sync-plan.ts';
import { parseSource, SOURCE_FORMATS, type SourceFormat } from '../../source/parse-source.ts';
import { createSourceFetcher, SourceTooLargeError } from '../../source/source-fetcher.ts';
import { buildServices } from '../../services.ts';
import { openCliDatabase } from '../open-cli-database.ts';
import { fail } from '../cli-output.ts';
import type { CliCommand, CliIo } from '../cli-command.ts';
import { resolveSourceTarget, targetFormat, targetRow, targetUrl } from '../source-target.ts';

const SHOWN = 20;

function printPlan(io: CliIo, plan: SyncPlan & { names: Map<string, string> }): void {
  const byKind = new Map<string, string[]>();
  for (const change of plan.changes) {
    for (const event of change.events)
      byKind.set(event.kind, [
        ...(byKind.get(event.kind) ?? []),
        `${plan.names.get(change.externalId) ?? change.externalId} (${change.externalId})`,
      ]);
  }
  if (byKind.size === 0) io.stdout.write('No changes.\n');
  for (const [kind, people] of byKind) {
    io.stdout.write(`${kind}: ${people.length}\n`);
    for (const p of people.slice(0, SHOWN)) io.stdout.write(`  ${p}\n`);
    if (people.length > SHOWN) io.stdout.write(`  … and ${people.length - SHOWN} more\n`);
  }
  if (plan.quarantined.length > 0) io.stdout.write(`unreadable rows: ${plan.quarantined.length}\n`);
  for (const q of plan.quarantined.slice(0, SHOWN)) io.stdout.write(`  ${q.rowRef}: ${q.reason}\n`);
  io.stdout.write(
    plan.hold
      ? `The breaker would hold this run for an admin: ${describeReasons(plan.reasons)}\n`
      : 'The breaker would let this run through.\n',
  );
}

/** 0 done (applied, unchanged, held); 2 the input cannot be read or is too large; 1 any other failure. */
function exitCodeOf(result: SyncRunOutcome): number {
  if (result.outcome !== 'failed') return 0;
  return result.cause === 'unreadable' ? 2 : 1;
}

export const syncCommand: CliCommand = {
  summary: 'sync one source now: print the planned changes (--dry-run) or apply them',
  usage: 'sync --source <configured source name, file or URL> [--format json|csv|html] [--dry-run]',
  async run(args, io) {
    let options;
    try {
      options = parseArgs({
        args,
        options: {
          source: { type: 'string' },
          format: { type: 'string' },
          'dry-run': { type: 'boolean', default: false },
        },
      }).values;
    } catch (error) {
      return fail(io, 2, `${describeError(error)} Usage: ${this.usage}`);
    }
    if (!options.source) return fail(io, 2, `--source is required. Usage: ${this.usage}`);
    if (options.format !== undefined && !(SOURCE_FORMATS as readonly string[]).includes(options.format))
      return fail(io, 2, `--format must be one of ${SOURCE_FORMATS.join(', ')}.`);
    const parsedConfig = parseOpsConfig(io.env);
    if (!parsedConfig.ok)
      return fail(io, 2, `The configuration has problems:\n${parsedConfig.problems.map((p) => `  - ${p}\n`).join('')}`);
    const config = parsedConfig.config;
    const database = await openCliDatabase(config.database, io);
    if (!database) return 1;
    try {
      const target = await resolveSourceTarget(
        options.source,
        options.format as SourceFormat | undefined,
        config.sources,
        await storedSources(database.db),
      );
      if ('error' in target) return fail(io, 2, target.error);
      const url = targetUrl(target);
      const clock = systemClock;
      const fetcher = createSourceFetcher({
        clock,
        timeoutMs: config.sync.fetchTimeoutMs,
        maxBytes: config.sync.maxBodyBytes,
      });

      if (options['dry-run']) {
        const fetched = await fetcher.fetch(url, {}).catch((error: unknown) => error as Error);
        if (fetched instanceof Error)
          return fail(
            io,
            fetched instanceof SourceTooLargeError ? 2 : 1,
            `Cannot fetch the source: ${describeError(fetched)}`,
          );
        if (fetched.status !== 'fetched') return fail(io, 1, 'The source answered "not modified".');
        const parsed = parseSource(targetFormat(target), fetched.body, url);
        if (!parsed.ok) return fail(io, 2, `The source cannot be read: ${parsed.error}`);
        printPlan(io, await previewSync(database.db, targetRow(target), parsed, config.sync.thresholds, clock.now()));
        return 0;
      }

      // The alerts link to the bot's cards; the CLI takes the bot's name from the settings, never from Telegram.
      if (!config.botUsername)
        return fail(
          io,
          2,
          "Applying needs BOT_USERNAME, the bot's @username (alerts link to its cards): set it in .env or the environment. Nothing was applied. Use --dry-run to only see the plan.",
        );
      const source =
        target.kind === 'configured'
          ? await configuredSourceRow(database.db, target.definition)
          : target.kind === 'stored'
            ? target.row
            : await adHocSourceRow(database.db, url, target.format);
      const { sync } = buildServices({ config, database, botUsername: config.botUsername, clock, fetcher });
      const result = await syncSource(sync, source, `cli:${clock.now().toISOString()}`);
      switch (result.outcome) {
        case 'applied':
          // How many alerts were queued is how many follow the people who changed: never printed.
          io.stdout.write(
            `Applied run #${result.runId} of ${source.name}: ${JSON.stringify(result.counts)}; unreadable rows: ${result.quarantined}. Followers of the people who changed are told through the outbox.\n`,
          );
          break;
        case 'unchanged':
          io.stdout.write(`Nothing to do (${result.why}); run #${result.runId}.\n`);
          break;
        case 'held':
          io.stdout.write(
            `Run #${result.runId} is on hold for an admin: ${describeReasons(result.reasons)}. Confirm with /sync_confirm ${result.runId} in the bot.\n`,
          );
          break;
        case 'failed':
          io.stderr.write(`Run #${result.runId} failed: ${result.reason}\n`);
          break;
      }
      return exitCodeOf(result);
    } finally {
      await database.close();
    }
  },
};
