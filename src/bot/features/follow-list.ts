import { Composer, InlineKeyboard } from 'grammy';
import { findFollow, listFollows, unfollow, type FollowEntry } from '../../app/follows/follows.ts';
import { findNamesakes, personMention, type Namesakes } from '../../app/names/namesakes.ts';
import type { Translate } from '../../app/ports.ts';
import type { Db } from '../../db/database.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import { displayDate } from '../../domain/local-date.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';
import { editOrReply } from '../edit-message.ts';
import { HTML, type FollowFeatureDeps } from './follow-view.ts';

/** The name as the list shows it: a pending name as typed; a person with what tells them from a namesake. */
function entryName(t: Translate, entry: FollowEntry, language: Language, namesakes: Namesakes): string {
  if (entry.prisonerId === null) return entry.pendingName ?? '?';
  return personMention(t, language, { ...entry, id: entry.prisonerId }, namesakes);
}

/** Namesakes of the people among these entries, looked up once per answer. */
function namesakesOf(db: Db, entries: readonly FollowEntry[]): Promise<Namesakes> {
  return findNamesakes(
    db,
    entries.flatMap((e) => (e.prisonerId === null ? [] : [e.prisonerId])),
  );
}

/**
 * /list: whom the user follows, with status, pending names marked, a card and a ✕ button for each.
 * /unfollow [n] and ✕ ask first ("Stop following X?"), then stop. Only the user's own follows are
 * ever read; nothing shows who else follows anyone.
 */
export function followListFeature(deps: Pick<FollowFeatureDeps, 'db' | 'followLimit' | 't'>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('list', async (ctx) => {
    const entries = await listFollows(deps.db, ctx.chat.id);
    if (entries.length === 0) return void (await ctx.reply(ctx.t('list-empty'), HTML));
    const namesakes = await namesakesOf(deps.db, entries);
    await ctx.reply(renderList(ctx, entries, namesakes), {
      ...HTML,
      reply_markup: listKeyboard(ctx, entries, namesakes),
    });
  });

  pm.command('unfollow', async (ctx) => {
    const number = /^\s*(\d{1,3})\s*$/.exec(ctx.match)?.[1];
    const entries = await listFollows(deps.db, ctx.chat.id);
    const entry = number ? entries[Number(number) - 1] : undefined;
    if (entry) return askToStop(ctx, entry);
    if (entries.length === 0) return void (await ctx.reply(ctx.t('list-empty'), HTML));
    const namesakes = await namesakesOf(deps.db, entries);
    await ctx.reply(`${ctx.t('unfollow-usage')}\n\n${renderList(ctx, entries, namesakes)}`, {
      ...HTML,
      reply_markup: listKeyboard(ctx, entries, namesakes),
    });
  });

  onCallback(pm, CALLBACKS.pendingEntry, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('list-pending-toast') }));

  onCallback(pm, CALLBACKS.unfollow, async (ctx, followId) => {
    const entry = await findFollow(deps.db, ctx.chat.id, followId);
    if (!entry) return ctx.answerCallbackQuery({ text: ctx.t('unfollow-gone') });
    await ctx.answerCallbackQuery();
    await askToStop(ctx, entry);
  });

  onCallback(pm, CALLBACKS.unfollowYes, async (ctx, followId) => {
    const result = await unfollow(deps.db, ctx.chat.id, followId);
    await ctx.answerCallbackQuery();
    const text =
      result.outcome === 'unfollowed'
        ? ctx.t('unfollow-done', { name: escapeHtml(await nameOf(result.entry, ctx.subscriber.language)) })
        : ctx.t('unfollow-gone');
    await editOrReply(ctx, text, HTML);
  });

  onCallback(pm, CALLBACKS.unfollowNo, async (ctx, followId) => {
    const entry = await findFollow(deps.db, ctx.chat.id, followId);
    await ctx.answerCallbackQuery();
    await editOrReply(
      ctx,
      entry
        ? ctx.t('unfollow-kept', { name: escapeHtml(await nameOf(entry, ctx.subscriber.language)) })
        : ctx.t('unfollow-gone'),
      HTML,
    );
  });

  async function nameOf(entry: FollowEntry, language: Language): Promise<string> {
    return entryName(deps.t, entry, language, await namesakesOf(deps.db, [entry]));
  }

  async function askToStop(ctx: BotContext, entry: FollowEntry): Promise<void> {
    const name = escapeHtml(await nameOf(entry, ctx.subscriber.language));
    const keyboard = new InlineKeyboard()
      .text(ctx.t('unfollow-yes'), CALLBACKS.unfollowYes.build(entry.followId))
      .text(ctx.t('unfollow-no'), CALLBACKS.unfollowNo.build(entry.followId));
    await ctx.reply(ctx.t(entry.prisonerId === null ? 'unfollow-confirm-pending' : 'unfollow-confirm', { name }), {
      ...HTML,
      reply_markup: keyboard,
    });
  }

  function renderList(ctx: BotContext, entries: FollowEntry[], namesakes: Namesakes): string {
    const lines = entries.map((entry, i) => {
      const vars = { number: i + 1, name: escapeHtml(entryName(deps.t, entry, ctx.subscriber.language, namesakes)) };
      if (entry.prisonerId === null || entry.status === null) return ctx.t('list-pending', vars);
      const status = ctx.t(`status-${entry.status}`);
      return entry.statusSince
        ? ctx.t('list-person-since', { ...vars, status, date: displayDate(entry.statusSince) })
        : ctx.t('list-person', { ...vars, status });
    });
    return [
      ctx.t('list-title', { count: entries.length, limit: deps.followLimit }),
      '',
      ...lines,
      '',
      ctx.t('list-footer'),
    ].join('\n');
  }

  function listKeyboard(ctx: BotContext, entries: FollowEntry[], namesakes: Namesakes): InlineKeyboard {
    const keyboard = new InlineKeyboard();
    entries.forEach((entry, i) => {
      const label = `${i + 1}. ${entryName(deps.t, entry, ctx.subscriber.language, namesakes)}`;
      // Keep the end of a long label: a namesake's birth year is what tells the buttons apart.
      const short = label.length > 40 ? `${label.slice(0, 20)}…${label.slice(-19)}` : label;
      if (entry.prisonerId !== null) keyboard.text(short, CALLBACKS.openCard.build(entry.prisonerId));
      else keyboard.text(`${short} ⏳`, CALLBACKS.pendingEntry.build());
      keyboard.text('✕', CALLBACKS.unfollow.build(entry.followId)).row();
    });
    return keyboard;
  }

  return composer;
}
