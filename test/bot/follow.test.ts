import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follows, nameFeedback, prisoners, subscribers } from '../../src/db/schema/index.ts';
import { transliterationKey } from '../../src/domain/names/index.ts';
import { BotHarness, buttons, texts } from '../support/bot-harness.ts';
import { shown, toast } from '../support/html-check.ts';
import { seedRegister } from '../support/register.ts';

let harness: BotHarness;
let people: Awaited<ReturnType<typeof seedRegister>>;
let andreyeva: number;
beforeAll(async () => {
  harness = await BotHarness.create({ followLimit: 3 });
  people = await seedRegister(harness.database.db);
  const [row] = await harness.database.db
    .insert(prisoners)
    .values({
      sourceId: people.source.id,
      externalId: 'x:andreyeva',
      nameBe: 'Кацярына Андрэева',
      nameRu: 'Екатерина Андреева',
      nameEn: 'Katsiaryna Andreyeva',
      aliases: ['Кацярына Мароз'],
      aliasKinds: { 'Кацярына Мароз': 'maiden' },
      gender: 'f',
      birthYear: 1987,
      status: 'imprisoned',
    })
    .returning({ id: prisoners.id });
  andreyeva = row!.id;
});
afterAll(async () => harness.close());

const LANGUAGES = [
  {
    lang: 'be',
    name: 'Алесь Бяляцкі',
    other: 'Алесь Беляцкий · Ales Bialiatski · Aleś Bialacki',
    status: 'Статус: пазбаўленне волі, з 03.03.2023',
    address: 'Адрас для лістоў: вул. Дзімітрава, 1, 213410 Горкі',
    change: 'Апошняя змена: перавод у іншае месца зняволення, 01.02.2025',
    asOf: 'Крыніца · звесткі на 20.03.2026',
    follow: 'Сачыць',
    stop: 'Перастаць сачыць',
    done: 'Цяпер вы сочыце за гэтым чалавекам: Алесь Бяляцкі.',
    choose: 'Абярыце таго, каго вы шукаеце',
    none: 'пакуль няма ў спісе палітвязняў',
    anyway: 'Усё роўна сачыць за гэтым імем',
    pending: 'Цяпер вы сочыце за імем Ihar Losik.',
    near: 'Магчыма, вы шукаеце',
    followFirst: 'Сачыць, № 1',
    nearPending: 'Цяпер вы сочыце за імем Andrei Statkevch.',
    foundAs: 'Знойдзена па іншым імені: дзявочае прозвішча: Кацярына Мароз',
    andreyeva: 'Кацярына Андрэева',
  },
  {
    lang: 'ru',
    name: 'Алесь Беляцкий',
    other: 'Алесь Бяляцкі · Ales Bialiatski · Aleś Bialacki',
    status: 'Статус: лишение свободы, с 03.03.2023',
    address: 'Адрес для писем: вул. Дзімітрава, 1, 213410 Горкі',
    change: 'Последнее изменение: перевод в другое место заключения, 01.02.2025',
    asOf: 'Источник · данные на 20.03.2026',
    follow: 'Следить',
    stop: 'Перестать следить',
    done: 'Теперь вы следите за этим человеком: Алесь Беляцкий.',
    choose: 'Выберите того, кого вы ищете',
    none: 'пока нет в списке политзаключённых',
    anyway: 'Всё равно следить за этим именем',
    pending: 'Теперь вы следите за именем Ihar Losik.',
    near: 'Возможно, вы ищете',
    followFirst: 'Следить, № 1',
    nearPending: 'Теперь вы следите за именем Andrei Statkevch.',
    foundAs: 'Найдено по другому имени: девичья фамилия: Кацярына Мароз',
    andreyeva: 'Екатерина Андреева',
  },
  {
    lang: 'en',
    name: 'Ales Bialiatski',
    other: 'Aleś Bialacki · Алесь Бяляцкі · Алесь Беляцкий',
    status: 'Status: imprisoned, since 03.03.2023',
    address: 'Address for letters: вул. Дзімітрава, 1, 213410 Горкі',
    change: 'Last change: moved to another place of detention, 01.02.2025',
    asOf: 'Source · data as of 20.03.2026',
    follow: 'Follow',
    stop: 'Stop following',
    done: 'You now follow Ales Bialiatski.',
    choose: 'Choose the one you mean',
    none: 'No one with this name is on the list',
    anyway: 'Follow this name anyway',
    pending: 'You now follow the name Ihar Losik.',
    near: 'Did you mean',
    followFirst: 'Follow #1',
    nearPending: 'You now follow the name Andrei Statkevch.',
    foundAs: 'Found by another name: born Кацярына Мароз',
    andreyeva: 'Katsiaryna Andreyeva',
  },
];
let nextUser = 1000;

describe.each(LANGUAGES)('following, in $lang', (l) => {
  const user = () => ({ id: nextUser++, language_code: l.lang });

  it("a typed name in any spelling brings the card: name in the subscriber's language first, then the facts, and a Follow button; nothing stored", async () => {
    const asked = user();
    for (const spelling of ['Aleś Bialacki', 'Беляцкий Алесь', 'ales bialiatski']) {
      const calls = await harness.send(asked, spelling);
      const [card] = shown(calls);
      const lines = card!.split('\n');
      expect(lines.slice(0, 2)).toEqual([l.name, l.other]);
      for (const line of [l.status, l.address, l.change, l.asOf]) expect(lines).toContain(line);
      expect(buttons(calls)).toEqual([{ text: l.follow, data: `fl:${people.ales}` }]);
      expect(texts(calls)[0]).toContain('<a href="https://prisoners.spring96.org/en/person/ales-bialiatski">');
    }
    expect(await harness.database.db.select().from(subscribers).where(eqChat(asked.id))).toEqual([]);
  });

  it('Follow stores the follow, turns the button into Stop following, and says what will happen', async () => {
    const u = user();
    const card = await harness.send(u, 'Ales Bialiatski');
    const calls = await harness.press(u, `fl:${people.ales}`, harness.lastSentId(card));
    expect(toast(calls)).toBeTruthy();
    const edit = calls.find((c) => c.method === 'editMessageReplyMarkup');
    expect(buttons([edit!])).toEqual([{ text: l.stop, data: expect.stringMatching(/^uf:\d+$/) }]);
    expect(shown(calls)[0]).toContain(l.done);
    const [row] = await harness.database.db.select().from(subscribers).where(eqChat(u.id));
    expect(row).toMatchObject({ language: l.lang, timezone: 'Europe/Minsk' });
    // the card now knows: Stop following instead of Follow, and a second tap changes nothing
    expect(buttons(await harness.send(u, 'Ales Bialiatski'))[0]!.text).toBe(l.stop);
    await harness.press(u, `fl:${people.ales}`);
    expect(await harness.database.db.select().from(follows).where(eqSubscriber(row!.id))).toHaveLength(1);
  });

  it('namesakes: up to five choices with what tells them apart; a choice opens that card', async () => {
    const u = user();
    const calls = await harness.send(u, 'Ivan Ivanou');
    const [list] = shown(calls);
    expect(list!.split('\n')[0]).toBe('Ivan Ivanou');
    expect(list).toContain(l.choose);
    expect(list).toMatch(/1\. .+ — 1985, /);
    expect(list).toMatch(/2\. .+ — 1990, /);
    expect(buttons(calls).map((b) => b.data)).toEqual([`pc:${people.ivan85}`, `pc:${people.ivan90}`]);
    const card = await harness.press(u, `pc:${people.ivan90}`);
    expect(shown(card)[0]).toContain('1990');
    expect(buttons(card)).toEqual([{ text: l.follow, data: `fl:${people.ivan90}` }]);
  });

  it('a name not on the list: said plainly, with "Follow this name anyway"; the name is read back from the message, never from the button', async () => {
    const u = user();
    const calls = await harness.send(u, '  Ihar   Losik ');
    const [answer] = shown(calls);
    expect(answer!.split('\n')[0]).toBe('Ihar Losik');
    expect(answer).toContain(l.none);
    expect(buttons(calls)).toEqual([{ text: l.anyway, data: 'pf' }]);
    const followed = await harness.press(u, 'pf', harness.lastSentId(calls));
    expect(shown(followed)[0]).toContain(l.pending);
    expect(
      await harness.database.db
        .select({ pendingName: follows.pendingName })
        .from(follows)
        .innerJoin(subscribers, eqJoin())
        .where(eqChat(u.id)),
    ).toEqual([{ pendingName: 'Ihar Losik' }]);
  });

  it('a surname near a listed one, with another given name and a typo: "Did you mean", a Follow button for each, and still "Follow this name anyway"', async () => {
    const u = user();
    const calls = await harness.send(u, 'Andrei Statkevch');
    const [answer] = shown(calls);
    expect(answer!.split('\n')[0]).toBe('Andrei Statkevch');
    expect(answer).toContain(l.near);
    expect(answer).not.toContain(l.none);
    expect(answer).toMatch(/1\. .*(Статкевіч|Статкевич|Statkevich)/);
    expect(buttons(calls).map((b) => b.data)).toEqual([`pc:${people.mikalai}`, `fn:${people.mikalai}`, 'pf']);
    expect(buttons(calls)[1]!.text).toBe(l.followFirst);
    expect(buttons(calls)[2]!.text).toBe(l.anyway);
    // Follow from the list: the person is followed and the list stays, so nothing else is lost.
    const followed = await harness.press(u, `fn:${people.mikalai}`, harness.lastSentId(calls));
    expect(toast(followed)).toBeTruthy();
    expect(followed.some((c) => c.method === 'editMessageReplyMarkup')).toBe(false);
    expect(shown(followed)[0]).toMatch(/Статкевіч|Статкевич|Statkevich/);
    // The choice is kept as the typed name's sound key and the person: no chat, no time, no count.
    expect(
      await harness.database.db
        .select({ queryKey: nameFeedback.queryKey, prisonerId: nameFeedback.prisonerId, via: nameFeedback.via })
        .from(nameFeedback),
    ).toContainEqual({
      queryKey: transliterationKey('Andrei Statkevch'),
      prisonerId: people.mikalai,
      via: 'did_you_mean',
    });
    // "Follow this name anyway" on the same list follows the typed name as well.
    const pending = await harness.press(u, 'pf', harness.lastSentId(calls));
    expect(shown(pending)[0]).toContain(l.nearPending);
    const stored = await harness.database.db
      .select({ prisonerId: follows.prisonerId, pendingName: follows.pendingName })
      .from(follows)
      .innerJoin(subscribers, eqJoin())
      .where(eqChat(u.id));
    expect(stored).toEqual(
      expect.arrayContaining([
        { prisonerId: people.mikalai, pendingName: null },
        { prisonerId: null, pendingName: 'Andrei Statkevch' },
      ]),
    );
  });

  it('a person found by another name (a maiden name): the card in the main name, and which name was found', async () => {
    const u = user();
    const calls = await harness.send(u, 'Katsiaryna Maroz');
    const [card] = shown(calls);
    expect(card!.split('\n')[0]).toBe(l.andreyeva);
    expect(card).toContain(l.foundAs);
    expect(buttons(calls)).toEqual([{ text: l.follow, data: `fl:${andreyeva}` }]);
    // by the main name, nothing is said about other names
    expect(shown(await harness.send(u, 'Katsiaryna Andreyeva'))[0]).not.toContain(l.foundAs);
  });

  it('/follow with a name searches; without one it says how', async () => {
    const u = user();
    expect(shown(await harness.send(u, '/follow'))[0]).toContain('/follow');
    expect(shown(await harness.send(u, '/follow Mikalai Statkevich'))[0]!.split('\n')[0]).toMatch(
      /Статкевіч|Статкевич|Statkevich/,
    );
  });

  it('deep links open the card with a Follow button; a dead link says so; a plain /start still greets', async () => {
    const u = user();
    const calls = await harness.send(u, `/start f_${people.ales}`);
    expect(shown(calls)[0]!.split('\n')[0]).toBe(l.name);
    // a newcomer from a posted link learns what is stored and that /forget erases it
    expect(shown(calls)[0]).toContain('/forget');
    expect(buttons(calls)).toEqual([{ text: l.follow, data: `fl:${people.ales}` }]);
    expect(shown(await harness.send(u, '/start f_999999'))[0]).not.toContain(l.name);
    expect(buttons(await harness.send(u, '/start')).map((b) => b.data)).toEqual(['lang:be', 'lang:ru', 'lang:en']);
  });

  it('says so clearly when the per-user limit is reached', async () => {
    const u = user();
    for (const id of [people.ales, people.mikalai, people.maryia]) await harness.press(u, `fl:${id}`);
    const calls = await harness.press(u, `fl:${people.ivan85}`);
    expect(shown(calls)[0]).toMatch(/3/);
    expect(shown(calls)[0]).toContain('/list');
  });
});

function eqChat(chatId: number) {
  return eq(subscribers.chatId, chatId);
}
function eqSubscriber(id: number) {
  return eq(follows.subscriberId, id);
}
function eqJoin() {
  return eq(subscribers.id, follows.subscriberId);
}
