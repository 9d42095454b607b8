import { outboxIsEmpty } from '../../app/delivery/queue-report.ts';
import { parseConfig } from '../../config.ts';
import { DataDirLockedError } from '../../db/data-dir-lock.ts';
import { describeError } from '../../db/database-error.ts';
import { openDatabase } from '../../db/open-database.ts';
import { createOutboxDrainer } from '../../services.ts';
import { createLogger } from '../../logging.ts';
import type { CliCommand } from '../cli-command.ts';

const USAGE = 'drain [--until-empty] [--lease-seconds N]';

/**
 * A standalone drainer process: sends the outbox with the same code the bot process runs. Several
 * may run against one PostgreSQL; on the embedded database only one process can open DATA_DIR.
 */
export const drainCommand: CliCommand = {
  summary: 'Send queued messages (the outbox) until stopped, or until nothing is left with --until-empty.',
  usage: USAGE,
  async run(args, io) {
    const options = parseArgs(args);
    if (typeof options === 'string') {
      io.stderr.write(`${options}\nUsage: npm run --silent cli -- ${USAGE}\n`);
      return 2;
    }
    const parsed = parseConfig(io.env);
    if (!parsed.ok) {
      for (const problem of parsed.problems) io.stderr.write(`  - ${problem}\n`);
      return 2;
    }
    const { config } = parsed;
    const { logger, chatRef } = createLogger(config.logLevel, config.botToken);
    const database = await openDatabase(config.database).catch((error: unknown) => {
      io.stderr.write(
        `Cannot open the database: ${error instanceof DataDirLockedError ? `${error.message} Stop it first.` : describeError(error)}\n`,
      );
      return undefined;
    });
    if (!database) return 1;
    const drainer = createOutboxDrainer({
      config,
      database,
      logger,
      chatRef,
      leaseMs: options.leaseSeconds ? options.leaseSeconds * 1000 : undefined,
    });
    drainer.start();
    logger.info({ database: database.mode, location: database.location }, 'drainer ready');
    await untilDone(options.untilEmpty ? () => outboxIsEmpty(database.db) : undefined);
    await drainer.stop();
    await database.close();
    logger.info('drainer stopped');
    return 0;
  },
};

function parseArgs(args: string[]): { untilEmpty: boolean; leaseSeconds?: number } | string {
  const options: { untilEmpty: boolean; leaseSeconds?: number } = { untilEmpty: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--until-empty') options.untilEmpty = true;
    else if (arg === '--lease-seconds') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 2 || value > 3600)
        return '--lease-seconds takes a whole number of seconds between 2 and 3600.';
      options.leaseSeconds = value;
    } else return `Unknown option: ${arg}`;
  }
  return options;
}

/** Resolves on SIGINT/SIGTERM, or once `done` answers true (checked a few times a second). */
function untilDone(done?: () => Promise<boolean>): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      if (timer) clearTimeout(timer);
      resolve();
    };
    process.once('SIGINT', finish);
    process.once('SIGTERM', finish);
    if (!done) return;
    const check = () => {
      done().then(
        (yes) => (yes ? finish() : (timer = setTimeout(check, 200))),
        () => (timer = setTimeout(check, 1000)),
      );
    };
    timer = setTimeout(check, 200);
  });
}
