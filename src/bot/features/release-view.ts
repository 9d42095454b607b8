import { InlineKeyboard } from 'grammy';
import { choiceLabel, renderChoice } from '../../app/follows/card-renderer.ts';
import { personMention } from '../../app/names/namesakes.ts';
import type { Choice } from '../../domain/candidate-choices.ts';
import type { BatchPreview } from '../../app/releases/release-drafts.ts';
import type { Translate } from '../../app/ports.ts';
import type { ReleaseBatchLineRow, ReleaseBatchRow } from '../../db/schema/index.ts';
import { displayDate } from '../../domain/local-date.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import { COUNTRY_CHOICES, RELEASE_KINDS, unresolvedCount, type LineDecision } from '../../domain/release-preview.ts';
import { renderBatchTitle } from '../../app/releases/batch-title-renderer.ts';
import { pickBatchTitle } from '../../domain/batch-title.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { CALLBACKS } from '../callbacks.ts';
import { countryName } from '../../domain/country-name.ts';

export const PAGE_SIZE = 10;

const MARK: Record<LineDecision, string> = {
  matched: '✅',
  ambiguous: '❓',
  not_found: '🚫',
  duplicate: '🔁',
  already_released: '☑️',
  skip: '⏭',
  create: '➕',
};

/**
 * Where the batch stands, for the header of every preview page and for /release_show: the title as
 * the admin's language shows it, then the titles given in other languages.
 */
export function batchHeader(t: Translate, language: Language, batch: ReleaseBatchRow): string {
  const kind =
    t(language, `release-kind-${batch.kind}`) +
    (batch.kind === 'expelled' && batch.country ? ` (${escapeHtml(countryName(batch.country, language))})` : '');
  const source = batch.sourceUrl
    ? ` · <a href="${escapeHtml(batch.sourceUrl)}">${t(language, 'release-source')}</a>`
    : '';
  const shown = pickBatchTitle(batch, language).language ?? language;
  const others = titleLines(batch, shown);
  return [
    `<b>#${batch.id}: ${renderBatchTitle(t, language, batch)}</b>`,
    ...others,
    `${displayDate(batch.releaseDate)} · ${kind}${source}`,
    t(language, `release-status-${batch.status}`),
  ].join('\n');
}

/** "be: …", "ru: …", "en: …" for the titles given but `except`; nothing for a batch from before titles per language. */
function titleLines(batch: Pick<ReleaseBatchRow, 'titles'>, except?: Language): string[] {
  return LANGUAGES.flatMap((l) =>
    batch.titles[l] && l !== except ? [`<i>${l}: ${escapeHtml(batch.titles[l])}</i>`] : [],
  );
}

/** After the first title: the titles so far, what subscribers of the other languages will see, and how to add theirs. */
export function renderTitlesQuestion(t: Translate, language: Language, batch: ReleaseBatchRow): string {
  const missing = LANGUAGES.filter((l) => !batch.titles[l])
    .map((l) => `<code>${l}: …</code>`)
    .join(' ');
  return [
    t(language, 'release-titles-saved'),
    ...titleLines(batch),
    '',
    t(language, 'release-ask-titles', { missing }),
  ].join('\n');
}

/** Country buttons: `first` (the line's or the batch's country, if any), then the usual destinations. */
export function countryKeyboard(
  language: Language,
  first: readonly (string | null)[],
  data: (code: string) => string,
): InlineKeyboard {
  const codes = [...new Set([...first.filter((c): c is string => !!c), ...COUNTRY_CHOICES])];
  const keyboard = new InlineKeyboard();
  codes.forEach((code, i) => {
    keyboard.text(countryName(code, language), data(code));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}

/** "Expelled" was tapped for one line: where to? Buttons as for the batch, a typed code works too. */
export function renderLineCountry(
  t: Translate,
  language: Language,
  batch: ReleaseBatchRow,
  line: ReleaseBatchLineRow,
  page: number,
): { text: string; keyboard: InlineKeyboard } {
  const text = [
    t(language, 'release-line-title', { line: line.lineNo, text: escapeHtml(line.rawText) }),
    t(language, 'release-line-ask-country'),
  ].join('\n');
  const keyboard = countryKeyboard(language, [line.countryOverride, batch.country], (code) =>
    CALLBACKS.releaseLineCountry.build(batch.id, line.lineNo, code),
  );
  keyboard.text(t(language, 'release-back'), CALLBACKS.releasePage.build(batch.id, page));
  return { text, keyboard };
}

/**
 * A preview page. With `deskUrl` (DESK_URL) it also has "Review in the app": the whole batch on one
 * screen of the admin desk, a Telegram Mini App working on the same batch.
 */
export function renderPreview(
  t: Translate,
  language: Language,
  preview: BatchPreview,
  page: number,
  editable: boolean,
  deskUrl?: string,
): { text: string; keyboard: InlineKeyboard } {
  const { batch, lines, counts } = preview;
  const pages = Math.max(1, Math.ceil(lines.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = lines.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const text = [
    batchHeader(t, language, batch),
    '',
    t(language, 'release-counts', {
      lines: lines.length,
      ...counts,
      alreadyReleased: counts.already_released,
      notFound: counts.not_found,
    }),
    '',
    ...shown.map((line) => lineSummary(t, language, line, preview)),
    '',
    t(language, 'release-page', { page: current + 1, pages }),
  ].join('\n');
  const keyboard = new InlineKeyboard();
  if (editable) {
    shown.forEach((line, i) => {
      keyboard.text(`${MARK[line.decision]} ${line.lineNo}`, CALLBACKS.releaseLine.build(batch.id, line.lineNo));
      if (i % 5 === 4) keyboard.row();
    });
    keyboard.row();
  }
  if (pages > 1) {
    keyboard
      .text('◀', CALLBACKS.releasePage.build(batch.id, (current - 1 + pages) % pages))
      .text(`${current + 1}/${pages}`, CALLBACKS.releasePage.build(batch.id, current))
      .text('▶', CALLBACKS.releasePage.build(batch.id, (current + 1) % pages))
      .row();
  }
  if (editable) {
    keyboard
      .text(
        t(
          language,
          batch.announce.subscribers ? 'release-announce-subscribers-on' : 'release-announce-subscribers-off',
        ),
        CALLBACKS.releaseAnnounce.build(batch.id, 's'),
      )
      .text(
        t(language, batch.announce.channels ? 'release-announce-channels-on' : 'release-announce-channels-off'),
        CALLBACKS.releaseAnnounce.build(batch.id, 'c'),
      )
      .row();
    const open = unresolvedCount(counts);
    if (open > 0)
      keyboard
        .text(t(language, 'release-skip-unresolved', { count: open }), CALLBACKS.releaseSkipUnresolved.build(batch.id))
        .row();
    keyboard
      .text(t(language, 'release-confirm-button'), CALLBACKS.releaseConfirm.build(batch.id))
      .text(t(language, 'release-cancel-button'), CALLBACKS.releaseCancel.build(batch.id));
  }
  if (deskUrl) keyboard.row().webApp(t(language, 'desk-open-batch'), deskBatchUrl(deskUrl, batch.id));
  return { text, keyboard };
}

/** Where the desk shows one batch (DESK_URL ends in /desk). */
export function deskBatchUrl(deskUrl: string, batchId: number): string {
  return `${deskUrl}/batch/${batchId}`;
}

function lineSummary(
  t: Translate,
  language: Language,
  line: ReleaseBatchLineRow,
  { people, namesakes }: BatchPreview,
): string {
  const typed = escapeHtml(line.rawText);
  const names = line.prisonerId !== null ? people.get(line.prisonerId) : undefined;
  const person = names ? personMention(t, language, { ...names, id: line.prisonerId! }, namesakes) : undefined;
  const kind = line.kindOverride ? ` · ${t(language, `release-kind-${line.kindOverride}`)}` : '';
  const country = line.countryOverride ? ` → ${escapeHtml(line.countryOverride)}` : '';
  if (
    person &&
    (line.decision === 'matched' || line.decision === 'duplicate' || line.decision === 'already_released')
  ) {
    return `${line.lineNo}. ${MARK[line.decision]} <b>${escapeHtml(person)}</b> ← ${typed}${kind}${country}${line.decision === 'matched' ? '' : ` (${t(language, `release-line-${line.decision}`)})`}`;
  }
  const extra =
    line.decision === 'ambiguous'
      ? ` (${t(language, 'release-line-candidates', { count: line.candidates.length })})`
      : ` (${t(language, `release-line-${line.decision}`)})`;
  return `${line.lineNo}. ${MARK[line.decision]} ${typed}${kind}${country}${extra}`;
}

/** One line opened from the preview: its candidates with what tells them apart, and the fixes. */
export function renderLineMenu(
  t: Translate,
  language: Language,
  batchId: number,
  line: ReleaseBatchLineRow,
  choices: readonly Choice[],
  page: number,
): { text: string; keyboard: InlineKeyboard } {
  const text = [
    t(language, 'release-line-title', { line: line.lineNo, text: escapeHtml(line.rawText) }),
    t(language, 'release-line-now', { decision: t(language, `release-line-${line.decision}`) }),
    ...(choices.length > 0
      ? ['', t(language, 'release-line-choose'), ...choices.map((c, i) => renderChoice(t, language, c, i + 1))]
      : []),
  ].join('\n');
  const keyboard = new InlineKeyboard();
  choices.forEach((c, i) =>
    keyboard
      .text(choiceLabel(t, language, c, i + 1), CALLBACKS.releaseLineChoose.build(batchId, line.lineNo, c.id))
      .row(),
  );
  keyboard
    .text(t(language, 'release-line-create-button'), CALLBACKS.releaseLineFix.build(batchId, line.lineNo, 'create'))
    .text(t(language, 'release-line-skip-button'), CALLBACKS.releaseLineFix.build(batchId, line.lineNo, 'skip'))
    .row();
  for (const kind of RELEASE_KINDS)
    keyboard.text(
      t(language, `release-kind-${kind}`),
      CALLBACKS.releaseLineKind.build(batchId, line.lineNo, RELEASE_KINDS.indexOf(kind)),
    );
  keyboard.row().text(t(language, 'release-back'), CALLBACKS.releasePage.build(batchId, page));
  return { text, keyboard };
}

export function kindKeyboard(t: Translate, language: Language, batchId: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  RELEASE_KINDS.forEach((kind, i) =>
    keyboard.text(t(language, `release-kind-${kind}`), CALLBACKS.releaseKind.build(batchId, i)).row(),
  );
  return keyboard;
}
