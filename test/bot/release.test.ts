import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USER_COMMANDS } from '../../src/bot/commands-menu.ts';
import { adminAuditLog, follows, outbox, prisoners, releaseBatches } from '../../src/db/schema/index.ts';
import type { Language } from '../../src/domain/language.ts';
import { BotHarness, buttons, texts } from '../support/bot-harness.ts';
import { subscriber } from '../support/sync-setup.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';
import { useTestDatabase } from '../support/test-database.ts';

const files = new Map<string, string>();
const database = useTestDatabase();
let harness: BotHarness;
beforeAll(async () => {
  harness = await BotHarness.create({
    database,
    adminIds: [900, 901],
    fetchDocument: (path) => Promise.resolve(files.get(path)),
  });
});
afterAll(async () => harness.close());
beforeEach(async () => {
  await database.db.insert(prisoners).values([
    {
      externalId: 'a',
      nameBe: 'Іван Іваноў',
      nameRu: 'Иван Иванов',
      nameEn: 'Ivan Ivanou',
      gender: 'm',
      birthYear: 1985,
      region: 'Гомель',
      status: 'imprisoned',
    },
    {
      externalId: 'b',
      nameBe: 'Іван Іваноў',
      nameRu: 'Иван Иванов',
      nameEn: 'Ivan Ivanou',
      gender: 'm',
      birthYear: 1990,
      region: 'Мінск',
      status: 'imprisoned',
    },
    {
      externalId: 'c',
      nameBe: 'Ігар Лосік',
      nameRu: 'Игорь Лосик',
      nameEn: 'Ihar Losik',
      gender: 'm',
      birthYear: 1992,
      status: 'imprisoned',
    },
  ]);
});

const admin = (language: Language = 'en') => ({ id: 900, language_code: language });

function plain(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
}

async function say(user: { id: number; language_code?: string }, text: string): Promise<string[]> {
  return texts(await harness.send(user, text)).map(plain);
}

/** Title (all three languages), date, kind (pardoned), no link: the dialogue up to "paste the list". */
async function openDialogue(language: Language = 'en'): Promise<void> {
  await say(admin(language), '/release');
  await say(
    admin(language),
    'be: 13 снежня 2025: вызвалены 3\nru: 13 декабря 2025: освобождены 3\nen: 13 December 2025: 3 released',
  );
  const kind = await harness.send(admin(language), '13.12.2025');
  await harness.press(
    admin(language),
    buttons(kind)
      .find((b) => b.data?.startsWith('rk:'))!
      .data!.replace(/:\d+$/, ':0'),
  );
  const source = harness.calls.at(-1)!;
  await harness.press(admin(language), buttons([source]).find((b) => b.data?.startsWith('rs:'))!.data!);
}

describe('/release for admins', () => {
  it('is invisible to everyone else: the unknown-command answer, nothing stored, not in the menu', async () => {
    for (const command of [
      '/release',
      '/release_cancel',
      '/release_show 1',
      '/release_approve 1',
      '/release_undo 1',
      '/admin_add 5',
      '/audit',
    ]) {
      expect(await say({ id: 5, language_code: 'en' }, command)).toEqual([
        "I do not know this command. Send a person's name to find them, or /help for the commands.",
      ]);
    }
    expect(USER_COMMANDS.map((c) => c.command)).not.toContain('release');
    expect(await database.db.select().from(releaseBatches)).toEqual([]);
    expect(await database.db.select().from(adminAuditLog)).toEqual([]);
  });

  it('walks an admin from the title to a confirmed batch; taps fix an ambiguous line', async () => {
    const follower = await subscriber(database.db, 777, { language: 'en' });
    const [b] = await database.db.select({ id: prisoners.id }).from(prisoners).where(eqExternal('b'));
    await database.db.insert(follows).values({ subscriberId: follower, prisonerId: b!.id });

    expect((await say(admin(), '/release'))[0]).toContain('New release batch');
    expect((await say(admin(), 'x'))[0]).toBe('The title must be 3 to 120 characters.');
    const titles = await harness.send(admin(), '13 декабря 2025: освобождены 3');
    expect(plain(texts(titles)[0]!)).toContain('Title saved:\nru: 13 декабря 2025: освобождены 3\n');
    expect(plain(texts(titles)[0]!)).toContain('send one line per language: be: … en: …');
    expect((await say(admin(), 'en: 13 December 2025: 3 released'))[0]).toContain('The date of the release');
    const kind = await harness.send(admin(), '13.12.2025');
    expect(buttons(kind).map((x) => x.text)).toEqual(['pardoned', 'end of term', 'expelled', 'released in Belarus']);
    const country = await harness.press(admin(), buttons(kind)[2]!.data!);
    expect(plain(texts(country)[0]!)).toContain('To which country');
    expect(buttons(country).map((b) => b.text)).toEqual(['Lithuania', 'Ukraine', 'Poland', 'Latvia']);
    expect(texts(await harness.press(admin(), buttons(country)[0]!.data!)).map(plain)[0]).toContain(
      'The link to the published list',
    );
    expect((await say(admin(), 'https://spring96.org/en/news/1'))[0]).toContain('Now paste the list');

    const preview = await harness.send(admin(), '1. Ihar Losik\n2. Іван Іваноў\n3. Ivan Ivanou 1990');
    const shown = texts(preview).map(plain);
    expect(shown[0]).toBe('Matching the names…');
    expect(shown.at(-1)).toMatch(
      /^#\d+: 13 December 2025: 3 released\nru: 13 декабря 2025: освобождены 3\n13\.12\.2025 · expelled \(Lithuania\) · source\n/,
    );
    expect(shown.at(-1)).toContain(
      '3 lines: ✅ 2 matched · ❓ 1 needs a choice · 🚫 0 not found · ➕ 0 new records · 🔁 0 listed twice',
    );
    expect(shown.at(-1)).toContain('2. ❓ Іван Іваноў (2 candidates)');
    // The line matched to one of two namesakes says which one.
    expect(shown.at(-1)).toContain('3. ✅ Ivan Ivanou, born 1990 ← Ivan Ivanou 1990');
    const line2 = buttons(preview).find((x) => x.text === '❓ 2')!.data!;
    const batchId = Number(line2.split(':')[1]);

    const menu = await harness.press(admin(), line2);
    const menuText = plain(texts(menu)[0]!);
    expect(menuText).toContain('Who is it?');
    expect(menuText).toMatch(/1985.*Гомель|Homiel/su);
    const choice = buttons(menu).filter((x) => x.data?.startsWith('rc:'));
    expect(choice).toHaveLength(2);
    const fixed = await harness.press(admin(), choice.find((x) => x.text.includes('1990'))!.data!);
    expect(plain(texts(fixed)[0]!)).toContain('🔁 1 listed twice');

    const confirmed = await harness.press(admin(), `rok:${batchId}`);
    expect(plain(texts(confirmed)[0]!)).toContain(
      `Batch #${batchId} is confirmed: 2 people set free. Their followers are being told now.`,
    );
    expect(texts(await harness.press(admin(), `rok:${batchId}`)).map(plain)).toEqual([
      `Batch #${batchId} is already confirmed.`,
    ]);
    const [alert] = await database.db.select().from(outbox);
    expect(alert).toMatchObject({ chatId: 777, kind: 'alert', releaseBatchId: batchId });
    expect(alert!.text).toContain('<b>Ivan Ivanou (Іван Іваноў), born 1990</b> has been freed and sent out of Belarus');

    expect(await say(admin(), '/release_approve 99')).toEqual(['There is no batch #99.']);
    expect(await say(admin(), '/release_undo 99')).toEqual(['There is no batch #99.']);
    await say(admin(), `/release_undo ${batchId}`);
    expect(await say(admin(), `/release_undo ${batchId}`)).toEqual([`Batch #${batchId} was already undone.`]);
  });

  it("speaks the admin's language: Belarusian and Russian", async () => {
    expect((await say(admin('be'), '/release'))[0]).toContain('Новы спіс вызваленых');
    expect((await say(admin('be'), 'Назва'))[0]).toContain('Загаловак захаваны:\nbe: Назва');
    expect((await say(admin('be'), 'en: Title'))[0]).toContain('Дата вызвалення');
    await database.reset();
    const ru = { id: 901, language_code: 'ru' };
    expect((await say(ru, '/release'))[0]).toContain('Новый список освобождённых');
    expect((await say(ru, '2'))[0]).toBe('Заголовок должен быть от 3 до 120 символов.');
  });

  it('reads the list from a .txt or .csv file and refuses other files with a clear answer', async () => {
    await openDialogue();
    const doc = (name: string, id: string, size = 100) => ({
      document: { file_id: id, file_unique_id: id, file_name: name, file_size: size },
    });
    expect(texts(await harness.sendMessage(admin(), doc('list.pdf', 'f1'))).map(plain)).toEqual([
      'I read lists from .txt and .csv files only.',
    ]);
    expect(texts(await harness.sendMessage(admin(), doc('list.txt', 'f2', 10_000_000))).map(plain)).toEqual([
      'The file is larger than 256 KB. Send a shorter list.',
    ]);
    expect(texts(await harness.sendMessage(admin(), doc('list.txt', 'missing'))).map(plain)).toEqual([
      'I could not read that file. Send it again, or paste the list as text.',
    ]);
    files.set('documents/f3', 'Name and surname;Date of birth\nIhar Losik;12.01.1992\nIvan Ivanou;1985\n');
    const shown = texts(await harness.sendMessage(admin(), doc('viasna.csv', 'f3'))).map(plain);
    expect(shown.at(-1)).toContain('2 lines: ✅ 2 matched');
  });

  it('asks where to when one line becomes "expelled" (a button or a typed code), and the alert names the country', async () => {
    const follower = await subscriber(database.db, 778, { language: 'en' });
    const [losik] = await database.db.select({ id: prisoners.id }).from(prisoners).where(eqExternal('c'));
    await database.db.insert(follows).values({ subscriberId: follower, prisonerId: losik!.id });
    await openDialogue();
    const preview = await harness.send(admin(), '1. Ihar Losik\n2. Ivan Ivanou 1985');
    const line = (n: number) => buttons(preview).find((b) => b.text === `✅ ${n}`)!.data!;
    const batchId = Number(line(1).split(':')[1]);
    const askCountry = async (n: number) =>
      harness.press(admin(), buttons(await harness.press(admin(), line(n))).find((b) => b.text === 'expelled')!.data!);

    const asked = await askCountry(1);
    expect(plain(texts(asked)[0]!)).toBe(
      'Line 1: Ihar Losik\nTo which country was this person expelled? Tap it, or send its two-letter code (LT, UA…).',
    );
    expect(buttons(asked).map((b) => b.text)).toEqual([
      'Lithuania',
      'Ukraine',
      'Poland',
      'Latvia',
      '« Back to the list',
    ]);
    expect(await say(admin(), 'XX')).toEqual(['That is not a country code. Send two letters, for example LT.']);
    expect((await say(admin(), 'ua')).at(-1)).toContain('1. ✅ Ihar Losik ← Ihar Losik · expelled → UA');

    // Back to the list without a choice: a later message is not taken as the country.
    const back = buttons(await askCountry(2)).find((b) => b.text === '« Back to the list')!.data!;
    await harness.press(admin(), back);
    await say(admin(), 'LT');
    const tapped = await askCountry(2);
    expect(
      plain(texts(await harness.press(admin(), buttons(tapped).find((b) => b.text === 'Latvia')!.data!)).at(-1)!),
    ).toContain('2. ✅ Ivan Ivanou, born 1985 ← Ivan Ivanou 1985 · expelled → LV');

    expect(plain(texts(await harness.press(admin(), `rok:${batchId}`))[0]!)).toContain(
      `Batch #${batchId} is confirmed: 2 people set free`,
    );
    const [alert] = await database.db.select().from(outbox).where(eq(outbox.chatId, 778));
    expect(alert!.text).toContain('has been freed and sent out of Belarus, to Ukraine.');
  });
});

describe('what a release tells admins about followers', () => {
  /** A one-person batch confirmed, its alerts delivered, then undone; the admin's replies and /audit. */
  async function releaseLosik(followers: number): Promise<string[]> {
    await database.reset();
    const [losik] = await database.db
      .insert(prisoners)
      .values({ externalId: 'c', nameBe: 'Ігар Лосік', nameEn: 'Ihar Losik', gender: 'm', status: 'imprisoned' })
      .returning();
    for (let i = 0; i < followers; i++)
      await database.db
        .insert(follows)
        .values({ subscriberId: await subscriber(database.db, 7000 + i), prisonerId: losik!.id });
    await openDialogue();
    const preview = await harness.send(admin(), 'Ihar Losik');
    const confirm = buttons(preview).find((b) => b.data?.startsWith('rok:'))!.data!;
    const confirmed = texts(await harness.press(admin(), confirm)).map(plain);
    await database.db.update(outbox).set({ status: 'sent', settledAt: new Date() });
    const undone = await say(admin(), `/release_undo ${confirm.split(':')[1]}`);
    const audit = (await say(admin(), '/audit')).map((a) => a.replace(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}/g, '<time>'));
    return [...confirmed, ...undone, ...audit];
  }

  it('the confirm and undo replies and the audit log read the same whether the person has no follower or three', async () => {
    const none = await releaseLosik(0);
    const three = await releaseLosik(3);
    expect(three).toEqual(none);
    expect(three.join('\n')).not.toMatch(/alerts=|corrections=|announcements=|dropped=/);
    const rows = await database.db
      .select({ action: adminAuditLog.action, details: adminAuditLog.details })
      .from(adminAuditLog);
    expect(rows.find((r) => r.action === 'release_confirm')!.details).toEqual({ batch: 1, released: 1, unchanged: 0 });
    expect(rows.find((r) => r.action === 'release_undo')!.details).toEqual({ batch: 1, reverted: 1, keptChanged: 0 });
    expect(three[0]).toBe(
      'Batch #1 is confirmed: 1 person set free. Their followers are being told now. /release_undo 1 reverts it within 24 hours.',
    );
    expect(three[1]).toBe(
      'Batch #1 is undone: 1 record reverted, 0 changed since and kept. Alerts not yet sent are withdrawn, and everyone already told gets a correction.',
    );
  });
});

function eqExternal(id: string) {
  return eq(prisoners.externalId, id);
}
