import { Composer } from 'grammy';
import { followPendingName, followPrisoner, type FollowOutcome } from '../../app/follows/follows.ts';
import { followChosenFromNearList } from '../../app/names/name-feedback.ts';
import { loadPeople } from '../../app/follows/prisoner-cards.ts';
import { escapeHtml } from '../../domain/html.ts';
import { namesInOrder } from '../../domain/prisoner-card.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';
import { replaceKeyboard } from '../edit-message.ts';
import {
  HTML,
  cardKeyboard,
  nameFromAnsweredMessage,
  problemText,
  subscriberTimezone,
  replyWithCardOf,
  replyWithSearch,
  type FollowFeatureDeps,
} from './follow-view.ts';

/**
 * Following a person: /follow <name>, deep links /start f_<id> (from inline cards and alerts), the
 * Follow button on a card (fl:<prisonerId>), a choice among namesakes (pc:<prisonerId>) and "Follow
 * this name anyway" (pf), and Follow in a "Did you mean" list (fn:<prisonerId>). Register before the start feature, so deep links reach it first.
 */
export function followFeature(deps: FollowFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('start', async (ctx, next) => {
    const id = /^f_(\d{1,9})$/.exec(ctx.match.trim())?.[1];
    if (!id) return next();
    // Someone arriving from a posted link has not seen the welcome: tell them what is stored, and /forget.
    await replyWithCardOf(
      ctx,
      deps,
      Number(id),
      'follow-link-missing',
      ctx.subscriber.subscriber ? undefined : ctx.t('start-privacy-short'),
    );
  });

  pm.command('follow', async (ctx) => {
    if (ctx.match.trim() === '') return void (await ctx.reply(ctx.t('follow-usage'), HTML));
    await replyWithSearch(ctx, deps, ctx.match);
  });

  onCallback(pm, CALLBACKS.openCard, async (ctx, prisonerId) => {
    await ctx.answerCallbackQuery();
    await replyWithCardOf(ctx, deps, prisonerId, 'follow-not-found');
  });

  onCallback(pm, CALLBACKS.follow, async (ctx, prisonerId) => {
    const outcome = await followPrisoner(deps, { chatId: ctx.chat.id, language: ctx.subscriber.language }, prisonerId);
    await tellFollowOutcome(ctx, deps, outcome);
  });

  // Follow from a "Did you mean" list: the list stays, so another choice or "Follow this name anyway" remains at hand.
  onCallback(pm, CALLBACKS.followNear, async (ctx, prisonerId) => {
    const chat = { chatId: ctx.chat.id, language: ctx.subscriber.language };
    const outcome = await followChosenFromNearList(deps, chat, prisonerId, nameFromAnsweredMessage(ctx));
    await tellFollowOutcome(ctx, deps, outcome, false);
  });

  onCallback(pm, CALLBACKS.followNameAnyway, async (ctx) => {
    const name = nameFromAnsweredMessage(ctx);
    if (!name) {
      await ctx.answerCallbackQuery();
      return void (await ctx.reply(ctx.t('follow-name-gone'), HTML));
    }
    const result = await followPendingName(
      { ...deps, search: deps.search },
      { chatId: ctx.chat.id, language: ctx.subscriber.language },
      name,
    );
    switch (result.outcome) {
      case 'invalid':
        await ctx.answerCallbackQuery();
        return void (await ctx.reply(problemText(ctx, result.problem), HTML));
      case 'listed':
        // Listed since the search: the card replaces the "not on the list yet" answer.
        await replaceKeyboard(ctx, { inline_keyboard: [] });
        if (result.follow.outcome === 'followed' || result.follow.outcome === 'already')
          await replyWithCardOf(ctx, deps, result.follow.prisonerId, 'follow-not-found');
        return tellFollowOutcome(ctx, deps, result.follow, false);
      case 'limit':
        await ctx.answerCallbackQuery();
        return void (await ctx.reply(ctx.t('follow-limit', { limit: result.limit }), HTML));
      case 'pending':
      case 'already_pending':
        await ctx.answerCallbackQuery();
        await replaceKeyboard(ctx, { inline_keyboard: [] });
        return void (await ctx.reply(
          ctx.t(result.outcome === 'pending' ? 'follow-pending-done' : 'follow-pending-already', {
            name: escapeHtml(result.name),
          }),
          HTML,
        ));
    }
  });

  return composer;
}

async function tellFollowOutcome(
  ctx: BotContext,
  deps: FollowFeatureDeps,
  outcome: FollowOutcome,
  fromCard = true,
): Promise<void> {
  if (outcome.outcome === 'limit') {
    await ctx.answerCallbackQuery();
    return void (await ctx.reply(ctx.t('follow-limit', { limit: outcome.limit }), HTML));
  }
  if (outcome.outcome === 'not_found') {
    await ctx.answerCallbackQuery();
    return void (await ctx.reply(ctx.t('follow-not-found'), HTML));
  }
  await ctx.answerCallbackQuery({ text: ctx.t('follow-toast') });
  if (fromCard) await replaceKeyboard(ctx, cardKeyboard(ctx, outcome.prisonerId, outcome.followId));
  const [person] = await loadPeople(deps.db, [outcome.prisonerId], subscriberTimezone(ctx, deps.timezone));
  const name = person ? namesInOrder(person.record, ctx.subscriber.language)[0]! : '';
  await ctx.reply(
    ctx.t(outcome.outcome === 'followed' ? 'follow-done' : 'follow-already', { name: escapeHtml(name) }),
    HTML,
  );
}
