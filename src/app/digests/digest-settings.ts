import type { Db } from '../../db/database.ts';
import {
  ensureSubscriber,
  updateSubscriberSettings,
  type SettingsPatch,
} from '../../db/queries/subscriber-settings.ts';
import { findSubscriberByChatId } from '../../db/queries/subscribers.ts';
import type { SubscriberRow } from '../../db/schema/index.ts';
import { readTimeZone, type DigestEdition, type Weekday } from '../../domain/digest-schedule.ts';
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
  edition: DigestEdition;
  /** The weekly edition's day: 1 = Monday … 7 = Sunday. */
  weekday: Weekday;
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
  | { setting: 'birthdays'; on: boolean }
  | { setting: 'edition'; edition: DigestEdition; weekday?: number };

export function digestSettingsOf(
  row: Pick<
    SubscriberRow,
    | 'digestEnabled'
    | 'digestHour'
    | 'timezone'
    | 'digestScope'
    | 'digestSendEmpty'
    | 'digestChart'
    | 'digestBirthdays'
    | 'digestFrequency'
    | 'digestWeekday'
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
    edition: row.digestFrequency,
    weekday: row.digestWeekday as Weekday,
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
        edition: 'daily',
        weekday: 1,
      };
}

/** Reads a typed hour ("21", "21:00", "9"); undefined if it is not one. */
export function parseDigestHour(text: string): number | undefined {
  const match = /^\s*(\d{1,2})(?::00)?\s*$/.exec(text);
  const hour = match ? Number(match[1]) : NaN;
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : undefined;
}

const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['mon', 'monday', 'пн', 'панядзелак', 'понедельник'],
  ['tue', 'tuesday', 'аў', 'аўторак', 'вт', 'вторник'],
  ['wed', 'wednesday', 'ср', 'серада', 'среда'],
  ['thu', 'thursday', 'чц', 'чацвер', 'чт', 'четверг'],
  ['fri', 'friday', 'пт', 'пятніца', 'пятница'],
  ['sat', 'saturday', 'сб', 'субота', 'суббота'],
  ['sun', 'sunday', 'нд', 'нядзеля', 'вс', 'воскресенье'],
];

/**
 * Reads the typed edition: a weekday (mon … sun, 1-7, or a Belarusian or Russian day name) for the
 * weekly digest on that day, or "off" (also "daily") for the daily one; undefined if it is neither.
 */
export function parseDigestEdition(text: string): { edition: DigestEdition; weekday?: Weekday } | undefined {
  const word = text.trim().toLowerCase().replace(/\.$/, '');
  if (word === 'off' || word === 'daily') return { edition: 'daily' };
  if (/^[1-7]$/.test(word)) return { edition: 'weekly', weekday: Number(word) as Weekday };
  const index = WEEKDAY_NAMES.findIndex((names) => names.includes(word));
  return index < 0 ? undefined : { edition: 'weekly', weekday: (index + 1) as Weekday };
}

/**
 * The patch a change makes, checked: an hour outside 0-23 or a zone Intl does not know is refused
 * (undefined). Turning the digest on, or changing its edition, stamps the moment, so no digest is due
 * for an hour already past.
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
    // Stamped like turning on: a slot of the new edition that passed before the change is not due
    // (switching to Monday's weekly on a Tuesday waits for next Monday, not last week's edition now).
    case 'edition':
      if (change.edition === 'daily') return { digestFrequency: 'daily', digestEnabledAt: now };
      if (change.edition !== 'weekly') return undefined;
      if (change.weekday === undefined) return { digestFrequency: 'weekly', digestEnabledAt: now };
      return Number.isInteger(change.weekday) && change.weekday >= 1 && change.weekday <= 7
        ? { digestFrequency: 'weekly', digestWeekday: change.weekday, digestEnabledAt: now }
        : undefined;
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
