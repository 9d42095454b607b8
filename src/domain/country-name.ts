import type { Language } from './language.ts';

/** A country's name in the subscriber's language from its ISO code (Intl's own tables); the code if unknown. */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
