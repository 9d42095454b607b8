import { join } from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Translate } from '../app/ports.ts';
import type { Language } from '../domain/language.ts';
import type { BotContext } from './context.ts';
import { PROJECT_ROOT } from '../paths.ts';

export const LOCALES_DIR = join(PROJECT_ROOT, 'locales');

/**
 * Fluent translations from locales/<lang>/*.ftl, one file per feature. The locale of an update is
 * the subscriber's stored language, else what Telegram says the user's app speaks, else the default.
 */
export function createI18n(defaultLanguage: Language): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: defaultLanguage,
    directory: LOCALES_DIR,
    useSession: false,
    // Unicode isolation marks around placeables show up as junk when a message is copied.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.subscriber.language,
  });
}

export function translatorFrom(i18n: I18n<BotContext>): Translate {
  return (language, key, variables) => i18n.t(language, key, variables);
}
