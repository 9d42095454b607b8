import { displayName } from '../domain/alert-message.ts';
import { countryName } from '../domain/country-name.ts';
import type { DigestEvent, DigestModel } from '../domain/digest-builder.ts';
import { escapeHtml } from '../domain/html.ts';
import type { Language } from '../domain/language.ts';
import { displayDate, localDate } from '../domain/local-date.ts';
import { localParts } from '../domain/zoned-time.ts';
import { renderBatchTitle } from './batch-title-renderer.ts';
import type { Translate } from './translator.ts';

export interface DigestReaderView {
  language: Language;
  timeZone: string;
}

/**
 * A digest as Telegram HTML in the reader's language (locales/<lang>/digest.ftl): data escaped,
 * plurals by Fluent, one line per person with a deep link to the card. A long digest is one text
 * here; the drainer splits it at line breaks into messages Telegram accepts.
 */
export function renderDigest(translate: Translate, botUsername: string, reader: DigestReaderView, model: DigestModel): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(reader.language, key, vars);
  const lines = [
    t('digest-title', { from: when(model.period.from, reader.timeZone), to: when(model.period.to, reader.timeZone) }),
    model.heldChange === null || model.heldChange === 0
      ? t(model.heldChange === 0 ? 'digest-held-same' : 'digest-held', { count: model.held })
      : t(model.heldChange > 0 ? 'digest-held-up' : 'digest-held-down', { count: model.held, change: Math.abs(model.heldChange) }),
  ];
  if (model.entries === 0) return [...lines, '', t('digest-empty')].join('\n');
  lines.push(t('digest-counts', { list: model.counts.map((c) => t(`digest-count-${c.kind}`, { count: c.count })).join(', ') }));
  for (const section of model.sections) {
    lines.push('', t(`digest-section-${section.key}`));
    let batch: string | null = null;
    for (const event of section.entries) {
      if (section.key === 'releases' && event.batchTitle !== null && event.batchTitle !== batch) {
        lines.push(`<i>${renderBatchTitle(translate, reader.language, { title: event.batchTitle, titles: event.batchTitles ?? null })}</i>`);
      }
      batch = event.batchTitle;
      lines.push(entry(translate, botUsername, reader.language, event));
    }
  }
  return lines.join('\n');
}

function entry(translate: Translate, botUsername: string, language: Language, event: DigestEvent): string {
  const { name } = displayName(event, language);
  const link = `<a href="https://t.me/${escapeHtml(botUsername)}?start=f_${event.prisonerId}">${escapeHtml(name)}</a>`;
  const vars: Record<string, string | number> = { name: link };
  let key = `digest-entry-${event.kind}`;
  if (event.kind === 'expelled' && event.country) vars.country = escapeHtml(countryName(event.country, language));
  else if (event.kind === 'expelled') key = 'digest-entry-expelled-somewhere';
  if ((event.kind === 'sentenced' || event.kind === 'sentence_changed') && event.sentence) {
    vars.term = translate(language, 'alert-term', { years: event.sentence.years, months: event.sentence.months });
    key += '-term';
  }
  if (event.kind === 'transferred' && event.facility) {
    vars.facility = escapeHtml(event.facility);
    key += '-to';
  }
  return translate(language, key, vars);
}

/** "05.12.2026 20:00" in the reader's zone. */
function when(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${displayDate(localDate(instant, timeZone))} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
