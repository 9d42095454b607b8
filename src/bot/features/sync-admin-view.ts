import { InlineKeyboard } from 'grammy';
import type { SourceSyncStatus } from '../../app/sync/sync-status.ts';
import { countsText, reasonText } from '../../app/sync/sync-notices.ts';
import type { Translate } from '../../app/ports.ts';
import { personHoldText } from '../../app/sync/sync-hold-notices.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';

const LIMIT = 3900;

function at(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** /sync_status as one message: per source its runs, failures, held runs and unreadable rows. */
export function renderSyncStatus(t: Translate, language: Language, sources: SourceSyncStatus[]): string {
  if (sources.length === 0) return t(language, 'sync-status-none');
  const lines = [t(language, 'sync-status-title')];
  for (const s of sources) {
    lines.push(
      '',
      t(language, 'sync-status-source', {
        name: escapeHtml(s.source.name),
        format: s.source.format,
        schedule: escapeHtml(s.source.schedule),
        listed: s.listed,
      }),
    );
    if (!s.source.enabled) lines.push(t(language, 'sync-status-disabled'));
    if (s.source.consecutiveFailures > 0)
      lines.push(t(language, 'sync-status-failing', { count: s.source.consecutiveFailures }));
    for (const held of s.held) {
      const plan = held.plan;
      const reasons = plan?.personal
        ? personHoldText(t, language, plan.personal.names, plan.personal.hold)
        : (plan?.reasons?.map((r) => reasonText(t, language, r)).join(' ') ?? escapeHtml(held.reason ?? ''));
      lines.push(t(language, 'sync-status-held', { run: String(held.id), reason: reasons }));
    }
    for (const run of s.runs) {
      const status = t(language, `sync-run-${run.status}`);
      const quarantined =
        run.quarantined > 0 ? ` · ${t(language, 'sync-status-run-quarantined', { count: run.quarantined })}` : '';
      const why = run.status === 'failed' && run.reason ? `: ${escapeHtml(run.reason.slice(0, 200))}` : '';
      lines.push(
        `${t(language, 'sync-status-run', { run: String(run.id), at: at(run.startedAt), status, counts: countsText(t, language, run.counts) })}${quarantined}${why}`,
      );
    }
    if (s.quarantine) {
      lines.push(t(language, 'sync-status-quarantine', { run: String(s.quarantine.run) }));
      for (const row of s.quarantine.rows)
        lines.push(`• ${escapeHtml(row.rowRef)}: ${escapeHtml(row.reason.slice(0, 200))}`);
    }
  }
  let text = '';
  for (const line of lines) {
    if (text.length + line.length + 1 > LIMIT) return `${text}\n…`;
    text = text ? `${text}\n${line}` : line;
  }
  return text;
}

/** With DESK_URL: a "Review in the app" button per held run (at most 5), and the desk's home. */
export function deskKeyboard(
  t: Translate,
  language: Language,
  deskUrl: string,
  heldRuns: readonly number[],
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const run of heldRuns.slice(0, 5))
    keyboard.webApp(t(language, 'desk-open-run', { run: String(run) }), `${deskUrl}/sync/${run}`).row();
  return keyboard.webApp(t(language, 'desk-open-home'), deskUrl);
}
