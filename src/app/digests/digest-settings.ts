import type { Db } from '../../db/database.ts';
import {
  ensureSubscriber,
  updateSubscriberSettings,
  type SettingsPatch,
} from '../../db/queries/subscriber-settings.ts';
import { findSubscriberByChatId } from '../../db/queries/subscribers.ts';
import type { SubscriberRow } from '../../db/schema/index.ts';
import { readTimeZone } from '../../domain/digest-schedule.ts';
import type { Language } from '../../domain/language.ts';

/** The zones offered as buttons; any other IANA name can be typed. */
export const DIGEST_ZONES = [
  'Europe/Minsk',
  'Europe/Vilnius',
  'Europe/Warsaw',
  'Europe/Kyiv',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
] as const;
/** The hours offered as buttons; any other can be typed. */
export const DIGEST_HOURS = [7, 9, 12, 18, 20, 22] as const;

export interface DigestSettings {
  enabled: boolean;
  hour: number;
  timezone: string;
  scope: 'all' | 'followed';
  sendEmpty: boolean;
  chart: DigestChart;
  birthdays: boolean;
}

/** The held-prisoners chart before the digest: never, with every digest, or with the first digest of each week. */
export type DigestChart = 'off' | 'daily' | 'weekly';
export const DIGEST_CHARTS: readonly DigestChart[] = ['off', 'daily', 'weekly'];

export type DigestChange =
  | { setting: 'enabled'; on: boolean }
  | { setting: 'hour'; hour: number }
  | { setting: 'timezone'; timezone: string }
  | { setting: 'scope'; scope: 'all' | 'followed' }
  | { setting: 'sendEmpty'; on: boolean }
  | { setting: 'chart'; chart: DigestChart }
  | { setting: 'birthdays'; on: boolean };

export function digestSettingsOf(
  row: Pick<
    SubscriberRow,
    'digestEnabled' | 'digestHour' | 'timezone' | 'digestScope' | 'digestSendEmpty' | 'digestChart' | 'digestBirthdays'
  >,
): DigestSettings {
  return {
    enabled: row.digestEnabled,
    hour: row.digestHour,
    timezone: row.timezone,
    scope: row.digestScope,
    sendEmpty: row.digestSendEmpty,
    chart: row.digestChart,
    birthdays: row.digestBirthdays,
  };
}

/** The chat's digest settings, or the defaults (looking stores nothing). */
export async function viewDigestSettings(db: Db, chatId: number, defaultTimezone: string): Promise<DigestSettings> {
  const row = await findSubscriberByChatId(db, chatId);
  return row
    ? digestSettingsOf(row)
    : {
        enabled: false,
        hour: 20,
        timezone: defaultTimezone,
        scope: 'all',
        sendEmpty: false,
        chart: 'off',
        birthdays: false,
      };
}

/** Reads a typed hour ("21", "21:00", "9"); undefined if it is not one. */
export function parseDigestHour(text: string): number | undefined {
  const match = /^\s*(\d{1,2})(?::00)?\s*$/.exec(text);
  const hour = match ? Number(match[1]) : NaN;
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : undefined;
}

/**
 * The patch a change makes, checked: an hour outside 0-23 or a zone Intl does not know is refused
 * (undefined). Turning the digest on stamps the moment, so no digest is due for an hour already past.
 */
export function digestPatch(change: DigestChange, now: Date): SettingsPatch | undefined {
  switch (change.setting) {
    case 'enabled':
      return change.on ? { digestEnabled: true, digestEnabledAt: now } : { digestEnabled: false };
    case 'hour':
      return Number.isInteger(change.hour) && change.hour >= 0 && change.hour <= 23
        ? { digestHour: change.hour }
        : undefined;
    case 'timezone': {
      const read = readTimeZone(change.timezone);
      return read ? { timezone: read.zone } : undefined;
    }
    case 'scope':
      return { digestScope: change.scope };
    case 'sendEmpty':
      return { digestSendEmpty: change.on };
    case 'chart':
      return DIGEST_CHARTS.includes(change.chart) ? { digestChart: change.chart } : undefined;
    case 'birthdays':
      return { digestBirthdays: change.on };
  }
}

/** Changes one digest setting; the first change stores the chat (chat id, language, time zone). Undefined if refused. */
export async function changeDigestSetting(
  db: Db,
  chat: { chatId: number; language: Language },
  defaultTimezone: string,
  change: DigestChange,
  now: Date,
): Promise<DigestSettings | undefined> {
  const patch = digestPatch(change, now);
  if (!patch) return undefined;
  return db.transaction(async (tx) => {
    const subscriber = await ensureSubscriber(tx, chat.chatId, chat.language, defaultTimezone);
    return digestSettingsOf(await updateSubscriberSettings(tx, subscriber.id, patch));
  });
}
