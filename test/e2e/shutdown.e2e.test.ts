import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncSource } from '../../src/app/sync/source-sync.ts';
import { syncConfiguredSources } from '../../src/db/queries/sources.ts';
import { enqueueOutbox } from '../../src/db/queries/outbox.ts';
import { BotApiEmulator } from '../support/bot-api-emulator.ts';
import { feed, follow, person, subscriber, syncDeps } from '../support/sync-setup.ts';
import { useSharedDatabase } from '../support/test-database.ts';
import { e2eTimeout, VestkaProcess } from '../support/vestka-process.ts';

/**
 * SIGTERM while work is under way: the program exits 0 within 5 s, and nothing is lost (what was
 * cut short happens after the next start). The bound allows for this machine's speed: 5 s plus
 * half the start-up time measured in the same test, not a fixed small timeout. (Before, a stop
 * waited for the send's 15 s timeout, or for the source's fetch timeout until a 15 s force exit.)
 */
let emulator: BotApiEmulator;
beforeAll(async () => {
  emulator = await BotApiEmulator.start();
});
afterAll(() => emulator.stop());

async function startMeasured(env: Record<string, string>): Promise<{ proc: VestkaProcess; startupMs: number }> {
  const proc = VestkaProcess.start(env);
  await proc.waitForLog(/^ready/);
  return { proc, startupMs: Date.now() - proc.startedAt };
}

/** Sends SIGTERM; expects exit code 0 within 5 s, allowing for a slow machine as measured by the start-up. */
async function expectCleanStop(proc: VestkaProcess, startupMs: number): Promise<void> {
  const at = Date.now();
  const code = await proc.stop('SIGTERM');
  const ms = Date.now() - at;
  expect(code, `exit code after SIGTERM: ${proc.stderr.join('')}`).toBe(0);
  expect(ms, `stopped in ${ms} ms; it had started in ${startupMs} ms`).toBeLessThan(5_000 + startupMs / 2);
}

describe('SIGTERM with work under way', () => {
  const database = useSharedDatabase();

  it(
    'while Telegram is not answering a send: exits 0 within the bound, and the message goes out after the restart',
    async () => {
      const chat = 7301;
      await database.use((d) =>
        enqueueOutbox(d.db, [{ chatId: chat, kind: 'alert', dedupKey: 'shutdown:send', text: 'Released' }]),
      );
      let telegramHangs = true;
      emulator.addFault((method, params) =>
        telegramHangs && method === 'sendMessage' && params.chat_id === chat ? 'timeout' : undefined,
      );
      const env = { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, ...database.env };

      const { proc, startupMs } = await startMeasured(env);
      await emulator.waitForCall('sendMessage', (c) => c.params.chat_id === chat);
      await expectCleanStop(proc, startupMs);
      expect(emulator.messagesTo(chat)).toHaveLength(0);

      telegramHangs = false;
      const again = VestkaProcess.start(env);
      try {
        await again.waitForLog(/^ready/);
        await emulator.waitForMessage((m) => m.chat_id === chat);
      } finally {
        expect(await again.stop()).toBe(0);
      }
      expect(emulator.messagesTo(chat)).toHaveLength(1);
    },
    e2eTimeout(2),
  );

  it(
    'while a source is not answering a sync: exits 0 within the bound, and the change is announced after the restart',
    async () => {
      const follower = 7401;
      const source = await SlowSource.start();
      try {
        const definition = { name: 'main', url: source.url, format: 'json' as const, schedule: '* * * * * *' };
        // The register as the previous sync left it, and a follower of person 1.
        await database.use(async (d) => {
          const [row] = await syncConfiguredSources(d.db, [definition]);
          const deps = syncDeps(d.db, { thresholds: { ...syncDeps(d.db).thresholds, maxChangeRatio: 1 } });
          deps.source.serve(feed([person(1), person(2), person(3)]));
          expect(await syncSource(deps, row!, 'setup')).toMatchObject({ outcome: 'applied' });
          await follow(d.db, await subscriber(d.db, follower), 'p1');
        });
        const env = {
          BOT_TOKEN: emulator.token,
          TELEGRAM_API_ROOT: emulator.apiRoot,
          ...database.env,
          SOURCE_URL: source.url,
          SOURCE_FORMAT: 'json',
          SOURCE_SCHEDULE: definition.schedule,
          SYNC_MAX_CHANGE_PERCENT: '100',
          // A source that may take minutes: the stop must not wait for it.
          SYNC_FETCH_TIMEOUT_SECONDS: '600',
        };

        const { proc, startupMs } = await startMeasured(env);
        await source.requested();
        await expectCleanStop(proc, startupMs);
        expect(proc.stdout.join('\n')).toMatch(/the program stopped before the source answered/);

        // The source answers now, with person 1 moved: the next run (the next minute) announces it.
        source.answer(
          feed([person(1, { facility: { name: 'Penal colony No. 99', address: 'Street 99' } }), person(2), person(3)]),
        );
        const again = VestkaProcess.start(env);
        try {
          await again.waitForLog(/^ready/);
          const alert = await emulator.waitForMessage((m) => m.chat_id === follower, 120_000);
          expect(alert.plain).toContain('Penal colony No. 99');
        } finally {
          expect(await again.stop()).toBe(0);
        }
      } finally {
        await source.close();
      }
    },
    e2eTimeout(2) + 120_000,
  );
});

/** A source website that holds every request unanswered until told what to answer. */
class SlowSource {
  private body: string | undefined;
  private readonly held: ServerResponse[] = [];
  private readonly waiters: (() => void)[] = [];
  private count = 0;
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<SlowSource> {
    const holder: { self?: SlowSource } = {};
    const server = createServer((req, res) => holder.self!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.self = new SlowSource(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/prisoners.json`);
    return holder.self;
  }

  private handle(_req: IncomingMessage, res: ServerResponse): void {
    this.count++;
    for (const wake of this.waiters.splice(0)) wake();
    if (this.body === undefined) this.held.push(res);
    else res.writeHead(200, { 'content-type': 'application/json' }).end(this.body);
  }

  /** Resolves once a request has come in. */
  requested(): Promise<void> {
    return this.count > 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  answer(body: string): void {
    this.body = body;
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
