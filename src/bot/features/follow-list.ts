import { Composer, InlineKeyboard } from 'grammy';
import { findFollow, listFollows, unfollow, type FollowEntry } from '../../app/follows.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import { displayDate } from '../../domain/local-date.ts';
import { namesInOrder } from '../../domain/prisoner-card.ts';
import { callbackData, callbackPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';
import { editOrReply } from '../edit-message.ts';
import { HTML, type FollowFeatureDeps } from './follow-view.ts';

const ID = /^\d{1,9}$/;

function entryName(entry: FollowEntry, language: Language): string {
  return entry.pendingName ?? namesInOrder({ ...entry, aliases: entry.aliases }, language)[0]!;
}

/**
 * /list: whom the user follows, with status, pending names marked, a card and a ✕ button for each.
 * /unfollow [n] and ✕ ask first ("Stop following X?"), then stop. Only the user's own follows are
 * ever read; nothing shows who else follows anyone.
 */
export function followListFeature(deps: Pick<FollowFeatureDeps, 'db' | 'followLimit'>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('list', async (ctx) => {
    const entries = await listFollows(deps.db, ctx.chat.id);
    if (entries.length === 0) return void (await ctx.reply(ctx.t('list-empty'), HTML));
    await ctx.reply(renderList(ctx, entries), { ...HTML, reply_markup: listKeyboard(ctx, entries) });
  });

  pm.command('unfollow', async (ctx) => {
    const number = /^\s*(\d{1,3})\s*$/.exec(ctx.match)?.[1];
    const entries = await listFollows(deps.db, ctx.chat.id);
    const entry = number ? entries[Number(number) - 1] : undefined;
    if (entry) return askToStop(ctx, entry);
    if (entries.length === 0) return void (await ctx.reply(ctx.t('list-empty'), HTML));
    await ctx.reply(`${ctx.t('unfollow-usage')}\n\n${renderList(ctx, entries)}`, { ...HTML, reply_markup: listKeyboard(ctx, entries) });
  });

  pm.callbackQuery(/^lp$/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('list-pending-toast') }));

  pm.callbackQuery(callbackPattern('uf', 1), async (ctx) => {
    const entry = ID.test(ctx.match[1]!) ? await findFollow(deps.db, ctx.chat.id, Number(ctx.match[1])) : undefined;
    if (!entry) return ctx.answerCallbackQuery({ text: ctx.t('unfollow-gone') });
    await ctx.answerCallbackQuery();
    await askToStop(ctx, entry);
  });

  pm.callbackQuery(callbackPattern('ufy', 1), async (ctx) => {
    const result = ID.test(ctx.match[1]!) ? await unfollow(deps.db, ctx.chat.id, Number(ctx.match[1])) : ({ outcome: 'not_found' } as const);
    await ctx.answerCallbackQuery();
    const text = result.outcome === 'unfollowed' ? ctx.t('unfollow-done', { name: escapeHtml(entryName(result.entry, ctx.reader.language)) }) : ctx.t('unfollow-gone');
    await editOrReply(ctx, text, HTML);
  });

  pm.callbackQuery(callbackPattern('ufn', 1), async (ctx) => {
    const entry = ID.test(ctx.match[1]!) ? await findFollow(deps.db, ctx.chat.id, Number(ctx.match[1])) : undefined;
    await ctx.answerCallbackQuery();
    await editOrReply(ctx, entry ? ctx.t('unfollow-kept', { name: escapeHtml(entryName(entry, ctx.reader.language)) }) : ctx.t('unfollow-gone'), HTML);
  });

  function renderList(ctx: BotContext, entries: FollowEntry[]): string {
    const lines = entries.map((entry, i) => {
      const vars = { number: i + 1, name: escapeHtml(entryName(entry, ctx.reader.language)) };
      if (entry.prisonerId === null || entry.status === null) return ctx.t('list-pending', vars);
      const status = ctx.t(`status-${entry.status}`);
      return entry.statusSince ? ctx.t('list-person-since', { ...vars, status, date: displayDate(entry.statusSince) }) : ctx.t('list-person', { ...vars, status });
    });
    return [ctx.t('list-title', { count: entries.length, limit: deps.followLimit }), '', ...lines, '', ctx.t('list-footer')].join('\n');
  }

  return composer;
}

function listKeyboard(ctx: BotContext, entries: FollowEntry[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  entries.forEach((entry, i) => {
    const label = `${i + 1}. ${entryName(entry, ctx.reader.language)}`;
    const short = label.length > 40 ? `${label.slice(0, 39)}…` : label;
    if (entry.prisonerId !== null) keyboard.text(short, callbackData('pc', entry.prisonerId));
    else keyboard.text(`${short} ⏳`, callbackData('lp'));
    keyboard.text('✕', callbackData('uf', entry.followId)).row();
  });
  return keyboard;
}

async function askToStop(ctx: BotContext, entry: FollowEntry): Promise<void> {
  const name = escapeHtml(entryName(entry, ctx.reader.language));
  const keyboard = new InlineKeyboard().text(ctx.t('unfollow-yes'), callbackData('ufy', entry.followId)).text(ctx.t('unfollow-no'), callbackData('ufn', entry.followId));
  await ctx.reply(ctx.t(entry.prisonerId === null ? 'unfollow-confirm-pending' : 'unfollow-confirm', { name }), { ...HTML, reply_markup: keyboard });
}
