import { fork, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { Api } from 'grammy';
import { pino } from 'pino';
import { systemClock } from '../src/app/system-clock.ts';
import type { MessageSender } from '../src/app/delivery/ports.ts';
import { OutboxDrainer, type DrainerOptions } from '../src/app/delivery/outbox-drainer.ts';
import type { Database } from '../src/db/database.ts';
import { enqueueOutbox } from '../src/db/queries/outbox.ts';
import { unsettledCount } from '../src/db/queries/outbox-stats.ts';
import { telegramSender } from '../src/telegram/telegram-sender.ts';
import { TELEGRAM_RATE_LIMITS, type EmulatorOptions } from '../test/support/bot-api-emulator.ts';
import { dropStaleBenchDatabases, scratchDatabase, type Backend } from './support/bench-database.ts';

/**
 * Delivery benchmark (issue 5). The drainer runs in this process against a database and the Bot API
 * emulator (its own process): first with Telegram's limits (429 above 30/s overall or 1/s per chat),
 * then without any limit for the system's own ceiling, over HTTP and with an in-process sender.
 *   npm run bench:delivery [-- --quick] [--backend pglite|postgres] [--scenario <part of a name>]
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--backend') ? (args[args.indexOf('--backend') + 1] as Backend) : undefined;
const pick = args.includes('--scenario') ? args[args.indexOf('--scenario') + 1] : undefined;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WARM_UP_MS = 2000;
const scale = quick ? 0.2 : 1;

interface Scenario {
  name: string;
  messages: number;
  chats: number;
  emulator: EmulatorOptions | 'none';
  drainer: Partial<DrainerOptions>;
  /** The rate the policy aims for here: the global budget, or the chats' own limit when that is lower. */
  configuredRate?: number;
  /** Few chats: the per-chat limit, not the global budget, sets the pace. */
  pacedPerChat?: boolean;
}

const scenarios: Scenario[] = [
  {
    name: `${Math.round(3000 * scale)} → ${Math.round(3000 * scale)} chats, Telegram limits`,
    messages: Math.round(3000 * scale),
    chats: Math.round(3000 * scale),
    emulator: { rateLimit: TELEGRAM_RATE_LIMITS },
    drainer: { ratePerSecond: 28 },
    configuredRate: 28,
  },
  {
    name: `${Math.round(300 * scale)} → 10 chats, Telegram limits`,
    messages: Math.round(300 * scale),
    chats: 10,
    emulator: { rateLimit: TELEGRAM_RATE_LIMITS },
    drainer: { ratePerSecond: 28 },
    configuredRate: 10,
    pacedPerChat: true,
  },
  {
    name: 'ceiling, emulator without limits (HTTP)',
    messages: Math.round(10_000 * scale),
    chats: Math.round(10_000 * scale),
    emulator: {},
    drainer: unlimited(),
  },
  {
    name: 'ceiling, in-process sender (no HTTP)',
    messages: Math.round(20_000 * scale),
    chats: Math.round(20_000 * scale),
    emulator: 'none',
    drainer: unlimited(),
  },
];

function unlimited(): Partial<DrainerOptions> {
  return {
    ratePerSecond: Infinity,
    paidRatePerSecond: Infinity,
    limits: { privateChatIntervalMs: 0, groupChatIntervalMs: 0 },
    maxInFlight: 64,
  };
}

interface Row {
  scenario: string;
  backend: Backend;
  messages: number;
  seconds: string;
  rate: string;
  ofConfigured: string;
  r429: number;
  r429After: number;
  duplicates: number;
  lost: number;
}

async function run(scenario: Scenario, backend: Backend): Promise<Row> {
  const database = await scratchDatabase(backend, ADMIN_URL);
  const emulator = scenario.emulator === 'none' ? undefined : await startEmulator(scenario.emulator);
  try {
    await fill(database, scenario);
    const inProcess: [number, string, number][] = [];
    const sender: MessageSender = emulator
      ? telegramSender(new Api(emulator.token, { apiRoot: emulator.apiRoot, timeoutSeconds: 30 }))
      : {
          send: (m) => (
            inProcess.push([m.chatId, m.html, Date.now()]),
            Promise.resolve({ kind: 'sent', messageId: inProcess.length })
          ),
        };
    const drainer = new OutboxDrainer(
      {
        db: database.db,
        sender,
        clock: systemClock,
        logger: pino({ level: 'warn' }),
        chatRef: String,
        translate: () => '',
      },
      {
        worker: 'bench',
        ratePerSecond: 28,
        paidRatePerSecond: 1000,
        paidBroadcast: false,
        exclusive: database.mode === 'embedded',
        ...scenario.drainer,
      },
    );
    const started = Date.now();
    drainer.start();
    while ((await unsettledCount(database.db)) > 0) await new Promise((r) => setTimeout(r, 100));
    const finished = Date.now();
    await drainer.stop();
    const stats = emulator ? await emulator.stats() : { sent: inProcess, rateLimitedAt: [] };
    const first = Math.min(...stats.sent.map((s) => s[2]));
    const last = Math.max(...stats.sent.map((s) => s[2]));
    // Steady-state rate over the span from the first to the last delivery: (N - 1) / span when the
    // global budget paces sending; with a few chats, each chat's first message opens the span
    // together, so it is (N - chats) / span. The whole run, claims and settling included, is "seconds".
    const opening = scenario.pacedPerChat ? scenario.chats : 1;
    const rate = (stats.sent.length - opening) / ((last - first) / 1000);
    const texts = new Set(stats.sent.map((s) => s[1]));
    return {
      scenario: scenario.name,
      backend,
      messages: scenario.messages,
      seconds: ((finished - started) / 1000).toFixed(1),
      rate: rate.toFixed(1),
      ofConfigured: scenario.configuredRate ? `${((rate / scenario.configuredRate) * 100).toFixed(1)} %` : '—',
      r429: stats.rateLimitedAt.length,
      r429After: stats.rateLimitedAt.filter((t) => t > first + WARM_UP_MS).length,
      duplicates: stats.sent.length - texts.size,
      lost: scenario.messages - texts.size,
    };
  } finally {
    await emulator?.stop();
    await database.close();
  }
}

async function fill(database: Database, scenario: Scenario): Promise<void> {
  const messages = Array.from({ length: scenario.messages }, (_, n) => ({
    chatId: 1_000_000 + (n % scenario.chats),
    kind: 'alert' as const,
    dedupKey: `bench:${n}`,
    text: `Alert #${n}: <b>status changed</b>`,
  }));
  for (let i = 0; i < messages.length; i += 5000) await enqueueOutbox(database.db, messages.slice(i, i + 5000));
}

interface EmulatorHandle {
  apiRoot: string;
  token: string;
  stats(): Promise<{ sent: [number, string, number][]; rateLimitedAt: number[] }>;
  stop(): Promise<void>;
}

async function startEmulator(options: EmulatorOptions): Promise<EmulatorHandle> {
  const child: ChildProcess = fork(
    new URL('./support/emulator-process.ts', import.meta.url).pathname,
    [JSON.stringify(options)],
    { execArgv: ['--import', 'tsx'] },
  );
  const next = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (m: { type: string }) => {
        if (m.type === type) {
          child.off('message', onMessage);
          resolve(m as T);
        }
      };
      child.on('message', onMessage);
    });
  const ready = await next<{ apiRoot: string; token: string }>('ready');
  return {
    ...ready,
    stats: () => (child.send({ type: 'stats' }), next('stats')),
    stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.send({ type: 'stop' }))),
  };
}

const backends: Backend[] = only ? [only] : ['pglite', 'postgres'];
if (backends.includes('postgres')) await dropStaleBenchDatabases(ADMIN_URL);
const rows: Row[] = [];
process.stderr.write(`delivery bench on ${cpus().length} cores, Node ${process.version}${quick ? ' (quick)' : ''}\n`);
for (const scenario of scenarios.filter((s) => !pick || s.name.includes(pick))) {
  for (const backend of backends) {
    process.stderr.write(`  ${scenario.name} on ${backend}…\n`);
    rows.push(await run(scenario, backend));
  }
}
const header = [
  'scenario',
  'backend',
  'messages',
  'seconds',
  'achieved/s',
  '% of configured',
  '429 total',
  `429 after warm-up (first ${WARM_UP_MS / 1000} s excluded)`,
  'duplicates',
  'lost',
];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const r of rows)
  console.log(
    `| ${[r.scenario, r.backend, r.messages, r.seconds, r.rate, r.ofConfigured, r.r429, r.r429After, r.duplicates, r.lost].join(' | ')} |`,
  );
