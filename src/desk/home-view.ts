import { renderBatchTitle } from '../app/releases/batch-title-renderer.ts';
import type { DeskOverview } from '../app/admin/desk-overview.ts';
import { countsText } from '../app/sync/sync-notices.ts';
import type { Translate } from '../app/ports.ts';
import { DELIVERY_CLASSES } from '../domain/delivery-health.ts';
import { escapeHtml } from '../domain/html.ts';
import type { Language } from '../domain/language.ts';
import { displayDate } from '../domain/local-date.ts';
import { utc } from './sync-view.ts';

/** The desk's home: open batches and held runs first (they wait for someone), then sources and delivery. */
export function renderHome(t: Translate, language: Language, o: DeskOverview): string {
  const held = o.sources.flatMap((s) => s.held.map((run) => ({ run, source: s.source.name })));
  const waiting = [
    ...o.batches.map(
      (b) =>
        `<li><a href="/desk/batch/${b.id}" data-nav>#${b.id}: ${renderBatchTitle(t, language, b)}</a> <small>${displayDate(b.releaseDate)} · ${t(language, `release-status-${b.status}`)}</small></li>`,
    ),
    ...held.map(
      (h) =>
        `<li><a href="/desk/sync/${h.run.id}" data-nav>${t(language, 'desk-run-title', { run: String(h.run.id), source: escapeHtml(h.source) })}</a> <small>${t(language, 'sync-run-held')}</small></li>`,
    ),
  ];
  const delivery = DELIVERY_CLASSES.map((c) => {
    const { state, waitingMinutes } = o.delivery.classes[c];
    return `<li class="state-${state}">${t(language, `queue-state-${state}`, { class: t(language, `queue-class-${c}`), minutes: waitingMinutes ?? 0 })}</li>`;
  });
  delivery.push(`<li>${t(language, o.delivery.refused ? 'queue-refused-yes' : 'queue-refused-no')}</li>`);
  return [
    `<header class="head"><h1>${t(language, 'desk-home-title')}</h1></header>`,
    `<section><h2>${t(language, 'desk-home-waiting')}</h2>${waiting.length > 0 ? `<ul class="links">${waiting.join('')}</ul>` : `<p class="empty">${t(language, 'desk-home-nothing-waiting')}</p>`}</section>`,
    `<section><h2>${t(language, 'desk-home-sources')}</h2>${o.sources.length === 0 ? `<p class="empty">${t(language, 'sync-status-none')}</p>` : `<ul class="sources">${o.sources.map((s) => sourceItem(t, language, s)).join('')}</ul>`}</section>`,
    `<section><h2>${t(language, 'queue-title')}</h2><ul class="delivery">${delivery.join('')}</ul><p class="hint">${t(language, 'queue-why')}</p></section>`,
  ].join('\n');
}

function sourceItem(t: Translate, language: Language, s: DeskOverview['sources'][number]): string {
  const health = !s.source.enabled ? 'off' : s.source.consecutiveFailures > 0 ? 'failing' : 'ok';
  const last = s.runs[0];
  const lastRun = last
    ? t(language, 'desk-source-last-run', {
        at: utc(last.startedAt),
        status: t(language, `sync-run-${last.status}`),
        counts: countsText(t, language, last.counts),
      })
    : t(language, 'desk-source-never');
  const failing =
    s.source.consecutiveFailures > 0
      ? ` · ${t(language, 'sync-status-failing', { count: s.source.consecutiveFailures })}`
      : '';
  return `<li class="health-${health}"><b>${escapeHtml(s.source.name)}</b> <small>${t(language, `desk-health-${health}`)}</small><br><small>${lastRun}${failing}</small></li>`;
}
