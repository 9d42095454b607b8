import { Composer } from 'grammy';
import { configureChannel, linkChannel, linkedChannels, parseChannelOptions, unlinkChannel, type ChannelDeps, type LinkedChannel } from '../../app/channels.ts';
import { escapeHtml } from '../../domain/html.ts';
import { LANGUAGE_NAMES, isLanguage } from '../../domain/language.ts';
import type { BotContext } from '../context.ts';

const HTML = { parse_mode: 'HTML' } as const;

/**
 * /channel_add, /channel_set, /channel_remove, /channels: admins link channels where the bot is an
 * administrator, each with its own digest hour, zone, language, scope and announcements. Others get
 * the unknown-command answer, as for every admin command.
 */
export function channelsFeature(deps: ChannelDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType('private').filter((ctx) => ctx.reader.isAdmin);

  admin.command('channel_add', async (ctx) => {
    const [ref, lang] = ctx.match.trim().split(/\s+/);
    if (!ref || (lang !== undefined && !isLanguage(lang))) return void (await ctx.reply(ctx.t('channel-add-usage'), HTML));
    const result = await linkChannel(deps, ctx.from.id, ref, lang ?? ctx.reader.language);
    if (result.outcome === 'not_found' || result.outcome === 'not_channel') return void (await ctx.reply(ctx.t(result.outcome === 'not_found' ? 'channel-not-found' : 'channel-not-channel'), HTML));
    if (result.outcome === 'not_admin') return void (await ctx.reply(ctx.t('channel-not-admin', { title: escapeHtml(result.title) }), HTML));
    const { row, title } = result.channel;
    const key = result.outcome === 'linked' ? 'channel-added' : 'channel-already';
    await ctx.reply(ctx.t(key, { title: escapeHtml(title), hour: hh(row.digestHour), timezone: escapeHtml(row.timezone), language: LANGUAGE_NAMES[row.language], scope: ctx.t(`channel-scope-${row.digestScope}`) }), HTML);
  });

  admin.command('channel_set', async (ctx) => {
    const [ref, ...rest] = ctx.match.trim().split(/\s+/);
    const parsed = parseChannelOptions(rest.join(' '), deps.clock.now());
    if (!ref || 'bad' in parsed) return void (await ctx.reply(ctx.t('channel-set-bad', { what: escapeHtml('bad' in parsed ? parsed.bad : '') }), HTML));
    const channel = await configureChannel(deps, ctx.from.id, ref, parsed.patch);
    if (!channel) return void (await ctx.reply(ctx.t('channel-unknown'), HTML));
    await ctx.reply(`${ctx.t('channel-updated')}\n${ctx.t('channels-line', line(ctx, channel))}`, HTML);
  });

  admin.command('channel_remove', async (ctx) => {
    const ref = ctx.match.trim();
    if (!ref) return void (await ctx.reply(ctx.t('channel-add-usage'), HTML));
    const removed = await unlinkChannel(deps, ctx.from.id, ref);
    await ctx.reply(removed ? ctx.t('channel-removed', { title: escapeHtml(removed.title) }) : ctx.t('channel-unknown'), HTML);
  });

  admin.command('channels', async (ctx) => {
    const channels = await linkedChannels(deps);
    if (channels.length === 0) return void (await ctx.reply(ctx.t('channels-none'), HTML));
    await ctx.reply([ctx.t('channels-title'), '', ...channels.map((c) => ctx.t('channels-line', line(ctx, c)))].join('\n'), HTML);
  });

  return composer;
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

function line(ctx: BotContext, { row, title }: LinkedChannel): Record<string, string> {
  const state = (on: boolean) => ctx.t(on ? 'channel-state-on' : 'channel-state-off');
  return {
    title: `${escapeHtml(title)} (<code>${row.chatId}</code>)`, digest: state(row.digestEnabled), hour: hh(row.digestHour), timezone: escapeHtml(row.timezone),
    language: LANGUAGE_NAMES[row.language], scope: ctx.t(`channel-scope-${row.digestScope}`), announce: state(row.announcements),
  };
}
