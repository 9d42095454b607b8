/** The languages Vestka speaks. Every user-facing text exists in all three. */
export const LANGUAGES = ['be', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name for itself. */
export const LANGUAGE_NAMES: Record<Language, string> = { be: 'Беларуская', ru: 'Русский', en: 'English' };

export function isLanguage(value: string | undefined): value is Language {
  return value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a Telegram `language_code` (e.g. "ru-RU", "uk") to the closest language we speak. */
export function languageFromTelegram(code: string | undefined, fallback: Language): Language {
  const base = code?.toLowerCase().split('-')[0];
  if (isLanguage(base)) return base;
  return fallback;
}
