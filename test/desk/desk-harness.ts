import { request } from 'node:http';
import { adminCheck } from '../../src/app/admin/admins.ts';
import { signInitData } from '../../src/app/admin/desk-auth.ts';
import { RegistryIndex } from '../../src/app/names/registry-index.ts';
import { releaseUseCases } from '../../src/app/releases/release-deps.ts';
import { answerStep, chooseKind, startRelease, submitList } from '../../src/app/releases/release-drafts.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { deskRoutes } from '../../src/desk/desk-http.ts';
import type { DeskDeps } from '../../src/desk/desk-deps.ts';
import { listen, type Listener } from '../../src/http/http-server.ts';
import { publicRoutes } from '../../src/http/routes.ts';
import { EMULATOR_TOKEN } from '../support/bot-api-emulator.ts';
import { syncDeps } from '../support/sync-setup.ts';
import type { TestDatabase } from '../support/test-database.ts';

export const ADMIN = 900;
export const SECOND_ADMIN = 901;
export const STRANGER = 5;

/**
 * The desk as main.ts wires it, on a real HTTP listener over a test database; the test plays
 * Telegram, signing initData with the test bot token.
 */
export class DeskHarness {
  private constructor(
    readonly listener: Listener,
    readonly deps: DeskDeps & { sync: ReturnType<typeof syncDeps> },
  ) {}

  static async start(
    database: TestDatabase,
    options: { approvalThreshold?: number; search?: RegistryIndex } = {},
  ): Promise<DeskHarness> {
    const sync = syncDeps(database.db, { adminIds: [ADMIN, SECOND_ADMIN] });
    const translate = translatorFrom(createI18n('be'));
    const deps = {
      db: database.db,
      clock: sync.clock,
      translate,
      defaultLanguage: 'be' as const,
      timezone: 'Europe/Minsk',
      botToken: EMULATOR_TOKEN,
      authMaxAgeMinutes: 60,
      isAdmin: adminCheck(database.db, [ADMIN, SECOND_ADMIN]),
      sync,
      release: releaseUseCases({
        db: database.db,
        clock: sync.clock,
        translate,
        search: options.search ?? new RegistryIndex(database.db),
        timezone: 'Europe/Minsk',
        botUsername: 'vestka_test_bot',
        adminIds: [ADMIN, SECOND_ADMIN],
        defaultLanguage: 'be',
        approvalThreshold: options.approvalThreshold ?? 30,
      }),
    };
    const handler = deskRoutes(deps);
    const listener = await listen({
      host: '127.0.0.1',
      port: 0,
      setting: 'PORT',
      hostSetting: 'HOST',
      handle: publicRoutes({ health: () => Promise.resolve(true), desk: () => handler }),
    });
    return new DeskHarness(listener, deps);
  }

  get origin(): string {
    return `http://127.0.0.1:${this.listener.port}`;
  }

  initData(user: number, options: { language?: string; authDate?: Date; token?: string } = {}): string {
    return signInitData(options.token ?? EMULATOR_TOKEN, {
      user: { id: user, language_code: options.language ?? 'en' },
      authDate: options.authDate ?? this.deps.clock.now(),
    });
  }

  /** One API call as the page makes it. */
  async api(
    path: string,
    options: { user?: number; initData?: string; body?: unknown; language?: string } = {},
  ): Promise<{ status: number; json: { html?: string; message?: string; error?: string } }> {
    const initData = options.initData ?? this.initData(options.user ?? ADMIN, { language: options.language });
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    // A new connection per call: a kept-alive one the server closed while a slow step ran would be reset.
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.origin}/desk/api/${path}`,
        {
          method: body === undefined ? 'GET' : 'POST',
          agent: false,
          headers: {
            authorization: `tma ${initData}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res
            .on('data', (c: Buffer) => chunks.push(c))
            .on('error', reject)
            .on('end', () => {
              resolve({
                status: res.statusCode ?? 0,
                json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as never,
              });
            });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The /release dialogue up to the preview, as the chat drives it (the desk reviews what the chat made). */
  async prepareBatch(list: string, admin = ADMIN): Promise<number> {
    const drafts = this.deps.release.drafts;
    const { batch } = await startRelease(drafts, admin);
    await answerStep(
      drafts,
      admin,
      'be: 20 сакавіка 2026: вызвалены\nru: 20 марта 2026: освобождены\nen: 20 March 2026: released',
      'en',
    );
    await answerStep(drafts, admin, '20.03.2026');
    await chooseKind(drafts, admin, batch.id, 'pardoned');
    await answerStep(drafts, admin, 'https://spring96.org/en/news/250');
    const submitted = await submitList(drafts, admin, list);
    if (submitted.outcome !== 'preview') throw new Error(`the list was not previewed: ${submitted.outcome}`);
    return batch.id;
  }

  close(): Promise<void> {
    return this.listener.close();
  }
}

/** Text of an HTML fragment as a subscriber sees it (tags dropped, entities read), for assertions. */
export function textOf(html: string | undefined): string {
  return (html ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
