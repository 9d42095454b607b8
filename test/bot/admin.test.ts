import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_COMMANDS, publishAdminMenus } from '../../src/bot/commands-menu.ts';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { recordNameFeedback } from '../../src/app/names/name-feedback.ts';
import { adminAuditLog, admins, outbox, prisoners } from '../../src/db/schema/index.ts';
import { transliterationKey } from '../../src/domain/names/index.ts';
import { BotHarness, texts } from '../support/bot-harness.ts';
import { subscriber, syncDeps } from '../support/sync-setup.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase();
/** Two admins from ADMIN_IDS, as most deployments start. */
let two: BotHarness;
/** One admin from ADMIN_IDS: the bootstrap case. */
let one: BotHarness;
beforeAll(async () => {
  two = await BotHarness.create({
    database,
    adminIds: [900, 901],
    sync: syncDeps(database.db, { adminIds: [900, 901] }),
  });
  one = await BotHarness.create({ database, adminIds: [950] });
});

const user = (id: number, language = 'en') => ({ id, language_code: language });
const UNKNOWN = "I do not know this command. Send a person's name to find them, or /help for the commands.";

async function say(harness: BotHarness, from: { id: number; language_code?: string }, text: string): Promise<string[]> {
  return texts(await harness.send(from, text)).map((html) => {
    const parsed = parseTelegramHtml(html);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.text;
  });
}

describe('/help', () => {
  it('lists the admin commands for an admin, in their language, and never for anyone else', async () => {
    const [forUser] = await say(two, user(5), '/help');
    expect(forUser).toContain('/forget — erase everything stored about you');
    expect(forUser).not.toContain('Admin commands');
    for (const { command } of ADMIN_COMMANDS) expect(forUser).not.toContain(`/${command} `);

    const [forAdmin] = await say(two, user(900), '/help');
    expect(forAdmin).toContain('/forget — erase everything stored about you');
    expect(forAdmin).toContain('Admin commands (only admins see these):');
    for (const { command } of ADMIN_COMMANDS) expect(forAdmin).toContain(`\n/${command} — `);
    expect(forAdmin).toContain('/admin_remove — remove an admin, or withdraw an addition');
    expect((await say(two, user(901, 'ru'), '/help'))[0]).toContain(
      '/release_undo — отменить подтверждённый список в течение 24 часов',
    );
  });

  it('lists only commands that answer an admin', async () => {
    for (const { command } of ADMIN_COMMANDS) {
      expect(await say(two, user(900), `/${command}`), command).not.toContain(UNKNOWN);
    }
  });
});

describe('admins', () => {
  it("with two admins, /admin_add waits for a second admin's /admin_approve; the other admins are asked in their language", async () => {
    await subscriber(database.db, 901, { language: 'ru' });
    expect(await say(two, user(900), '/admin_add abc')).toEqual([
      'Send the Telegram user id of the new admin: /admin_add 123456789.',
    ]);
    expect(await say(two, user(900), '/admin_add 4242')).toEqual([
      'Asked: user 4242 becomes an admin when another admin approves it with /admin_approve 4242. The other admins were told.',
    ]);
    const notices = await database.db.select().from(outbox);
    expect(notices.map((n) => [n.chatId, n.kind])).toEqual([[901, 'notice']]);
    expect(notices[0]!.text).toContain('Админ <code>900</code> просит сделать пользователя <code>4242</code> админом');
    expect(await say(two, user(4242), '/release')).toEqual([UNKNOWN]);
    expect(await say(two, user(900), '/admin_add 4242')).toEqual([
      'User 4242 is already waiting for approval, asked by 900. An admin other than 900 approves it with /admin_approve 4242.',
    ]);
    expect(await say(two, user(900), '/admin_approve 4242')).toEqual([
      'You asked to add user 4242, so another admin must approve it.',
    ]);
    // 901 chose Russian.
    expect(await say(two, user(901), '/admin_approve 77')).toEqual([
      'Никто не просил сделать пользователя 77 админом. Чтобы попросить, пришлите /admin_add 77.',
    ]);
    expect(await say(two, user(901), '/admin_approve 4242')).toEqual([
      'Пользователь 4242 теперь админ: запросил 900, одобрили вы.',
    ]);
    expect((await say(two, user(4242), '/release'))[0]).toContain('New release batch');
    expect(await say(two, user(900), '/admin_approve 4242')).toEqual(['User 4242 is already an admin.']);
    expect(await say(two, user(900), '/admins')).toEqual([
      'Admins\n900 · from ADMIN_IDS\n901 · from ADMIN_IDS\n4242 · asked by 900, approved by 901',
    ]);
    const actions = (await database.db.select().from(adminAuditLog)).map((a) => [a.adminId, a.action, a.details]);
    expect(actions).toEqual(
      expect.arrayContaining([
        [900, 'admin_add_request', { userId: 4242 }],
        [901, 'admin_approve', { userId: 4242, requestedBy: 900 }],
      ]),
    );
  });

  it('/admin_remove takes an added admin away at once, tells the others, and cannot remove ADMIN_IDS or the last admin', async () => {
    await database.db.insert(admins).values([{ userId: 4242, addedBy: 900, approvedBy: 901 }]);
    expect(await say(two, user(900), '/admin_remove')).toEqual([
      'Send the user id of the admin to remove: /admin_remove 123456789 (/admins lists them).',
    ]);
    expect(await say(two, user(4242), '/admin_remove 900')).toEqual([
      'User 900 is an admin from the configuration (ADMIN_IDS) and cannot be removed in the chat: remove the id from ADMIN_IDS and restart the bot.',
    ]);
    expect(await say(two, user(900), '/admin_remove 5')).toEqual(['User 5 is not an admin.']);
    expect(await say(two, user(900), '/admin_remove 4242')).toEqual([
      'User 4242 is no longer an admin. The other admins were told.',
    ]);
    expect(await say(two, user(4242), '/audit')).toEqual([UNKNOWN]);
    expect((await database.db.select().from(outbox)).map((n) => n.chatId)).toEqual([901]);

    // A pending addition is withdrawn the same way.
    await say(two, user(900), '/admin_add 5151');
    expect(await say(two, user(901), '/admin_remove 5151')).toEqual([
      'The request to make user 5151 an admin was withdrawn.',
    ]);
    expect(await say(two, user(901), '/admin_approve 5151')).toEqual([
      'Nobody asked to make user 5151 an admin. To ask, send /admin_add 5151.',
    ]);
    const actions = (await database.db.select().from(adminAuditLog)).map((a) => a.action);
    expect(actions).toEqual(['admin_remove', 'admin_add_request', 'admin_add_withdrawn']);
  });

  it('the only admin adds a second one at once (nobody else could approve); from then on approval is needed', async () => {
    expect(await say(one, user(950), '/admin_add 4242')).toEqual([
      "User 4242 is now an admin. You were the only admin, so nobody else had to approve it; from now on a new admin needs a second admin's approval.",
    ]);
    expect((await say(one, user(4242), '/release'))[0]).toContain('New release batch');
    expect((await say(one, user(4242), '/admin_add 777'))[0]).toContain(
      'becomes an admin when another admin approves it',
    );
    expect(await say(one, user(950), '/admin_remove 950')).toEqual([
      expect.stringContaining('is an admin from the configuration (ADMIN_IDS)'),
    ]);
    expect(await say(one, user(4242), '/admin_remove 4242')).toEqual([
      'User 4242 is no longer an admin. The other admins were told.',
    ]);
  });

  it('gives an admin a Telegram menu with the admin commands, in their chat only, and takes it away on removal', async () => {
    const menuCalls = (calls: Awaited<ReturnType<BotHarness['send']>>) =>
      calls
        .filter((c) => c.method.endsWith('MyCommands'))
        .map((c): { method: string; commands?: unknown; scope?: unknown } => ({ method: c.method, ...c.payload }));
    await say(two, user(900), '/admin_add 4242');
    const approved = menuCalls(await two.send(user(901), '/admin_approve 4242'));
    expect(approved).toEqual([
      expect.objectContaining({ method: 'setMyCommands', scope: { type: 'chat', chat_id: 4242 } }),
    ]);
    const commands = (approved[0]!.commands as { command: string; description: string }[]).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['follow', 'release', 'admin_remove']));
    // 4242 never chose a language: the default one (Belarusian here).
    expect(
      (approved[0]!.commands as { command: string; description: string }[]).find((c) => c.command === 'audit')!
        .description,
    ).toBe('апошнія дзеянні адмінаў');
    expect(menuCalls(await two.send(user(900), '/admin_remove 4242'))).toEqual([
      { method: 'deleteMyCommands', scope: { type: 'chat', chat_id: 4242 } },
    ]);
  });

  it("sets every admin's menu at start-up; an admin who never opened the bot is counted, the others still get theirs", async () => {
    two.failNext('setMyCommands', { error_code: 400, description: 'Bad Request: chat not found' });
    const before = two.calls.length;
    const missing = await publishAdminMenus(
      two.bot.api,
      translatorFrom(createI18n('en')),
      new Map([
        [900, 'en'],
        [901, 'ru'],
      ] as const),
    );
    expect(missing).toBe(1);
    const calls = two.calls.slice(before);
    expect(calls.map((c) => (c.payload.scope as { chat_id: number }).chat_id)).toEqual([900, 901]);
    expect(
      (calls[1]!.payload.commands as { command: string; description: string }[]).find((c) => c.command === 'admins')!
        .description,
    ).toBe('админы и добавления, ждущие одобрения');
  });
});

describe('/audit: names found only with help', () => {
  it('lists the (sound key, person) pairs kept from "Did you mean" choices and attached names, with no chat in them', async () => {
    expect(await say(two, user(900), '/audit')).toEqual(['No admin actions yet.']);
    const [person] = await database.db
      .insert(prisoners)
      .values({ nameEn: 'Mikalai Statkevich', status: 'imprisoned' })
      .returning({ id: prisoners.id });
    await recordNameFeedback(database.db, 'Andrei Statkevch', person!.id, 'did_you_mean');
    await recordNameFeedback(database.db, 'Andrei Statkevch', person!.id, 'did_you_mean');
    const [audit] = await say(two, user(900), '/audit');
    const key = transliterationKey('Andrei Statkevch');
    expect(audit!.split('\n')).toEqual([
      'No admin actions yet.',
      '',
      expect.stringContaining('Names found only with a person'),
      `${key} → ${person!.id} Mikalai Statkevich (chosen from “Did you mean”)`,
    ]);
    expect(await say(two, user(5), '/audit')).toEqual([UNKNOWN]);
  });
});
