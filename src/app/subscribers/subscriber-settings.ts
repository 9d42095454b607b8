import type { Db } from '../../db/database.ts';
import {
  ensureSubscriber,
  updateSubscriberSettings,
  type SettingsPatch,
} from '../../db/queries/subscriber-settings.ts';
import { findSubscriberByChatId } from '../../db/queries/subscribers.ts';
import type { SubscriberRow } from '../../db/schema/index.ts';
import type { Language } from '../../domain/language.ts';

/** Quiet hours a user may choose: [from, to) in local hours, across midnight. */
export const QUIET_PRESETS: readonly { from: number; to: number }[] = [
  { from: 22, to: 8 },
  { from: 23, to: 7 },
  { from: 0, to: 8 },
];

export interface SubscriberSettings {
  discreet: boolean;
  quiet: { from: number; to: number } | null;
  /** Grave alerts ring in quiet hours (other alerts come silently then). */
  wakeForGrave: boolean;
  /** Alerts are sent with protect_content. */
  protectContent: boolean;
  announcements: boolean;
  timezone: string;
}

/** The settings that are simply on or off. */
export type Switch = 'discreet' | 'wakeForGrave' | 'protectContent' | 'announcements';

export type SettingChange =
  { setting: Switch; on: boolean } | { setting: 'quiet'; hours: { from: number; to: number } | null };

function settingsOf(
  row: Pick<
    SubscriberRow,
    'discreet' | 'quietFrom' | 'quietTo' | 'wakeForGrave' | 'protectContent' | 'announcements' | 'timezone'
  >,
): SubscriberSettings {
  const quiet = row.quietFrom !== null && row.quietTo !== null ? { from: row.quietFrom, to: row.quietTo } : null;
  return {
    discreet: row.discreet,
    quiet,
    wakeForGrave: row.wakeForGrave,
    protectContent: row.protectContent,
    announcements: row.announcements,
    timezone: row.timezone,
  };
}

/** The chat's settings, or the defaults for a chat with nothing stored (viewing stores nothing). */
export async function viewSettings(db: Db, chatId: number, defaultTimezone: string): Promise<SubscriberSettings> {
  const row = await findSubscriberByChatId(db, chatId);
  return row
    ? settingsOf(row)
    : {
        discreet: false,
        quiet: null,
        wakeForGrave: false,
        protectContent: false,
        announcements: false,
        timezone: defaultTimezone,
      };
}

/** Changes one setting; the first change creates the subscriber (chat id, language, time zone). */
export async function changeSetting(
  db: Db,
  chat: { chatId: number; language: Language },
  defaultTimezone: string,
  change: SettingChange,
): Promise<SubscriberSettings> {
  if (
    change.setting === 'quiet' &&
    change.hours &&
    !QUIET_PRESETS.some((p) => p.from === change.hours!.from && p.to === change.hours!.to)
  ) {
    throw new Error('quiet hours must be one of the presets');
  }
  return db.transaction(async (tx) => {
    const subscriber = await ensureSubscriber(tx, chat.chatId, chat.language, defaultTimezone);
    const patch: SettingsPatch =
      change.setting === 'quiet'
        ? { quietFrom: change.hours?.from ?? null, quietTo: change.hours?.to ?? null }
        : { [change.setting]: change.on };
    return settingsOf(await updateSubscriberSettings(tx, subscriber.id, patch));
  });
}
