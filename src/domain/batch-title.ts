import type { MessageValue } from './message-value.ts';
import { escapeHtml } from './html.ts';
import { isLanguage, type Language } from './language.ts';

/** A batch's title per language, as the admin gave them. */
export type BatchTitles = Partial<Record<Language, string>>;

export const TITLE_MIN = 3;
export const TITLE_MAX = 120;

/**
 * Belarusian writes і and ў and never и, щ, ъ; Russian the reverse; a Latin title is taken as
 * English. A Cyrillic title with none of these letters ("13 снежня 2025: вызвалены 123") cannot be
 * told apart by its letters: then the admin's own language if it is a Cyrillic one, else Russian.
 * The admin is shown the guess and can correct it.
 */
export function guessTitleLanguage(text: string, adminLanguage: Language): Language {
  if (!/\p{Script=Cyrillic}/u.test(text)) return 'en';
  if (/[іўІЎ]/u.test(text)) return 'be';
  if (/[ищъИЩЪ]/u.test(text)) return 'ru';
  return adminLanguage === 'en' ? 'ru' : adminLanguage;
}

export type TitleInput =
  { ok: true; titles: BatchTitles; guessed?: Language } | { ok: false; problem: 'title' | 'title_prefix' };

const PREFIXED = /^(be|ru|en)\s*:\s*(.*)$/iu;

/**
 * Reads a title message: lines `be: …`, `ru: …`, `en: …`, or (unless `prefixed` is required) one
 * line without a prefix, whose language is guessed. Each title is 3-120 characters.
 */
export function readTitles(text: string, adminLanguage: Language, prefixed: boolean): TitleInput {
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const matches = lines.map((l) => PREFIXED.exec(l));
  if (matches.every((m) => m === null)) {
    if (prefixed || lines.length !== 1)
      return { ok: false, problem: lines.length > 1 || prefixed ? 'title_prefix' : 'title' };
    const title = lines[0]!;
    if (!fits(title)) return { ok: false, problem: 'title' };
    const guessed = guessTitleLanguage(title, adminLanguage);
    return { ok: true, titles: { [guessed]: title }, guessed };
  }
  if (matches.some((m) => m === null)) return { ok: false, problem: 'title_prefix' };
  const titles: BatchTitles = {};
  for (const m of matches) {
    const language = m![1]!.toLowerCase();
    const title = m![2]!.trim();
    if (!isLanguage(language) || !fits(title)) return { ok: false, problem: 'title' };
    titles[language] = title;
  }
  return { ok: true, titles };
}

function fits(title: string): boolean {
  return title.length >= TITLE_MIN && title.length <= TITLE_MAX;
}

/**
 * Adds titles given later in the dialogue. A title sent again under another language replaces the
 * guess it came with: that is how an admin corrects a wrong guess.
 */
export function mergeTitles(current: BatchTitles, added: BatchTitles): BatchTitles {
  const texts = new Set(Object.values(added));
  const kept = Object.fromEntries(
    Object.entries(current).filter(
      ([language, text]) => !(texts.has(text) && added[language as Language] === undefined),
    ),
  );
  return { ...kept, ...added };
}

/** The languages a subscriber of each language reads best after their own, for a title not given in it. */
const FALLBACK: Record<Language, readonly Language[]> = { be: ['ru', 'en'], ru: ['be', 'en'], en: ['ru', 'be'] };

/**
 * The title a subscriber of `language` sees: theirs if given, else another one with its language named
 * (`language` set), else the title as first typed (batches from before titles per language).
 */
export function pickBatchTitle(
  batch: { title: string; titles: BatchTitles | null },
  language: Language,
): { text: string; language?: Language } {
  const titles = batch.titles ?? {};
  const own = titles[language];
  if (own) return { text: own };
  for (const other of FALLBACK[language]) {
    const text = titles[other];
    if (text) return { text, language: other };
  }
  return { text: batch.title };
}

/** The title as a message value for alerts: plain text in the subscriber's language, else quoted with its language. */
export function batchTitleValue(
  batch: { title: string; titles: BatchTitles | null },
  language: Language,
): MessageValue {
  const picked = pickBatchTitle(batch, language);
  if (!picked.language) return picked.text;
  // Variables of a nested message are inserted as they are: escape the title here.
  return { key: 'release-title-quoted', vars: { title: escapeHtml(picked.text), language: picked.language } };
}

/** Languages the title is still missing in, for the admin's follow-up question. */
export function missingTitleLanguages(titles: BatchTitles, all: readonly Language[]): Language[] {
  return all.filter((l) => !titles[l]);
}
