import type { Language } from '../domain/language.ts';

/** Renders a message key in a language; Fluent behind it (locales/), so plurals follow each language. */
export type Translate = (language: Language, key: string, variables?: Record<string, string | number | Date>) => string;
