import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, buttons } from '../support/bot-harness.ts';
import { shown, toast } from '../support/html-check.ts';
import { seedRegister } from '../support/register.ts';

let harness: BotHarness;
let people: Awaited<ReturnType<typeof seedRegister>>;
beforeAll(async () => {
  harness = await BotHarness.create();
  people = await seedRegister(harness.database.db);
});
afterAll(async () => harness.close());

const LANGUAGES = [
  {
    lang: 'be',
    empty: 'Вы пакуль ні за кім не сочыце',
    title: 'Вы сочыце за 3 людзьмі або імёнамі (не больш за 20):',
    ales: '1. Алесь Бяляцкі: пазбаўленне волі, з 03.03.2023',
    mikalai: '2. Мікалай Статкевіч: вызваленне з вывазам з Беларусі, з 11.09.2025',
    pending: '3. Ihar Losik: чаканне, пакуль няма ў спісе',
    ask: 'Перастаць сачыць за гэтым чалавекам: Мікалай Статкевіч?',
    askPending: 'Перастаць сачыць за імем Ihar Losik?',
    yes: 'Так, перастаць',
    done: 'Гатова: Мікалай Статкевіч больш няма ў вашым спісе.',
    kept: 'Нічога не змянілася: Ihar Losik застаецца ў вашым спісе.',
  },
  {
    lang: 'ru',
    empty: 'Вы пока ни за кем не следите',
    title: 'Вы следите за 3 людьми или именами (не больше 20):',
    ales: '1. Алесь Беляцкий: лишение свободы, с 03.03.2023',
    mikalai: '2. Николай Статкевич: освобождение с вывозом из Беларуси, с 11.09.2025',
    pending: '3. Ihar Losik: ожидание, пока нет в списке',
    ask: 'Перестать следить за этим человеком: Николай Статкевич?',
    askPending: 'Перестать следить за именем Ihar Losik?',
    yes: 'Да, перестать',
    done: 'Готово: Николай Статкевич больше нет в вашем списке.',
    kept: 'Ничего не изменилось: Ihar Losik остаётся в вашем списке.',
  },
  {
    lang: 'en',
    empty: 'You do not follow anyone yet',
    title: 'You follow 3 people or names (at most 20):',
    ales: '1. Ales Bialiatski: imprisoned, since 03.03.2023',
    mikalai: '2. Mikalai Statkevich: freed and sent out of Belarus, since 11.09.2025',
    pending: '3. Ihar Losik: waiting, not on the list yet',
    ask: 'Stop following this person: Mikalai Statkevich?',
    askPending: 'Stop following the name Ihar Losik?',
    yes: 'Yes, stop following',
    done: 'Done: Mikalai Statkevich is no longer on your list.',
    kept: 'Nothing changed: Ihar Losik stays on your list.',
  },
];
let nextUser = 2000;

/** A user who follows Bialiatski, Statkevich and the name "Ihar Losik", in that order. */
async function follower(lang: string) {
  const u = { id: nextUser++, language_code: lang };
  await harness.press(u, `fl:${people.ales}`);
  await harness.press(u, `fl:${people.mikalai}`);
  const none = await harness.send(u, 'Ihar Losik');
  await harness.press(u, 'pf', harness.lastSentId(none));
  return u;
}

describe.each(LANGUAGES)('/list and /unfollow, in $lang', (l) => {
  it('an empty list says how to start', async () => {
    expect(shown(await harness.send({ id: nextUser++, language_code: l.lang }, '/list'))[0]).toContain(l.empty);
  });

  it('lists each follow with its status and since when, pending names marked, and a card and ✕ button each', async () => {
    const u = await follower(l.lang);
    const calls = await harness.send(u, '/list');
    const lines = shown(calls)[0]!.split('\n');
    expect(lines[0]).toBe(l.title);
    expect(lines.slice(2, 5)).toEqual([l.ales, l.mikalai, l.pending]);
    const data = buttons(calls).map((b) => b.data);
    expect(data.filter((d) => d!.startsWith('pc:'))).toEqual([`pc:${people.ales}`, `pc:${people.mikalai}`]);
    expect(data.filter((d) => d!.startsWith('uf:'))).toHaveLength(3);
    expect(data).toContain('lp');
    expect(toast(await harness.press(u, 'lp'))).toBeTruthy();
  });

  it('✕ asks first; "yes" stops following, and the list no longer shows the person', async () => {
    const u = await follower(l.lang);
    const list = await harness.send(u, '/list');
    const stop = buttons(list).filter((b) => b.data!.startsWith('uf:'))[1]!.data!;
    const ask = await harness.press(u, stop);
    expect(shown(ask)[0]).toContain(l.ask);
    const yes = buttons(ask).find((b) => b.text === l.yes)!;
    const done = await harness.press(u, yes.data!, harness.lastSentId(ask));
    expect(done.find((c) => c.method === 'editMessageText')).toBeDefined();
    expect(shown(done)[0]).toContain(l.done);
    expect(shown(await harness.send(u, '/list'))[0]).not.toContain(l.mikalai.slice(3));
    // a second "yes" on the same question finds nothing to stop
    expect(shown(await harness.press(u, yes.data!))[0]).toContain('/list');
  });

  it('/unfollow <number> asks about that entry; "no" keeps it; /unfollow alone explains', async () => {
    const u = await follower(l.lang);
    const ask = await harness.send(u, '/unfollow 3');
    expect(shown(ask)[0]).toContain(l.askPending);
    const no = buttons(ask)[1]!.data!;
    expect(shown(await harness.press(u, no))[0]).toContain(l.kept);
    const usage = shown(await harness.send(u, '/unfollow'))[0]!;
    expect(usage).toContain('/unfollow 2');
    expect(usage).toContain(l.title);
  });

  it("a follow id from someone else's chat does nothing", async () => {
    const owner = await follower(l.lang);
    const theirs = buttons(await harness.send(owner, '/list')).find((b) => b.data!.startsWith('uf:'))!.data!;
    const stranger = { id: nextUser++, language_code: l.lang };
    const calls = await harness.press(stranger, `ufy:${theirs.slice(3)}`);
    expect(shown(calls)[0]).toContain('/list');
    expect(shown(await harness.send(owner, '/list'))[0]).toContain(l.title);
  });
});

describe('/list with namesakes', () => {
  it.each([
    {
      lang: 'en',
      older: 'Ivan Ivanou, born 1985',
      younger: 'Ivan Ivanou, born 1990',
      ask: 'Stop following this person: Ivan Ivanou, born 1990?',
    },
    {
      lang: 'ru',
      older: 'Иван Иванов, 1985 г. р.',
      younger: 'Иван Иванов, 1990 г. р.',
      ask: 'Перестать следить за этим человеком: Иван Иванов, 1990 г. р.?',
    },
    {
      lang: 'be',
      older: 'Іван Іваноў, 1985 г. н.',
      younger: 'Іван Іваноў, 1990 г. н.',
      ask: 'Перастаць сачыць за гэтым чалавекам: Іван Іваноў, 1990 г. н.?',
    },
  ])('carries the birth year in every mention of two people with one name ($lang)', async (l) => {
    const u = { id: nextUser++, language_code: l.lang };
    await harness.press(u, `fl:${people.ivan85}`);
    await harness.press(u, `fl:${people.ivan90}`);
    await harness.press(u, `fl:${people.ales}`);
    const calls = await harness.send(u, '/list');
    const lines = shown(calls)[0]!.split('\n');
    expect(lines[2]).toContain(`1. ${l.older}:`);
    expect(lines[3]).toContain(`2. ${l.younger}:`);
    // Someone without a namesake is named as before.
    expect(lines[4]!.split(':')[0]).not.toContain(',');
    expect(
      buttons(calls)
        .filter((b) => b.data!.startsWith('pc:'))
        .map((b) => b.text),
    ).toEqual([`1. ${l.older}`, `2. ${l.younger}`, expect.not.stringContaining(',')]);
    expect(shown(await harness.send(u, '/unfollow 2'))[0]).toContain(l.ask);
  });
});
