import { DrizzleQueryError, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/app/system-clock.ts';
import type { MessageSender, SendOutcome } from '../../src/app/delivery/ports.ts';
import { OutboxDrainer } from '../../src/app/delivery/outbox-drainer.ts';
import { pruneOldRecords } from '../../src/app/delivery/data-retention.ts';
import { syncSource } from '../../src/app/sync/source-sync.ts';
import { createDiskErasure } from '../../src/db/disk-erasure.ts';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { jobRuns, syncRuns } from '../../src/db/schema/index.ts';
import { createLogger } from '../../src/logging.ts';
import { BotHarness } from '../support/bot-harness.ts';
import {
  feed,
  follow,
  followPending,
  jsonSource,
  person,
  reload,
  subscriber,
  syncDeps,
} from '../support/sync-setup.ts';
import { backendName, useTestDatabase } from '../support/test-database.ts';
import { PATIENCE_MS } from '../support/eventually.ts';

/** A chat id and a typed name that must never reach a log line, whatever fails. */
const CHAT = 650_012_345;
const TYPED = 'Typedname Secretava';

const database = useTestDatabase();
afterEach(async () => {
  for (const table of ['outbox', 'outbox_attempts', 'subscribers', 'follows'])
    await database.db.execute(sql.raw(`alter table ${table} drop constraint if exists log_test_broken`));
});

/** Every line the logger writes, at every level. */
function capturedLogger() {
  const lines: string[] = [];
  const { logger, chatRef } = createLogger('trace', 'test-secret', { write: (line: string) => void lines.push(line) });
  return { logger, chatRef, lines };
}

/** Lines that carry the chat id (as a number of its own), the typed name, or a query's parameters. */
function leaking(lines: string[]): string[] {
  const chatId = new RegExp(`(?<!\\d)${CHAT}(?!\\d)`);
  return lines.filter(
    (line) => chatId.test(line) || line.includes(TYPED) || /params: |Failed query|Failing row/i.test(line),
  );
}

/**
 * Breaks a table for new rows only: a NOT VALID check constraint is not checked against the rows
 * already there, but every insert or update must pass it. The error then carries the failing row.
 */
async function breakTable(table: string, check: string): Promise<void> {
  await database.db.execute(sql.raw(`alter table ${table} add constraint log_test_broken check (${check}) not valid`));
}

async function until(lines: string[], pattern: RegExp, timeoutMs = PATIENCE_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = lines.find((l) => pattern.test(l));
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no log line matching ${pattern} in:\n${lines.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function drainerWith(log: ReturnType<typeof capturedLogger>, outcome: SendOutcome): OutboxDrainer {
  const sender: MessageSender = { send: () => Promise.resolve(outcome) };
  return new OutboxDrainer(
    { db: database.db, sender, clock: systemClock, logger: log.logger, chatRef: log.chatRef, translate: () => '' },
    {
      worker: 'log-test',
      ratePerSecond: 1000,
      paidRatePerSecond: 1000,
      paidBroadcast: false,
      limits: { privateChatIntervalMs: 1, groupChatIntervalMs: 1 },
      idlePollMs: 20,
    },
  );
}

async function queueFor(chatId: number, text: string, n = 3): Promise<void> {
  const subscriberId = await subscriber(database.db, chatId);
  await enqueueOutbox(
    database.db,
    Array.from({ length: n }, (_, i) => ({
      chatId,
      subscriberId,
      kind: 'alert' as const,
      dedupKey: `log:${chatId}:${i}`,
      text: `${text} ${i}`,
    })),
  );
}

describe(`no log line carries a chat id, a typed name or query parameters (${backendName()})`, () => {
  it('the drainer cannot record what it sent: the warning names the SQLSTATE and constraint, not the rows', async () => {
    const log = capturedLogger();
    await queueFor(CHAT, TYPED);
    await breakTable('outbox_attempts', `outcome = 'never'`);
    const drainer = drainerWith(log, { kind: 'sent', messageId: 1 });
    drainer.start();
    const warning = await until(log.lines, /could not record outcomes/);
    await drainer.stop();
    expect(JSON.parse(warning)).toMatchObject({
      err: {
        type: 'DrizzleQueryError',
        cause: {
          sqlstate: '23514',
          condition: 'check_violation',
          table: 'outbox_attempts',
          constraint: 'log_test_broken',
        },
      },
    });
    expect(log.lines.some((l) => l.includes('stopped without recording some outcomes'))).toBe(true);
    expect(leaking(log.lines)).toEqual([]);
  });

  it('the drainer cannot record a blocked chat (the statement that marks the subscriber inactive carries the chat id)', async () => {
    const log = capturedLogger();
    await queueFor(CHAT, TYPED, 1);
    await breakTable('subscribers', `chat_id < 0`);
    const drainer = drainerWith(log, {
      kind: 'blocked',
      errorCode: 403,
      detail: 'Forbidden: bot was blocked by the user',
    });
    drainer.start();
    await until(log.lines, /could not record outcomes/);
    await drainer.stop();
    expect(leaking(log.lines)).toEqual([]);
    // The send failure itself is logged with the chat's keyed hash only.
    expect(log.lines.find((l) => l.includes('send failed'))).toContain(log.chatRef(CHAT));
  });

  it('the drainer cannot claim (the failing row holds the chat id and the text)', async () => {
    const log = capturedLogger();
    await queueFor(CHAT, TYPED);
    await breakTable('outbox', `status <> 'sending'`);
    const drainer = drainerWith(log, { kind: 'sent', messageId: 1 });
    drainer.start();
    const warning = await until(log.lines, /drainer step failed/);
    await drainer.stop();
    expect(JSON.parse(warning)).toMatchObject({
      step: 'claim',
      err: { cause: { sqlstate: '23514', table: 'outbox' } },
    });
    expect(leaking(log.lines)).toEqual([]);
  });

  it('a bot handler whose query fails: following a typed name, changing a setting', async () => {
    const log = capturedLogger();
    const harness = await BotHarness.create({ database, logger: log.logger, chatRef: log.chatRef });
    const user = { id: CHAT, language_code: 'en' };
    await breakTable('follows', 'pending_name is null');
    const asked = await harness.send(user, TYPED);
    await harness.press(user, 'pf', harness.lastSentId(asked));
    await breakTable('subscribers', 'chat_id < 0');
    await harness.press(user, 'st:d:1');
    const failures = log.lines.filter((l) => l.includes('update failed'));
    expect(failures).toHaveLength(2);
    expect(JSON.parse(failures[1]!)).toMatchObject({
      chat: log.chatRef(CHAT),
      err: { cause: { sqlstate: '23514', table: 'subscribers' } },
    });
    expect(leaking(log.lines)).toEqual([]);
  });

  it('a sync whose alerts cannot be queued: the log line and the stored reasons name the error by its codes', async () => {
    const log = capturedLogger();
    const deps = syncDeps(database.db, { logger: log.logger });
    const source = await jsonSource(database.db);
    deps.source.serve(feed([person(1), person(2)]));
    await syncSource(deps, source, 's0');
    const chat = await subscriber(database.db, CHAT);
    await follow(database.db, chat, 'p2');
    await followPending(database.db, chat, TYPED);
    await breakTable('outbox', `chat_id <> ${CHAT}`);
    deps.source.serve(
      feed([person(1), person(2, { status: 'released' }), person(3, { names: [{ text: TYPED, lang: 'en' }] })]),
    );
    const result = await syncSource(deps, await reload(database.db, source), 's1');
    expect(result.outcome).toBe('failed');
    const [run] = await database.db
      .select()
      .from(syncRuns)
      .where(sql`${syncRuns.id} = ${result.outcome === 'failed' ? result.runId : -1}`);
    expect(JSON.stringify(run)).toMatch(/23514/);
    expect(leaking([JSON.stringify(run)])).toEqual([]);
    expect(leaking(log.lines)).toEqual([]);
  });

  it('an applied sync does not log how many alerts it queued (that is how many follow the people it changed)', async () => {
    const log = capturedLogger();
    const deps = syncDeps(database.db, { logger: log.logger });
    const source = await jsonSource(database.db);
    deps.source.serve(feed([person(1)]));
    await syncSource(deps, source, 's0');
    await follow(database.db, await subscriber(database.db, CHAT), 'p1');
    deps.source.serve(feed([person(1, { status: 'released' })]));
    expect(await syncSource(deps, await reload(database.db, source), 's1')).toMatchObject({ outcome: 'applied' });
    expect(log.lines.at(-1)).toContain('"outcome":"applied"');
    expect(log.lines.at(-1)).not.toContain('alerts');
  });

  it('the retention job stores its failure by codes', async () => {
    await database.db.execute(sql`alter table digest_runs rename to digest_runs_gone`);
    try {
      await expect(
        pruneOldRecords(
          { db: database.db, clock: systemClock, worker: 'w', disk: createDiskErasure(database) },
          'slot',
        ),
      ).rejects.toThrow();
    } finally {
      await database.db.execute(sql`alter table digest_runs_gone rename to digest_runs`);
    }
    const [run] = await database.db.select().from(jobRuns);
    expect(JSON.stringify(run!.detail)).toMatch(/42P01 undefined_table/);
    expect(JSON.stringify(run!.detail)).not.toMatch(/params|Failed query/);
  });
});

describe('the logger itself', () => {
  it('describes an error passed in any way, and never takes its message as the line', () => {
    const log = capturedLogger();
    class PostgresError extends Error {}
    const cause = Object.assign(new PostgresError('new row violates check constraint'), {
      code: '23514',
      table_name: 'follows',
      constraint_name: 'c',
      detail: `Failing row contains (${CHAT}, ${TYPED}).`,
    });
    const failure = new DrizzleQueryError('insert into follows values ($1, $2)', [CHAT, TYPED], cause);
    log.logger.error(failure);
    log.logger.error({ err: failure });
    log.logger.warn({ problem: failure, step: 'x' }, 'step failed');
    log.logger.info({ err: { message: `${CHAT}` }, text: TYPED, chatId: CHAT, params: [CHAT] }, 'object fields');
    log.logger.error(
      { err: new SyntaxError(`Unexpected token 'T', "${TYPED}" is not valid JSON`) },
      'a parser quoting its input',
    );
    log.logger.error(
      { err: new Error(`could not lock for chat ${CHAT}`) },
      'our own error: its words are kept, long numbers masked',
    );
    expect(log.lines).toHaveLength(6);
    expect(JSON.parse(log.lines[5]!)).toMatchObject({ err: { type: 'Error', message: 'could not lock for chat #' } });
    expect(leaking(log.lines)).toEqual([]);
    expect(JSON.parse(log.lines[0]!)).toMatchObject({
      msg: 'error',
      err: { cause: { sqlstate: '23514', table: 'follows', constraint: 'c' } },
    });
  });
});
