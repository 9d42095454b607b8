import { Composer, InlineKeyboard } from 'grammy';
import {
  channelLists,
  followChosenForChannel,
  followForChannel,
  unfollowForChannel,
  type ChannelFollowOutcome,
  type ChannelListDeps,
  type ChannelListEntry,
} from '../../app/channels/channel-lists.ts';
import {
  configureChannel,
  linkChannel,
  linkedChannels,
  parseChannelOptions,
  unlinkChannel,
  type LinkedChannel,
} from '../../app/channels/channels.ts';
import { choiceLabel, renderChoice } from '../../app/follows/card-renderer.ts';
import { findNamesakes, personMention, type Namesakes } from '../../app/names/namesakes.ts';
import { choicesOf } from '../../app/follows/prisoner-cards.ts';
import { escapeHtml } from '../../domain/html.ts';
import { isLanguage } from '../../domain/language.ts';
import { splitMessage } from '../../domain/message-splitter.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';

const HTML = { parse_mode: 'HTML' } as const;

/**
 * /channel_add, /channel_set, /channel_remove, /channels, and each channel's own list of people for
 * scope "followed": /channel_follow, /channel_unfollow. Admins link channels where the bot is an
 * administrator, each with its own digest hour, zone, language, scope and announcements. Others get
 * the unknown-command answer, as for every admin command.
 */
export function channelsFeature(deps: ChannelListDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType('private').filter((ctx) => ctx.subscriber.isAdmin);

  admin.command('channel_add', async (ctx) => {
    const [ref, lang] = ctx.match.trim().split(/\s+/);
    if (!ref || (lang !== undefined && !isLanguage(lang)))
      return void (await ctx.reply(ctx.t('channel-add-usage'), HTML));
    const result = await linkChannel(deps, ctx.from.id, ref, lang ?? ctx.subscriber.language);
    if (result.outcome === 'not_found' || result.outcome === 'not_channel')
      return void (await ctx.reply(
        ctx.t(result.outcome === 'not_found' ? 'channel-not-found' : 'channel-not-channel'),
        HTML,
      ));
    if (result.outcome === 'not_admin')
      return void (await ctx.reply(ctx.t('channel-not-admin', { title: escapeHtml(result.title) }), HTML));
    const { row, title } = result.channel;
    const key = result.outcome === 'linked' ? 'channel-added' : 'channel-already';
    await ctx.reply(
      ctx.t(key, {
        title: escapeHtml(title),
        hour: hh(row.digestHour),
        timezone: escapeHtml(row.timezone),
        language: ctx.t(`language-name-${row.language}`),
        scope: ctx.t(`channel-scope-${row.digestScope}`),
      }),
      HTML,
    );
  });

  admin.command('channel_set', async (ctx) => {
    const [ref, ...rest] = ctx.match.trim().split(/\s+/);
    const parsed = parseChannelOptions(rest.join(' '), deps.clock.now());
    if (!ref || 'bad' in parsed)
      return void (await ctx.reply(
        ctx.t('channel-set-bad', { what: escapeHtml('bad' in parsed ? parsed.bad : '') }),
        HTML,
      ));
    const channel = await configureChannel(deps, ctx.from.id, ref, parsed.patch);
    if (!channel) return void (await ctx.reply(ctx.t('channel-unknown'), HTML));
    await ctx.reply(`${ctx.t('channel-updated')}\n${ctx.t('channels-line', line(ctx, channel))}`, HTML);
  });

  admin.command('channel_remove', async (ctx) => {
    const ref = ctx.match.trim();
    if (!ref) return void (await ctx.reply(ctx.t('channel-add-usage'), HTML));
    const removed = await unlinkChannel(deps, ctx.from.id, ref);
    await ctx.reply(
      removed ? ctx.t('channel-removed', { title: escapeHtml(removed.title) }) : ctx.t('channel-unknown'),
      HTML,
    );
  });

  admin.command('channels', async (ctx) => {
    const channels = await linkedChannels(deps);
    if (channels.length === 0) return void (await ctx.reply(ctx.t('channels-none'), HTML));
    const lists = await channelLists(
      deps.db,
      channels.map((c) => c.row.id),
    );
    const namesakes = await findNamesakes(
      deps.db,
      [...lists.values()].flat().map((e) => e.prisonerId),
    );
    const blocks = channels.map((c) =>
      [ctx.t('channels-line', line(ctx, c)), ...listLines(ctx, c, lists.get(c.row.id) ?? [], namesakes)].join('\n'),
    );
    // A few channels with lists of up to 200 people each can pass Telegram's 4,096 characters: one line per person, split between lines.
    for (const part of splitMessage([ctx.t('channels-title'), '', blocks.join('\n\n')].join('\n')))
      await ctx.reply(part, HTML);
  });

  admin.command('channel_follow', async (ctx) => {
    const [ref, ...name] = ctx.match.trim().split(/\s+/);
    if (!ref || name.length === 0) return void (await ctx.reply(ctx.t('channel-follow-usage'), HTML));
    await replyFollow(ctx, await followForChannel(deps, ctx.from.id, ref, name.join(' ')));
  });

  onCallback(admin, CALLBACKS.channelFollowChoice, async (ctx, channelId, prisonerId) => {
    await ctx.answerCallbackQuery();
    await replyFollow(ctx, await followChosenForChannel(deps, ctx.from.id, channelId, prisonerId));
  });

  admin.command('channel_unfollow', async (ctx) => {
    const [ref, ...what] = ctx.match.trim().split(/\s+/);
    if (!ref || what.length === 0) return void (await ctx.reply(ctx.t('channel-unfollow-usage'), HTML));
    const result = await unfollowForChannel(deps, ctx.from.id, ref, what.join(' '));
    if (result.outcome === 'unknown_channel') return void (await ctx.reply(ctx.t('channel-unknown'), HTML));
    const title = escapeHtml(result.channel.title);
    if (result.outcome === 'unfollowed')
      return void (await ctx.reply(
        ctx.t('channel-unfollow-done', { title, name: escapeHtml(await mention(ctx, result.entry)) }),
        HTML,
      ));
    await ctx.reply(
      ctx.t(result.outcome === 'several' ? 'channel-unfollow-several' : 'channel-unfollow-not-listed', { title }),
      HTML,
    );
  });

  async function mention(ctx: BotContext, entry: ChannelListEntry): Promise<string> {
    return personMention(
      translateFor(ctx),
      ctx.subscriber.language,
      { ...entry, id: entry.prisonerId },
      await findNamesakes(deps.db, [entry.prisonerId]),
    );
  }

  async function replyFollow(ctx: BotContext, result: ChannelFollowOutcome): Promise<void> {
    if (result.outcome === 'unknown_channel') return void (await ctx.reply(ctx.t('channel-unknown'), HTML));
    if (result.outcome === 'invalid') return void (await ctx.reply(ctx.t('channel-follow-usage'), HTML));
    const title = escapeHtml(result.channel.title);
    if (result.outcome === 'ambiguous') {
      const language = ctx.subscriber.language;
      const t = translateFor(ctx);
      const choices = choicesOf(result.people, language);
      const keyboard = new InlineKeyboard();
      choices.forEach((c, i) =>
        keyboard
          .text(choiceLabel(t, language, c, i + 1), CALLBACKS.channelFollowChoice.build(result.channel.row.id, c.id))
          .row(),
      );
      const text = [
        ctx.t('channel-follow-ambiguous', { title }),
        ...choices.map((c, i) => renderChoice(t, language, c, i + 1)),
      ].join('\n');
      return void (await ctx.reply(text, { ...HTML, reply_markup: keyboard }));
    }
    if (result.outcome === 'none' || result.outcome === 'gone')
      return void (await ctx.reply(ctx.t(`channel-follow-${result.outcome}`), HTML));
    if (result.outcome === 'limit')
      return void (await ctx.reply(ctx.t('channel-follow-limit', { title, limit: result.limit }), HTML));
    const lists = await channelLists(deps.db, [result.channel.row.id]);
    const entry = lists.get(result.channel.row.id)?.find((e) => e.prisonerId === result.prisonerId);
    const name = entry ? escapeHtml(await mention(ctx, entry)) : '';
    const text = ctx.t(result.outcome === 'followed' ? 'channel-follow-done' : 'channel-follow-already', {
      title,
      name,
    });
    // Until the scope is "followed" the channel's digest covers everything: say so rather than surprise.
    const hint =
      result.channel.row.digestScope === 'all'
        ? `\n${ctx.t('channel-follow-scope-hint', { chat: String(result.channel.row.chatId) })}`
        : '';
    await ctx.reply(text + hint, HTML);
  }

  return composer;
}

/** ctx.t as the app's Translate (language first): the subscriber's language is the context's. */
function translateFor(ctx: BotContext) {
  return (_language: string, key: string, vars?: Record<string, string | number | Date>) => ctx.t(key, vars);
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

function line(ctx: BotContext, { row, title }: LinkedChannel): Record<string, string> {
  const state = (on: boolean) => ctx.t(on ? 'channel-state-on' : 'channel-state-off');
  return {
    title: `${escapeHtml(title)} (<code>${row.chatId}</code>)`,
    digest: state(row.digestEnabled),
    hour:
      row.digestFrequency === 'weekly'
        ? ctx.t('channel-weekly-hour', { day: ctx.t(`digest-weekday-${row.digestWeekday}`), hour: hh(row.digestHour) })
        : hh(row.digestHour),
    timezone: escapeHtml(row.timezone),
    language: ctx.t(`language-name-${row.language}`),
    scope: ctx.t(`channel-scope-${row.digestScope}`),
    announce: state(row.announcements),
  };
}

/** The channel's own list, one person a line, numbered as /channel_unfollow takes it. */
function listLines(
  ctx: BotContext,
  { row }: LinkedChannel,
  list: readonly ChannelListEntry[],
  namesakes: Namesakes,
): string[] {
  if (list.length === 0) return [ctx.t('channels-list-empty', { chat: String(row.chatId) })];
  const t = translateFor(ctx);
  return [
    ctx.t('channels-list'),
    ...list.map(
      (e, i) =>
        `${i + 1}. ${escapeHtml(personMention(t, ctx.subscriber.language, { ...e, id: e.prisonerId }, namesakes))}`,
    ),
  ];
}
