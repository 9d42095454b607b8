import { displayName } from '../domain/alert-message.ts';
import { reasonText } from '../app/sync/sync-notices.ts';
import type { HeldChange, HeldRunReview } from '../app/sync/sync-held-review.ts';
import type { Translate } from '../app/ports.ts';
import type { ChangeEvent } from '../domain/change-event.ts';
import { countryName } from '../domain/country-name.ts';
import { escapeHtml } from '../domain/html.ts';
import type { Language } from '../domain/language.ts';
import { displayDate } from '../domain/local-date.ts';

/** A held run on one screen: why it waits, every change grouped by kind with before → after, the source, Confirm / Reject. */
export function renderHeldRun(t: Translate, language: Language, review: HeldRunReview): string {
  if (review.outcome === 'not_found')
    return `<p class="status">${t(language, 'sync-run-not-found', { run: String(review.run) })}</p>${homeLink(t, language)}`;
  if (review.outcome === 'not_held') {
    return `<header class="head"><h1>${t(language, 'desk-run-title', { run: String(review.run), source: escapeHtml(review.source) })}</h1></header><p class="status" data-status="${review.status}">${t(language, 'sync-run-not-held', { run: String(review.run), status: t(language, `sync-run-${review.status}`) })}</p>${homeLink(t, language)}`;
  }
  const link = /^https?:\/\//.test(review.source.url)
    ? ` · <a href="${escapeHtml(review.source.url)}" target="_blank" rel="noopener noreferrer">${t(language, 'desk-source-link')}</a>`
    : '';
  const reasons =
    review.reasons.length > 0
      ? review.reasons.map((r) => `<li>${reasonText(t, language, r)}</li>`)
      : [`<li>${escapeHtml(review.reason ?? '')}</li>`];
  return [
    `<header class="head"><h1>${t(language, 'desk-run-title', { run: String(review.run), source: escapeHtml(review.source.name) })}</h1>`,
    `<p class="hint">${review.fetchedAt ? `${t(language, 'desk-fetched-at', { at: utc(review.fetchedAt) })}` : ''}${link}</p>`,
    `<p class="status" data-status="held">${t(language, 'sync-run-held')}</p></header>`,
    `<section><h2>${t(language, 'desk-run-reasons')}</h2><ul class="reasons">${reasons.join('')}</ul></section>`,
    ...(review.groups.length === 0 ? [`<p class="empty">${t(language, 'desk-run-no-changes')}</p>`] : []),
    ...review.groups.map(
      (g) =>
        `<details class="group" open><summary>${t(language, `sync-kind-${g.kind}`)} <span>${g.changes.length}</span></summary><table class="changes"><tbody>${g.changes.map((c) => changeRow(t, language, c)).join('')}</tbody></table></details>`,
    ),
    ...(review.quarantined > 0
      ? [`<p class="hint">${t(language, 'sync-quarantined-count', { count: review.quarantined })}</p>`]
      : []),
    `<footer class="actions"><div class="row"><button type="button" class="primary" data-action="confirm">${t(language, 'desk-run-confirm')}</button><button type="button" class="danger" data-action="reject">${t(language, 'desk-run-reject')}</button></div></footer>`,
  ].join('\n');
}

function changeRow(t: Translate, language: Language, change: HeldChange): string {
  const name = escapeHtml(displayName(change.person, language).name);
  const page =
    change.url && /^https?:\/\//.test(change.url)
      ? ` <a href="${escapeHtml(change.url)}" target="_blank" rel="noopener noreferrer">↗</a>`
      : '';
  const { before, after } = beforeAfter(t, language, change.event);
  const sensitive = change.event.details.sensitive
    ? `<br><small>${escapeHtml(change.event.details.sensitive)}</small>`
    : '';
  return `<tr><td>${name}${page}</td><td>${before} → <b>${after}</b>${change.event.occurredOn ? ` <small>${displayDate(change.event.occurredOn)}</small>` : ''}${sensitive}</td></tr>`;
}

/** Before and after as an admin reads them: the status, or the place, the term, the corrected fields. */
function beforeAfter(t: Translate, language: Language, event: ChangeEvent): { before: string; after: string } {
  const status = (s: string | null) => (s ? t(language, `status-${s}`) : '—');
  const d = event.details;
  if (d.facility)
    return { before: escapeHtml(d.facility.from?.name ?? '—'), after: escapeHtml(d.facility.to.name ?? '—') };
  if (d.sentence) return { before: d.sentence.from ? term(d.sentence.from) : '—', after: term(d.sentence.to) };
  if (d.fields) {
    const entries = Object.entries(d.fields);
    return {
      before: escapeHtml(entries.map(([k, v]) => `${k}: ${show(v.from)}`).join('; ')),
      after: escapeHtml(entries.map(([k, v]) => `${k}: ${show(v.to)}`).join('; ')),
    };
  }
  const country = d.country ? ` (${escapeHtml(countryName(d.country, language))})` : '';
  return { before: status(event.fromStatus), after: status(event.toStatus) + country };
}

function term(s: { years: number; months: number }): string {
  return `${s.years}y ${s.months}m`;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 120);
}

export function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function homeLink(t: Translate, language: Language): string {
  return `<p><a href="/desk" data-nav>${t(language, 'desk-home-link')}</a></p>`;
}
