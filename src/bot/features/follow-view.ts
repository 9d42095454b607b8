import { InlineKeyboard } from 'grammy';
import { choiceLabel, renderCard, renderChoice } from '../../app/follows/card-renderer.ts';
import { followOf } from '../../app/follows/follows.ts';
import {
  cardOf,
  choicesOf,
  loadPeople,
  searchPeople,
  type FoundAs,
  type NameSearch,
  type PersonView,
} from '../../app/follows/prisoner-cards.ts';
import type { Translate } from '../../app/ports.ts';
import type { Db } from '../../db/database.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { NameQueryProblem } from '../../domain/name-query.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';

/** What the relatives' features share: the database, the name engine, the limit, the default zone. */
export interface FollowFeatureDeps {
  db: Db;
  t: Translate;
  search: NameSearch;
  followLimit: number;
  /** DEFAULT_TIMEZONE: stored for new subscribers, and the zone of dates for chats with nothing stored. */
  timezone: string;
}

export const HTML = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

export function subscriberTimezone(ctx: BotContext, fallback: string): string {
  return ctx.subscriber.subscriber?.timezone ?? fallback;
}

/** A short, helpful answer to text that cannot be a name. */
export function problemText(ctx: BotContext, problem: NameQueryProblem): string {
  switch (problem.reason) {
    case 'empty':
      return ctx.t('input-empty');
    case 'too_long':
      return ctx.t('input-too-long', { max: problem.max });
    case 'emoji_only':
      return ctx.t('input-emoji-only');
    case 'no_letters':
      return ctx.t('input-no-letters');
    case 'script':
      return ctx.t('input-script', { script: ctx.t(`script-${problem.script}`) });
    case 'too_many_words':
      return ctx.t('input-too-many-words');
    case 'not_a_name':
      return ctx.t('input-not-a-name');
  }
}

/** "Follow", or "Stop following" when this chat already follows the person. */
export function cardKeyboard(ctx: BotContext, prisonerId: number, followId: number | undefined): InlineKeyboard {
  return followId === undefined
    ? new InlineKeyboard().text(ctx.t('follow-button'), CALLBACKS.follow.build(prisonerId))
    : new InlineKeyboard().text(ctx.t('unfollow-button'), CALLBACKS.unfollow.build(followId));
}

/** Sends a person's card to a private chat, with the button that fits this chat. */
export async function replyWithCard(
  ctx: BotContext,
  deps: FollowFeatureDeps,
  person: PersonView,
  extra?: string,
): Promise<void> {
  const followId = await followOf(deps.db, ctx.chat!.id, person.record.id);
  const card = renderCard(deps.t, ctx.subscriber.language, cardOf(person, ctx.subscriber.language));
  await ctx.reply(extra ? `${card}\n\n${extra}` : card, {
    ...HTML,
    reply_markup: cardKeyboard(ctx, person.record.id, followId),
  });
}

export async function replyWithCardOf(
  ctx: BotContext,
  deps: FollowFeatureDeps,
  prisonerId: number,
  missingKey: string,
  extra?: string,
): Promise<void> {
  const [person] = await loadPeople(deps.db, [prisonerId], subscriberTimezone(ctx, deps.timezone));
  if (!person) return void (await ctx.reply(ctx.t(missingKey), HTML));
  await replyWithCard(ctx, deps, person, extra);
}

/**
 * Answers a typed name. The messages for `ambiguous` and `none` open with the name alone on the
 * first line: "Follow this name anyway" reads it back from there, so the name never travels in
 * callback data and nothing is stored until the user asks for it.
 */
export async function replyWithSearch(ctx: BotContext, deps: FollowFeatureDeps, text: string): Promise<void> {
  const language = ctx.subscriber.language;
  const result = await searchPeople({ db: deps.db, search: deps.search }, text, subscriberTimezone(ctx, deps.timezone));
  switch (result.outcome) {
    case 'invalid':
      return void (await ctx.reply(problemText(ctx, result.problem), HTML));
    case 'match': {
      const hint = ctx.t('search-match-hint');
      return replyWithCard(
        ctx,
        deps,
        result.person,
        result.foundAs ? `${foundAsLine(ctx, result.foundAs)}\n${hint}` : hint,
      );
    }
    case 'ambiguous': {
      if (result.near) return replyWithNearChoices(ctx, deps, result.query, result.people, result.foundAs);
      const choices = choicesOf(result.people, language);
      const keyboard = new InlineKeyboard();
      choices.forEach((choice, i) =>
        keyboard.text(choiceLabel(deps.t, language, choice, i + 1), CALLBACKS.openCard.build(choice.id)).row(),
      );
      const lines = choices.map((choice, i) =>
        withFoundAs(ctx, renderChoice(deps.t, language, choice, i + 1), result.foundAs.get(choice.id)),
      );
      const body = [
        nameLine(result.query),
        ctx.t('search-ambiguous'),
        '',
        ...lines,
        '',
        ctx.t('search-ambiguous-hint'),
      ].join('\n');
      return void (await ctx.reply(body, { ...HTML, reply_markup: keyboard }));
    }
    case 'none': {
      const keyboard = new InlineKeyboard().text(ctx.t('follow-anyway-button'), CALLBACKS.followNameAnyway.build());
      return void (await ctx.reply(`${nameLine(result.query)}\n${ctx.t('search-none')}`, {
        ...HTML,
        reply_markup: keyboard,
      }));
    }
  }
}

/**
 * "Did you mean …?": people whose surname is near the typed name, each with a Follow button of its
 * own (fn:<id>, which leaves this list in place), and still "Follow this name anyway" (pf), since the
 * person meant may not be listed yet.
 */
async function replyWithNearChoices(
  ctx: BotContext,
  deps: FollowFeatureDeps,
  query: string,
  people: readonly PersonView[],
  foundAs: ReadonlyMap<number, FoundAs>,
): Promise<void> {
  const language = ctx.subscriber.language;
  const choices = choicesOf(people, language);
  const keyboard = new InlineKeyboard();
  choices.forEach((choice, i) => {
    keyboard.text(choiceLabel(deps.t, language, choice, i + 1), CALLBACKS.openCard.build(choice.id));
    keyboard.text(ctx.t('follow-choice-button', { number: i + 1 }), CALLBACKS.followNear.build(choice.id)).row();
  });
  keyboard.text(ctx.t('follow-anyway-button'), CALLBACKS.followNameAnyway.build());
  const lines = choices.map((choice, i) =>
    withFoundAs(ctx, renderChoice(deps.t, language, choice, i + 1), foundAs.get(choice.id)),
  );
  const body = [nameLine(query), ctx.t('search-near'), '', ...lines, '', ctx.t('search-near-hint')].join('\n');
  await ctx.reply(body, { ...HTML, reply_markup: keyboard });
}

/** "Found by another name: born Katsiaryna Bakhvalava", when the search matched a maiden name, a pseudonym … */
function foundAsLine(ctx: BotContext, found: FoundAs): string {
  return `<i>${ctx.t('search-found-as', { what: ctx.t(`other-name-${found.kind}`, { name: escapeHtml(found.name) }) })}</i>`;
}

function withFoundAs(ctx: BotContext, line: string, found: FoundAs | undefined): string {
  return found ? `${line} (${ctx.t(`other-name-${found.kind}`, { name: escapeHtml(found.name) })})` : line;
}

function nameLine(name: string): string {
  return `<b>${escapeHtml(name)}</b>`;
}

/** The name a "Follow this name anyway" button was sent under: the first line of that message. */
export function nameFromAnsweredMessage(ctx: BotContext): string | undefined {
  const message = ctx.callbackQuery?.message;
  const text = message && 'text' in message ? message.text : undefined;
  const first = text?.split('\n')[0]?.trim();
  return first ? first : undefined;
}
