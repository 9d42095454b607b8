import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import type { QuarantinedRow } from '../../domain/source-record.ts';
import type { BreakerReason } from '../../domain/sync-plan.ts';
import type { AdminNotice } from '../admin/admin-notices.ts';
import type { Translate } from '../ports.ts';

// Run numbers go to Fluent as text: as numbers they would be grouped ("#1,204").

/** "pardoned: 3, transferred: 1", in the admin's language; a dash when nothing changed. */
export function countsText(t: Translate, language: Language, counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([kind, n]) => `${t(language, `sync-kind-${kind}`)}: ${n}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

export function reasonText(t: Translate, language: Language, reason: BreakerReason): string {
  const value = typeof reason.value === 'string' ? escapeHtml(reason.value.slice(0, 300)) : reason.value;
  const limit = typeof reason.limit === 'string' ? escapeHtml(reason.limit.slice(0, 300)) : reason.limit;
  return t(language, `sync-reason-${reason.rule}`, { value, limit });
}

const SHOWN_ROWS = 10;

export function quarantineNotice(
  source: string,
  sourceId: number,
  run: number,
  rowsKey: string,
  rows: readonly QuarantinedRow[],
): AdminNotice {
  return {
    dedupKey: `sync-quarantine:${sourceId}:${rowsKey}`,
    render: (language, t) =>
      [
        t(language, 'sync-quarantine-title', { source: escapeHtml(source), count: rows.length, run: String(run) }),
        ...rows.slice(0, SHOWN_ROWS).map((q) => `• ${escapeHtml(q.rowRef)}: ${escapeHtml(q.reason.slice(0, 200))}`),
        ...(rows.length > SHOWN_ROWS ? [t(language, 'sync-quarantine-more', { count: rows.length - SHOWN_ROWS })] : []),
      ].join('\n'),
  };
}

export function failingNotice(
  source: string,
  sourceId: number,
  run: number,
  failures: number,
  error: string,
): AdminNotice {
  return {
    dedupKey: `sync-failing:${sourceId}:${run}`,
    render: (language, t) =>
      t(language, 'sync-failing', {
        source: escapeHtml(source),
        count: failures,
        error: escapeHtml(error.slice(0, 500)),
      }),
  };
}

export function recoveredNotice(source: string, sourceId: number, run: number): AdminNotice {
  return {
    dedupKey: `sync-recovered:${sourceId}:${run}`,
    render: (language, t) => t(language, 'sync-recovered', { source: escapeHtml(source) }),
  };
}
