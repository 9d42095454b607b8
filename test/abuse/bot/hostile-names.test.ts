import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncSource } from '../../../src/app/sync/source-sync.ts';
import { follows } from '../../../src/db/schema/index.ts';
import { BotHarness } from '../../support/bot-harness.ts';
import { shown } from '../../support/html-check.ts';
import { feed, jsonSource, outboxRows, person, prisoner, reload, syncDeps } from '../../support/sync-setup.ts';
import { parseTelegramHtml } from '../../support/telegram-html.ts';

/**
 * Names are text nobody at Vestka wrote: a source publishes them, a relative types them. A name that
 * looks like markup, a command, a link or a reversed line must reach every subscriber as the same letters,
 * never as formatting, a link or a message Telegram rejects (a rejected alert is an alert not sent).
 * Each name below goes through a real sync (its record), a follow, a release alert, the card and /list.
 */
const HOSTILE_NAMES: [what: string, name: string][] = [
  ['HTML tags', '<b>Ivan</b> <i>Petrou'],
  ['a link tag', '<a href="tg://user?id=1">Ivan</a> Petrou'],
  ['entities written out', 'Ivan &amp; Petrou &lt;b&gt;'],
  ['a lone ampersand and angle brackets', 'Ivan & <Petrou>'],
  ['a right-to-left override', 'Ivan \u202Euorte\u202C Petrou'],
  ['a command', '/forget Ivan Petrou'],
  ['a web address', 'Ivan https://evil.example/x Petrou'],
  ['Markdown', '*Ivan* _Petrou_ `code` [x](https://evil.example)'],
  ['stacked combining marks', 'I\u0336\u0321\u0334van Pe\u0338\u0335trou'],
  ['quotes', 'Ivan "Petrou" \'Jr\''],
];

/** Where an alert or a card may link to: the bot itself and the source's own pages. */
const ALLOWED_LINK = /^(https:\/\/t\.me\/vestka_test_bot|https:\/\/prisoners\.example\.org\/)/;

function links(html: string): string[] {
  return [...html.matchAll(/<a\s+href="([^"]*)"/g)].map((m) => m[1]!);
}

let harness: BotHarness;
const READER = { id: 6100, language_code: 'en' };

beforeAll(async () => {
  harness = await BotHarness.create({ defaultLanguage: 'en' });
});
afterAll(async () => harness.close());

describe('hostile names from a source', () => {
  it.each(HOSTILE_NAMES)(
    '%s: the card, the list and the release alert show the letters, as valid Telegram HTML',
    async (_what, name) => {
      const db = harness.database.db;
      await harness.database.reset();
      const sync = syncDeps(db, { defaultLanguage: 'en' });
      const source = await jsonSource(db);
      const record = person(1, { names: [{ text: name, lang: 'en' }], link: 'https://prisoners.example.org/p1' });
      sync.source.serve(feed([record, person(2)]));
      expect(await syncSource(sync, source, 's0')).toMatchObject({ outcome: 'applied' });
      const stored = await prisoner(db, 'p1');
      if (stored.nameEn === null) throw new Error('the record lost its English name');

      // The card (from a "follow" button) and the follow itself.
      const card = await harness.press(READER, `pc:${stored.id}`);
      const cardText = shown(card).join('\n');
      expect(cardText).toContain(stored.nameEn);
      for (const call of card)
        for (const href of links((call.payload.text as string | undefined) ?? '')) expect(href).toMatch(ALLOWED_LINK);
      await harness.press(READER, `fl:${stored.id}`);
      expect(await db.select().from(follows)).toHaveLength(1);
      expect(shown(await harness.send(READER, '/list')).join('\n')).toContain(stored.nameEn);

      // The release alert, as queued for sending.
      sync.source.serve(feed([{ ...record, status: 'released' }, person(2)]));
      expect(await syncSource(sync, await reload(db, source), 's1')).toMatchObject({ outcome: 'applied' });
      const alerts = (await outboxRows(db)).filter((r) => r.kind === 'alert');
      expect(alerts).toHaveLength(1);
      const parsed = parseTelegramHtml(alerts[0]!.text);
      expect(parsed).toMatchObject({ ok: true });
      expect(parsed.ok && parsed.text).toContain(stored.nameEn);
      for (const href of links(alerts[0]!.text)) expect(href).toMatch(ALLOWED_LINK);
      // What the source gave is what is stored, apart from the characters no subscriber should get.
      expect(stored.nameEn.replaceAll(/\s+/g, ' ')).toBe(
        name
          .replaceAll(/[\u202A-\u202E\u2066-\u2069]/g, '')
          .replaceAll(/\s+/g, ' ')
          .trim(),
      );
    },
  );
});

describe('hostile names typed by a relative', () => {
  it.each(HOSTILE_NAMES)(
    '%s: either refused with a short answer or kept as a pending name and shown as typed',
    async (_what, name) => {
      await harness.database.reset();
      const user = { id: 6200, language_code: 'en' };
      const answer = await harness.send(user, name);
      const replies = shown(answer);
      expect(replies.length).toBeGreaterThan(0);
      for (const call of answer)
        for (const href of links((call.payload.text as string | undefined) ?? '')) expect(href).toMatch(ALLOWED_LINK);
      const anyway = answer
        .flatMap((c) =>
          (
            (c.payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)
              ?.inline_keyboard ?? []
          ).flat(),
        )
        .find((b) => b.callback_data === 'pf');
      if (!anyway) return;
      await harness.press(user, 'pf', harness.lastSentId(answer));
      const [pending] = await harness.database.db.select().from(follows);
      expect(pending?.pendingName).toBeTruthy();
      expect(shown(await harness.send(user, '/list')).join('\n')).toContain(pending!.pendingName!);
    },
  );
});
