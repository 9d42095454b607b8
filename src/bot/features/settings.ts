import { Composer, InlineKeyboard } from 'grammy';
import {
  QUIET_PRESETS,
  changeSetting,
  viewSettings,
  type SettingChange,
  type SubscriberSettings,
  type Switch,
} from '../../app/subscribers/subscriber-settings.ts';
import type { Db } from '../../db/database.ts';
import { escapeHtml } from '../../domain/html.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';
import { editTappedMessage } from '../edit-message.ts';

const hour = (h: number) => String(h).padStart(2, '0');

/**
 * /settings: discreet alerts, quiet hours (off or a preset) and whether grave news rings in them,
 * protected alerts, announcements of batch releases. One message whose buttons change one setting
 * each and redraw it. Looking stores nothing; the first change stores the chat with its language.
 * (The digest has its own /digest.)
 */
export function settingsFeature(deps: { db: Db; timezone: string }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('settings', async (ctx) => {
    const settings = await viewSettings(deps.db, ctx.chat.id, deps.timezone);
    await ctx.reply(render(ctx, settings), { parse_mode: 'HTML', reply_markup: keyboard(ctx, settings) });
  });

  onCallback(pm, CALLBACKS.changeSetting, async (ctx, what, value) => {
    const change = parseChange(what, value);
    if (!change) return ctx.answerCallbackQuery({ text: ctx.t('button-outdated') });
    const settings = await changeSetting(
      deps.db,
      { chatId: ctx.chat.id, language: ctx.subscriber.language },
      deps.timezone,
      change,
    );
    await ctx.answerCallbackQuery({ text: ctx.t('settings-saved') });
    await editTappedMessage(ctx, render(ctx, settings), { parse_mode: 'HTML', reply_markup: keyboard(ctx, settings) });
  });

  return composer;
}

/** One letter per on/off setting in the callback data (`st:<letter>:<0|1>`). */
const SWITCH_CODES: Record<string, Switch> = {
  d: 'discreet',
  g: 'wakeForGrave',
  p: 'protectContent',
  a: 'announcements',
};

function parseChange(what: string, value: string): SettingChange | undefined {
  // Own keys only: `__proto__` or `constructor` from forged data must not read as a switch.
  const setting = Object.hasOwn(SWITCH_CODES, what) ? SWITCH_CODES[what] : undefined;
  if (setting && (value === '1' || value === '0')) return { setting, on: value === '1' };
  if (what !== 'q') return undefined;
  if (value === 'off') return { setting: 'quiet', hours: null };
  const preset = QUIET_PRESETS.find((p) => `${p.from}-${p.to}` === value);
  return preset ? { setting: 'quiet', hours: preset } : undefined;
}

function render(ctx: BotContext, s: SubscriberSettings): string {
  const quiet = s.quiet
    ? ctx.t('settings-quiet-on', {
        from: `${hour(s.quiet.from)}:00`,
        to: `${hour(s.quiet.to)}:00`,
        timezone: escapeHtml(s.timezone),
      })
    : ctx.t('settings-quiet-off');
  return [
    ctx.t('settings-title'),
    '',
    ctx.t(s.discreet ? 'settings-discreet-on' : 'settings-discreet-off'),
    '',
    quiet,
    // Whether grave news rings matters only when there are quiet hours.
    ...(s.quiet ? [ctx.t(s.wakeForGrave ? 'settings-grave-on' : 'settings-grave-off')] : []),
    '',
    ctx.t(s.protectContent ? 'settings-protect-on' : 'settings-protect-off'),
    '',
    ctx.t(s.announcements ? 'settings-announcements-on' : 'settings-announcements-off'),
  ].join('\n');
}

function keyboard(ctx: BotContext, s: SubscriberSettings): InlineKeyboard {
  const k = new InlineKeyboard();
  k.text(
    ctx.t(s.discreet ? 'settings-discreet-turn-off' : 'settings-discreet-turn-on'),
    CALLBACKS.changeSetting.build('d', s.discreet ? 0 : 1),
  ).row();
  for (const p of QUIET_PRESETS) {
    const chosen = s.quiet?.from === p.from && s.quiet.to === p.to;
    k.text(
      `${chosen ? '✓ ' : ''}${ctx.t('settings-quiet-button', { from: hour(p.from), to: hour(p.to) })}`,
      CALLBACKS.changeSetting.build('q', `${p.from}-${p.to}`),
    );
  }
  k.row()
    .text(`${s.quiet ? '' : '✓ '}${ctx.t('settings-quiet-off-button')}`, CALLBACKS.changeSetting.build('q', 'off'))
    .row();
  if (s.quiet)
    k.text(
      ctx.t(s.wakeForGrave ? 'settings-grave-turn-off' : 'settings-grave-turn-on'),
      CALLBACKS.changeSetting.build('g', s.wakeForGrave ? 0 : 1),
    ).row();
  k.text(
    ctx.t(s.protectContent ? 'settings-protect-turn-off' : 'settings-protect-turn-on'),
    CALLBACKS.changeSetting.build('p', s.protectContent ? 0 : 1),
  ).row();
  k.text(
    ctx.t(s.announcements ? 'settings-announcements-turn-off' : 'settings-announcements-turn-on'),
    CALLBACKS.changeSetting.build('a', s.announcements ? 0 : 1),
  );
  return k;
}
