import { GrammyError, type Api } from 'grammy';
import type { Translate } from '../app/ports.ts';
import { LANGUAGES, type Language } from '../domain/language.ts';

/** The commands a user sees in Telegram's menu and in /help, in this order. Features add theirs. */
export const USER_COMMANDS: readonly { command: string; descriptionKey: string }[] = [
  { command: 'start', descriptionKey: 'cmd-start' },
  { command: 'follow', descriptionKey: 'cmd-follow' },
  { command: 'list', descriptionKey: 'cmd-list' },
  { command: 'settings', descriptionKey: 'cmd-settings' },
  { command: 'digest', descriptionKey: 'cmd-digest' },
  { command: 'digest_weekly', descriptionKey: 'cmd-digest-weekly' },
  { command: 'stats', descriptionKey: 'cmd-stats' },
  { command: 'help', descriptionKey: 'cmd-help' },
  { command: 'language', descriptionKey: 'cmd-language' },
  { command: 'privacy', descriptionKey: 'cmd-privacy' },
  { command: 'forget', descriptionKey: 'cmd-forget' },
];

/**
 * Admin commands, listed in /help for admins only (never in the public menu): each feature that
 * answers an admin command adds it here, so an admin can find every one of them.
 */
export const ADMIN_COMMANDS: readonly { command: string; descriptionKey: string }[] = [
  'release',
  'release_show',
  'release_approve',
  'release_undo',
  'release_cancel',
  'sync_status',
  'sync_confirm',
  'sync_reject',
  'channels',
  'channel_add',
  'channel_set',
  'channel_remove',
  'channel_follow',
  'channel_unfollow',
  'queue',
  'audit',
  'admins',
  'admin_add',
  'admin_approve',
  'admin_remove',
].map((command) => ({ command, descriptionKey: `cmd-${command.replace(/_/g, '-')}` }));

export function commandList(t: Translate, language: Language) {
  return USER_COMMANDS.map(({ command, descriptionKey }) => ({ command, description: t(language, descriptionKey) }));
}

/** Sets the command menu once per language, plus the default one for other app languages. */
export async function publishCommandMenus(api: Api, t: Translate, defaultLanguage: Language): Promise<void> {
  // Independent calls, sent together: a start waits one round trip to Telegram, not four.
  await Promise.all([
    ...LANGUAGES.map((language) => api.setMyCommands(commandList(t, language), { language_code: language })),
    api.setMyCommands(commandList(t, defaultLanguage)),
  ]);
}

function adminCommandList(t: Translate, language: Language) {
  return [
    ...commandList(t, language),
    ...ADMIN_COMMANDS.map(({ command, descriptionKey }) => ({ command, description: t(language, descriptionKey) })),
  ];
}

/** An admin's own menu: everyone's commands, then theirs, in their language. No other chat sees it. */
export async function publishAdminMenu(api: Api, t: Translate, adminId: number, language: Language): Promise<boolean> {
  return ignoreNoChat(() =>
    api.setMyCommands(adminCommandList(t, language), { scope: { type: 'chat', chat_id: adminId } }),
  );
}

/** A removed admin's chat falls back to the public menu. */
export async function withdrawAdminMenu(api: Api, adminId: number): Promise<boolean> {
  return ignoreNoChat(() => api.deleteMyCommands({ scope: { type: 'chat', chat_id: adminId } }));
}

/** At start-up, every admin's menu; returns how many could not be set yet (see `publishAdminMenu`). */
export async function publishAdminMenus(
  api: Api,
  t: Translate,
  admins: ReadonlyMap<number, Language>,
): Promise<number> {
  let missing = 0;
  for (const [adminId, language] of admins) if (!(await publishAdminMenu(api, t, adminId, language))) missing++;
  return missing;
}

/**
 * Telegram answers 400 for a chat it does not know: an admin (from ADMIN_IDS, or just added) who
 * never opened the bot. Their menu is set at the next start; /help lists the commands meanwhile.
 */
async function ignoreNoChat(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 400) return false;
    throw error;
  }
}
