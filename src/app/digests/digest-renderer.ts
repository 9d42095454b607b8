import { displayName } from '../../domain/alert-message.ts';
import { countryName } from '../../domain/country-name.ts';
import type { DigestEntry, DigestModel } from '../../domain/digest-builder.ts';
import type { DigestEdition } from '../../domain/digest-schedule.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import { displayDate, localDate } from '../../domain/local-date.ts';
import { nameMention } from '../../domain/namesakes.ts';
import { localParts } from '../../domain/zoned-time.ts';
import { renderBatchTitle } from '../releases/batch-title-renderer.ts';
import { NO_NAMESAKES, mentionText, type Namesakes } from '../names/namesakes.ts';
import type { Translate } from '../ports.ts';

export interface DigestSubscriberView {
  language: Language;
  timeZone: string;
}

/**
 * A digest as Telegram HTML in the subscriber's language (locales/<lang>/digest.ftl): data escaped,
 * plurals by Fluent, one line per person with a deep link to the card, namesakes told apart. A long
 * digest is one text here; the drainer splits it at line breaks into messages Telegram accepts.
 */
export function renderDigest(
  translate: Translate,
  botUsername: string,
  subscriber: DigestSubscriberView,
  model: DigestModel,
  edition: DigestEdition = 'daily',
  namesakes: Namesakes = NO_NAMESAKES,
): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(subscriber.language, key, vars);
  const lines = [
    edition === 'weekly'
      ? t('digest-weekly-title', {
          // The period ends at the next Monday 00:00: the last day covered is the Sunday before it.
          from: displayDate(localDate(model.period.from, subscriber.timeZone)),
          to: displayDate(localDate(new Date(model.period.to.getTime() - 1), subscriber.timeZone)),
        })
      : t('digest-title', {
          from: when(model.period.from, subscriber.timeZone),
          to: when(model.period.to, subscriber.timeZone),
        }),
    model.heldChange === null || model.heldChange === 0
      ? t(model.heldChange === 0 ? 'digest-held-same' : 'digest-held', { count: model.held })
      : t(model.heldChange > 0 ? 'digest-held-up' : 'digest-held-down', {
          count: model.held,
          change: Math.abs(model.heldChange),
        }),
  ];
  if (model.entries === 0) return [...lines, '', t('digest-empty')].join('\n');
  lines.push(
    t('digest-counts', { list: model.counts.map((c) => t(`digest-count-${c.line}`, { count: c.count })).join(', ') }),
  );
  for (const section of model.sections) {
    lines.push('', t(`digest-section-${section.key}`));
    let batch: string | null = null;
    for (const entry of section.entries) {
      const title = entry.event.batchTitle;
      if (section.key === 'releases' && title !== null && title !== batch)
        lines.push(
          `<i>${renderBatchTitle(translate, subscriber.language, { title, titles: entry.event.batchTitles ?? null })}</i>`,
        );
      batch = title;
      lines.push(entryLine(translate, botUsername, subscriber.language, entry, namesakes));
    }
  }
  return lines.join('\n');
}

function entryLine(
  translate: Translate,
  botUsername: string,
  language: Language,
  { event, line, earlier }: DigestEntry,
  namesakes: Namesakes,
): string {
  const name = mentionText(
    translate,
    language,
    nameMention(displayName(event, language).name, namesakes.tag(language, event.prisonerId)),
  );
  const link = `<a href="https://t.me/${escapeHtml(botUsername)}?start=f_${event.prisonerId}">${escapeHtml(name)}</a>`;
  const vars: Record<string, string | number> = { name: link };
  let key = `digest-entry-${line}`;
  if (line === 'expelled' && event.country) vars.country = escapeHtml(countryName(event.country, language));
  else if (line === 'expelled') key = 'digest-entry-expelled-somewhere';
  if ((line === 'sentenced' || line === 'sentence_changed') && event.sentence) {
    vars.term = translate(language, 'alert-term', { years: event.sentence.years, months: event.sentence.months });
    key += '-term';
  }
  if (line === 'transferred' && event.facility) {
    vars.facility = escapeHtml(event.facility);
    key += '-to';
  }
  const text = translate(language, key, vars);
  if (earlier.length === 0) return text;
  return translate(language, 'digest-entry-earlier', {
    entry: text,
    list: earlier.map((kind) => translate(language, `change-${kind}`)).join(', '),
  });
}

/** "05.12.2026 20:00" in the subscriber's zone. */
function when(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${displayDate(localDate(instant, timeZone))} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
