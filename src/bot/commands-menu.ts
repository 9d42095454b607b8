import type { Api } from 'grammy';
import type { Translate } from '../app/translator.ts';
import { LANGUAGES, type Language } from '../domain/language.ts';

/** The commands a user sees in Telegram's menu and in /help, in this order. Features add theirs. */
export const USER_COMMANDS: readonly { command: string; descriptionKey: string }[] = [
  { command: 'start', descriptionKey: 'cmd-start' },
  { command: 'follow', descriptionKey: 'cmd-follow' },
  { command: 'list', descriptionKey: 'cmd-list' },
  { command: 'settings', descriptionKey: 'cmd-settings' },
  { command: 'digest', descriptionKey: 'cmd-digest' },
  { command: 'help', descriptionKey: 'cmd-help' },
  { command: 'language', descriptionKey: 'cmd-language' },
  { command: 'privacy', descriptionKey: 'cmd-privacy' },
  { command: 'forget', descriptionKey: 'cmd-forget' },
];

export function commandList(t: Translate, language: Language) {
  return USER_COMMANDS.map(({ command, descriptionKey }) => ({ command, description: t(language, descriptionKey) }));
}

/** Sets the command menu once per language, plus the default one for other app languages. */
export async function publishCommandMenus(api: Api, t: Translate, defaultLanguage: Language): Promise<void> {
  for (const language of LANGUAGES) {
    await api.setMyCommands(commandList(t, language), { language_code: language });
  }
  await api.setMyCommands(commandList(t, defaultLanguage));
}
