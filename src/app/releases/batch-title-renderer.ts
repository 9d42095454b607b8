import { pickBatchTitle, type BatchTitles } from '../../domain/batch-title.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import type { Translate } from '../ports.ts';

/**
 * A batch's title as Telegram HTML for a subscriber of `language`: their own if the admin gave it,
 * else «another one» with its language named. Announcements, corrections, admin notices and
 * digests call this; alerts use `batchTitleValue` (the same choice, as a message value).
 */
export function renderBatchTitle(
  translate: Translate,
  language: Language,
  batch: { title: string; titles: BatchTitles | null },
): string {
  const picked = pickBatchTitle(batch, language);
  if (!picked.language) return escapeHtml(picked.text);
  return translate(language, 'release-title-quoted', { title: escapeHtml(picked.text), language: picked.language });
}
