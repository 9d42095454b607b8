import { renderChoice } from '../app/follows/card-renderer.ts';
import { renderBatchTitle } from '../app/releases/batch-title-renderer.ts';
import { personMention } from '../app/names/namesakes.ts';
import type { BatchPreview } from '../app/releases/release-drafts.ts';
import type { Translate } from '../app/ports.ts';
import type { ReleaseBatchLineRow, ReleaseBatchRow } from '../db/schema/index.ts';
import type { Choice } from '../domain/candidate-choices.ts';
import { countryName } from '../domain/country-name.ts';
import { escapeHtml } from '../domain/html.ts';
import type { Language } from '../domain/language.ts';
import { displayDate } from '../domain/local-date.ts';
import { COUNTRY_CHOICES, RELEASE_KINDS, unresolvedCount, type LineDecision } from '../domain/release-preview.ts';

const MARK: Record<LineDecision, string> = {
  matched: '✅',
  ambiguous: '❓',
  not_found: '🚫',
  duplicate: '🔁',
  already_released: '☑️',
  skip: '⏭',
  create: '➕',
};
/** The filters an admin works through: what needs them first. */
const FILTERS = ['open', 'not_found', 'duplicate', 'all'] as const;

/** What the viewing admin may do with the batch: edit (its creator, in preview), approve (another admin), or only read. */
export type BatchRole = 'edit' | 'approve' | 'read';

export function batchRole(batch: ReleaseBatchRow, adminId: number): BatchRole {
  if (batch.status === 'preview' && batch.createdBy === adminId) return 'edit';
  if (batch.status === 'awaiting_approval' && batch.createdBy !== adminId) return 'approve';
  return 'read';
}

/** The whole batch on one screen: header, counts, filters, search, every line, toggles and actions. */
export function renderBatch(t: Translate, language: Language, preview: BatchPreview, role: BatchRole): string {
  const { batch, lines, counts } = preview;
  const kind =
    t(language, `release-kind-${batch.kind}`) +
    (batch.kind === 'expelled' && batch.country ? ` (${escapeHtml(countryName(batch.country, language))})` : '');
  const source = batch.sourceUrl
    ? ` · <a href="${escapeHtml(batch.sourceUrl)}" target="_blank" rel="noopener noreferrer">${t(language, 'release-source')}</a>`
    : '';
  const filterCount: Record<(typeof FILTERS)[number], number> = {
    open: counts.ambiguous,
    not_found: counts.not_found,
    duplicate: counts.duplicate,
    all: lines.length,
  };
  const open = unresolvedCount(counts);
  return [
    `<header class="head"><h1>#${batch.id}: ${renderBatchTitle(t, language, batch)}</h1>`,
    `<p class="hint">${displayDate(batch.releaseDate)} · ${kind}${source}</p>`,
    `<p class="status status-${batch.status}" data-status="${batch.status}">${t(language, `release-status-${batch.status}`)}</p></header>`,
    `<ul class="counts">${(Object.keys(MARK) as LineDecision[]).map((d) => `<li data-count="${d}">${MARK[d]} <b>${counts[d]}</b> ${t(language, `release-line-${d}`)}</li>`).join('')}</ul>`,
    `<div class="tools"><nav class="filters" role="tablist">${FILTERS.map((f) => `<button type="button" data-filter="${f}"${f === 'all' ? ' aria-pressed="true"' : ''}>${t(language, `desk-filter-${f}`)} <span>${filterCount[f]}</span></button>`).join('')}</nav>`,
    `<input type="search" id="search" placeholder="${escapeHtml(t(language, 'desk-search'))}" aria-label="${escapeHtml(t(language, 'desk-search'))}" autocomplete="off"></div>`,
    `<p class="empty" id="no-lines" hidden>${t(language, 'desk-no-lines')}</p>`,
    `<table class="lines"><thead><tr><th>#</th><th>${t(language, 'desk-col-pasted')}</th><th>${t(language, 'desk-col-person')}</th><th>${t(language, 'desk-col-decision')}</th></tr></thead><tbody>`,
    ...lines.map((line) => lineRow(t, language, line, preview, role === 'edit')),
    '</tbody></table>',
    actions(t, language, batch, role, open),
  ].join('\n');
}

function lineRow(
  t: Translate,
  language: Language,
  line: ReleaseBatchLineRow,
  { people, namesakes }: BatchPreview,
  editable: boolean,
): string {
  const names = line.prisonerId !== null ? people.get(line.prisonerId) : undefined;
  const person = names ? personMention(t, language, { ...names, id: line.prisonerId! }, namesakes) : '';
  // The spelling the pasted text was matched on, when it is another name of the person (a maiden name,
  // a pseudonym, a listed variant): the shown name alone would not tell the admin why this person.
  const spelling = line.candidates.find((c) => c.prisonerId === line.prisonerId)?.matchedName;
  const mainName = names && [names.nameBe, names.nameRu, names.nameEn].includes(spelling ?? null);
  const matchedAs = spelling && names && !mainName ? t(language, 'desk-matched-as', { name: spelling }) : '';
  const extras = [
    line.kindOverride ? t(language, `release-kind-${line.kindOverride}`) : '',
    line.countryOverride ? `→ ${line.countryOverride}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const decision = `${MARK[line.decision]} ${t(language, `release-line-${line.decision}`)}${line.decision === 'ambiguous' ? ` (${line.candidates.length})` : ''}`;
  const search = `${line.lineNo} ${line.rawText} ${person} ${spelling ?? ''}`.toLowerCase();
  const open = editable ? ` data-line="${line.lineNo}" tabindex="0"` : '';
  return `<tr class="d-${line.decision}" data-decision="${line.decision}" data-text="${escapeHtml(search)}"${open}><td>${line.lineNo}</td><td>${escapeHtml(line.rawText)}</td><td>${escapeHtml(person)}${matchedAs ? `<br><small class="matched">${escapeHtml(matchedAs)}</small>` : ''}${extras ? ` <small>${escapeHtml(extras)}</small>` : ''}</td><td>${decision}</td></tr>`;
}

function actions(t: Translate, language: Language, batch: ReleaseBatchRow, role: BatchRole, open: number): string {
  if (role === 'approve') {
    return `<footer class="actions"><p>${t(language, 'desk-approve-hint')}</p><button type="button" class="primary" data-action="approve">${t(language, 'desk-approve-button')}</button></footer>`;
  }
  if (role !== 'edit')
    return `<footer class="actions"><p class="hint">${t(language, batch.status === 'preview' ? 'desk-read-only-other' : 'desk-read-only')}</p></footer>`;
  const toggle = (audience: 'subscribers' | 'channels') =>
    `<button type="button" class="toggle" aria-pressed="${batch.announce[audience]}" data-action="announce" data-audience="${audience}">${t(language, `release-announce-${audience}-${batch.announce[audience] ? 'on' : 'off'}`)}</button>`;
  return [
    '<footer class="actions">',
    `<div class="row">${toggle('subscribers')}${toggle('channels')}</div>`,
    open > 0
      ? `<button type="button" data-action="skip_open">${t(language, 'release-skip-unresolved', { count: open })}</button>`
      : '',
    `<div class="row"><button type="button" class="primary" data-action="confirm">${t(language, 'release-confirm-button')}</button><button type="button" class="danger" data-action="cancel">${t(language, 'release-cancel-button')}</button></div>`,
    '</footer>',
  ].join('');
}

/** One line opened: its candidates with what tells namesakes apart, and every fix the chat offers. */
export function renderLine(
  t: Translate,
  language: Language,
  batch: ReleaseBatchRow,
  line: ReleaseBatchLineRow,
  choices: readonly Choice[],
): string {
  const countries = [
    ...new Set([line.countryOverride, batch.country, ...COUNTRY_CHOICES].filter((c): c is string => !!c)),
  ];
  return [
    `<h2>${t(language, 'release-line-title', { line: line.lineNo, text: escapeHtml(line.rawText) })}</h2>`,
    `<p>${t(language, 'release-line-now', { decision: `${MARK[line.decision]} ${t(language, `release-line-${line.decision}`)}` })}</p>`,
    ...(choices.length > 0
      ? [
          `<p class="hint">${t(language, 'release-line-choose')}</p><ol class="choices">`,
          ...choices.map(
            (c, i) =>
              `<li><button type="button" class="choice${c.id === line.prisonerId ? ' chosen' : ''}" data-action="choose" data-line="${line.lineNo}" data-prisoner="${c.id}">${renderChoice(t, language, c, i + 1)}</button></li>`,
          ),
          '</ol>',
        ]
      : []),
    `<div class="row"><button type="button" data-action="create" data-line="${line.lineNo}">${t(language, 'release-line-create-button')}</button><button type="button" data-action="skip" data-line="${line.lineNo}">${t(language, 'release-line-skip-button')}</button></div>`,
    `<p class="hint">${t(language, 'desk-line-kind')}</p>`,
    `<div class="row wrap">${RELEASE_KINDS.filter((k) => k !== 'expelled')
      .map(
        (k) =>
          `<button type="button" data-action="kind" data-line="${line.lineNo}" data-kind="${k}"${line.kindOverride === k ? ' aria-pressed="true"' : ''}>${t(language, `release-kind-${k}`)}</button>`,
      )
      .join('')}</div>`,
    `<p class="hint">${t(language, 'desk-line-expelled')}</p>`,
    `<div class="row wrap">${countries.map((c) => `<button type="button" data-action="kind" data-line="${line.lineNo}" data-kind="expelled" data-country="${c}"${line.kindOverride === 'expelled' && line.countryOverride === c ? ' aria-pressed="true"' : ''}>${escapeHtml(countryName(c, language))}</button>`).join('')}`,
    `<form class="country" data-line="${line.lineNo}"><input name="country" maxlength="2" autocomplete="off" placeholder="LT" aria-label="${escapeHtml(t(language, 'desk-country-code'))}"><button type="submit">${t(language, 'desk-country-set')}</button></form></div>`,
    `<button type="button" class="close" data-close>${t(language, 'release-back')}</button>`,
  ].join('\n');
}
