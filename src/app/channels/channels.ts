import type { Db } from '../../db/database.ts';
import { logAdminAction } from '../../db/queries/admin-audit.ts';
import { deleteChannel, findChannel, insertChannel, listChannels, updateChannel } from '../../db/queries/channels.ts';
import type { SettingsPatch } from '../../db/queries/subscriber-settings.ts';
import type { SubscriberRow } from '../../db/schema/index.ts';
import { isLanguage, type Language } from '../../domain/language.ts';
import type { Clock } from '../../domain/clock.ts';
import type { ChannelDirectory } from './ports.ts';
import { digestPatch, parseDigestEdition, parseDigestHour, type DigestChart } from '../digests/digest-settings.ts';

export interface ChannelDeps {
  db: Db;
  clock: Clock;
  directory: ChannelDirectory;
  timezone: string;
}

export interface LinkedChannel {
  row: SubscriberRow;
  title: string;
}

export type LinkOutcome =
  | { outcome: 'linked' | 'already'; channel: LinkedChannel }
  | { outcome: 'not_found' }
  | { outcome: 'not_channel' }
  | { outcome: 'not_admin'; title: string };

/** Links a channel where the bot may post; written to the audit log. */
export async function linkChannel(
  deps: ChannelDeps,
  adminId: number,
  ref: string,
  language: Language,
): Promise<LinkOutcome> {
  const chat = await deps.directory.lookup(ref);
  if (!chat) return { outcome: 'not_found' };
  if (chat.type !== 'channel') return { outcome: 'not_channel' };
  if (!(await deps.directory.botCanPost(chat.id))) return { outcome: 'not_admin', title: chat.title };
  const now = deps.clock.now();
  const row = await insertChannel(deps.db, {
    chatId: chat.id,
    language,
    timezone: deps.timezone,
    linkedBy: adminId,
    now,
  });
  if (row) await logAdminAction(deps.db, adminId, 'channel_add', { chatId: chat.id }, now);
  const existing = row ?? (await findChannel(deps.db, chat.id));
  return { outcome: row ? 'linked' : 'already', channel: { row: existing!, title: chat.title } };
}

/** Unlinks a channel by @name or id; undefined if it was not linked. */
export async function unlinkChannel(
  deps: ChannelDeps,
  adminId: number,
  ref: string,
): Promise<{ title: string } | undefined> {
  const target = await resolveLinked(deps, ref);
  if (!target || !(await deleteChannel(deps.db, target.row.chatId))) return undefined;
  await logAdminAction(deps.db, adminId, 'channel_remove', { chatId: target.row.chatId }, deps.clock.now());
  return { title: target.title };
}

/** Every linked channel, with its title as Telegram gives it now (the id when it cannot). */
export async function linkedChannels(deps: ChannelDeps): Promise<LinkedChannel[]> {
  const rows = await listChannels(deps.db);
  return Promise.all(
    rows.map(async (row) => ({
      row,
      title: (await deps.directory.lookup(String(row.chatId)).catch(() => undefined))?.title ?? String(row.chatId),
    })),
  );
}

export type ChannelPatch = SettingsPatch & { language?: Language };

/**
 * Reads `/channel_set` options: hour=20 tz=Europe/Vilnius lang=be scope=all|followed digest=on|off
 * announce=on|off empty=on|off chart=off|daily|weekly birthdays=on|off edition=daily|weekly day=mon…sun.
 * Returns the patch, or the first option it did not understand.
 */
export function parseChannelOptions(text: string, now: Date): { patch: ChannelPatch } | { bad: string } {
  const patch: ChannelPatch = {};
  const options = text.trim().split(/\s+/).filter(Boolean);
  if (options.length === 0) return { bad: '' };
  for (const option of options) {
    const [key, value = ''] = option.split('=', 2) as [string, string?];
    const onOff = value === 'on' ? true : value === 'off' ? false : undefined;
    let part: ChannelPatch | undefined;
    if (key === 'hour')
      part = parseDigestHour(value) === undefined ? undefined : { digestHour: parseDigestHour(value)! };
    else if (key === 'tz') part = digestPatch({ setting: 'timezone', timezone: value }, now);
    else if (key === 'lang') part = isLanguage(value) ? { language: value } : undefined;
    else if (key === 'scope') part = value === 'all' || value === 'followed' ? { digestScope: value } : undefined;
    else if (key === 'digest' && onOff !== undefined) part = digestPatch({ setting: 'enabled', on: onOff }, now);
    else if (key === 'announce' && onOff !== undefined) part = { announcements: onOff };
    else if (key === 'empty' && onOff !== undefined) part = { digestSendEmpty: onOff };
    else if (key === 'birthdays' && onOff !== undefined) part = { digestBirthdays: onOff };
    else if (key === 'chart') part = digestPatch({ setting: 'chart', chart: value as DigestChart }, now);
    else if (key === 'edition' && (value === 'daily' || value === 'weekly'))
      part = digestPatch({ setting: 'edition', edition: value }, now);
    else if (key === 'day') {
      const day = parseDigestEdition(value);
      part = day?.weekday === undefined ? undefined : { digestWeekday: day.weekday };
    }
    if (!part) return { bad: option.slice(0, 40) };
    Object.assign(patch, part);
  }
  return { patch };
}

/** Changes a linked channel's settings; undefined if it is not linked. */
export async function configureChannel(
  deps: ChannelDeps,
  adminId: number,
  ref: string,
  patch: ChannelPatch,
): Promise<LinkedChannel | undefined> {
  const target = await resolveLinked(deps, ref);
  if (!target) return undefined;
  const row = await updateChannel(deps.db, target.row.chatId, patch);
  if (!row) return undefined;
  await logAdminAction(deps.db, adminId, 'channel_set', { chatId: row.chatId, ...patch }, deps.clock.now());
  return { row, title: target.title };
}

/** A linked channel by @name or numeric id, with its title as Telegram gives it now. */
export async function resolveLinked(deps: ChannelDeps, ref: string): Promise<LinkedChannel | undefined> {
  const trimmed = ref.trim();
  const id = /^-?\d{1,20}$/.test(trimmed) ? Number(trimmed) : (await deps.directory.lookup(trimmed))?.id;
  if (id === undefined) return undefined;
  const row = await findChannel(deps.db, id);
  if (!row) return undefined;
  const title = (await deps.directory.lookup(String(id)).catch(() => undefined))?.title ?? String(id);
  return { row, title };
}
