import { Composer, InlineKeyboard } from 'grammy';
import type { Clock } from '../../domain/clock.ts';
import {
  DIGEST_CHARTS,
  DIGEST_HOURS,
  DIGEST_ZONES,
  changeDigestSetting,
  parseDigestEdition,
  parseDigestHour,
  viewDigestSettings,
  type DigestChange,
  type DigestSettings,
} from '../../app/digests/digest-settings.ts';
import type { Db } from '../../db/database.ts';
import { readTimeZone } from '../../domain/digest-schedule.ts';
import { escapeHtml } from '../../domain/html.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';
import { editTappedMessage } from '../edit-message.ts';

const HTML = { parse_mode: 'HTML' } as const;
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * /digest: one message whose buttons turn the daily digest on or off and set its hour, zone, scope
 * and "no changes" line, each tap saving one setting and redrawing it. /digest_hour and /digest_tz
 * take any hour and any IANA zone typed in; /digest_weekly a weekday for the weekly edition (off: daily).
 */
export function digestFeature(deps: { db: Db; clock: Clock; timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  const save = (ctx: BotContext & { chat: { id: number } }, change: DigestChange) =>
    changeDigestSetting(
      deps.db,
      { chatId: ctx.chat.id, language: ctx.subscriber.language },
      deps.timezone,
      change,
      deps.clock.now(),
    );

  pm.command('digest', async (ctx) => {
    const settings = await viewDigestSettings(deps.db, ctx.chat.id, deps.timezone);
    await ctx.reply(render(ctx, settings), { ...HTML, reply_markup: keyboard(ctx, settings) });
  });

  pm.command('digest_hour', async (ctx) => {
    const hour = parseDigestHour(ctx.match);
    if (hour === undefined) return void (await ctx.reply(ctx.t('digest-hour-usage'), HTML));
    const settings = await save(ctx, { setting: 'hour', hour });
    await ctx.reply(render(ctx, settings!), { ...HTML, reply_markup: keyboard(ctx, settings!) });
  });

  pm.command('digest_tz', async (ctx) => {
    if (ctx.match.trim() === '')
      return void (await ctx.reply(ctx.t('digest-tz-usage'), { ...HTML, link_preview_options: { is_disabled: true } }));
    const settings = await save(ctx, { setting: 'timezone', timezone: ctx.match });
    if (!settings) return void (await ctx.reply(ctx.t('digest-tz-unknown'), HTML));
    await ctx.reply(render(ctx, settings), { ...HTML, reply_markup: keyboard(ctx, settings) });
  });

  pm.command('digest_weekly', async (ctx) => {
    const read = parseDigestEdition(ctx.match);
    if (!read) return void (await ctx.reply(ctx.t('digest-weekly-usage'), HTML));
    const settings = await save(ctx, { setting: 'edition', ...read });
    await ctx.reply(render(ctx, settings!), { ...HTML, reply_markup: keyboard(ctx, settings!) });
  });

  onCallback(pm, CALLBACKS.changeDigest, async (ctx, what, value) => {
    const change = parseChange(what, value);
    const settings = change && (await save(ctx, change));
    if (!settings) return ctx.answerCallbackQuery({ text: ctx.t('button-outdated') });
    await ctx.answerCallbackQuery({ text: ctx.t('settings-saved') });
    await editTappedMessage(ctx, render(ctx, settings), { ...HTML, reply_markup: keyboard(ctx, settings) });
  });

  return composer;
}

function parseChange(what: string, value: string): DigestChange | undefined {
  const on = value === '1' ? true : value === '0' ? false : undefined;
  if (what === 'on' && on !== undefined) return { setting: 'enabled', on };
  if (what === 'e' && on !== undefined) return { setting: 'sendEmpty', on };
  if (what === 'b' && on !== undefined) return { setting: 'birthdays', on };
  if (what === 'h' && /^\d{1,2}$/.test(value)) return { setting: 'hour', hour: Number(value) };
  if (what === 'z' && /^\d$/.test(value) && DIGEST_ZONES[Number(value)])
    return { setting: 'timezone', timezone: DIGEST_ZONES[Number(value)]! };
  if (what === 's' && (value === 'all' || value === 'followed')) return { setting: 'scope', scope: value };
  const chart = DIGEST_CHARTS.find((c) => c === value);
  if (what === 'c' && chart) return { setting: 'chart', chart };
  return undefined;
}

function render(ctx: BotContext, s: DigestSettings): string {
  return [
    ctx.t('digest-settings-title'),
    '',
    !s.enabled
      ? ctx.t('digest-settings-off')
      : s.edition === 'weekly'
        ? ctx.t('digest-settings-on-weekly', {
            day: ctx.t(`digest-weekday-${s.weekday}`),
            hour: hh(s.hour),
            timezone: escapeHtml(s.timezone),
          })
        : ctx.t('digest-settings-on', { hour: hh(s.hour), timezone: escapeHtml(s.timezone) }),
    ...(s.enabled ? zoneAlias(ctx, s.timezone) : []),
    ctx.t(s.scope === 'all' ? 'digest-settings-scope-all' : 'digest-settings-scope-followed'),
    ctx.t(s.sendEmpty ? 'digest-settings-empty-on' : 'digest-settings-empty-off'),
    ctx.t(`digest-settings-chart-${s.chart}`),
    ctx.t(s.birthdays ? 'digest-settings-birthdays-on' : 'digest-settings-birthdays-off'),
    '',
    ctx.t('digest-settings-hint'),
    ctx.t(s.edition === 'weekly' ? 'digest-settings-weekly-hint-off' : 'digest-settings-weekly-hint'),
  ].join('\n');
}

/** The name Intl gives the zone, under the one the subscriber chose, when the two differ (Kolkata, Calcutta). */
function zoneAlias(ctx: BotContext, zone: string): string[] {
  const canonical = readTimeZone(zone)?.canonical;
  return canonical && canonical !== zone
    ? [ctx.t('digest-settings-zone-alias', { timezone: escapeHtml(zone), canonical: escapeHtml(canonical) })]
    : [];
}

function keyboard(ctx: BotContext, s: DigestSettings): InlineKeyboard {
  const mark = (chosen: boolean, label: string) => `${chosen ? '✓ ' : ''}${label}`;
  const k = new InlineKeyboard()
    .text(
      ctx.t(s.enabled ? 'digest-turn-off' : 'digest-turn-on'),
      CALLBACKS.changeDigest.build('on', s.enabled ? 0 : 1),
    )
    .row();
  for (const h of DIGEST_HOURS) k.text(mark(s.hour === h, hh(h)), CALLBACKS.changeDigest.build('h', h));
  k.row();
  DIGEST_ZONES.forEach((zone, i) => {
    k.text(
      mark(s.timezone === zone, ctx.t(`digest-zone-${zone.replace('/', '-')}`)),
      CALLBACKS.changeDigest.build('z', i),
    );
    if (i % 4 === 3) k.row();
  });
  k.row()
    .text(mark(s.scope === 'all', ctx.t('digest-scope-all-button')), CALLBACKS.changeDigest.build('s', 'all'))
    .text(
      mark(s.scope === 'followed', ctx.t('digest-scope-followed-button')),
      CALLBACKS.changeDigest.build('s', 'followed'),
    )
    .row()
    .text(
      ctx.t(s.sendEmpty ? 'digest-empty-off-button' : 'digest-empty-on-button'),
      CALLBACKS.changeDigest.build('e', s.sendEmpty ? 0 : 1),
    )
    .row();
  for (const chart of DIGEST_CHARTS)
    k.text(mark(s.chart === chart, ctx.t(`digest-chart-${chart}-button`)), CALLBACKS.changeDigest.build('c', chart));
  k.row().text(
    ctx.t(s.birthdays ? 'digest-birthdays-off-button' : 'digest-birthdays-on-button'),
    CALLBACKS.changeDigest.build('b', s.birthdays ? 0 : 1),
  );
  return k;
}
