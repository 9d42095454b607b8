import type { Db } from '../../db/database.ts';
import { renderBatchTitle } from '../releases/batch-title-renderer.ts';
import { batchesBehind, type BatchBehind } from '../../db/queries/status-history.ts';
import { displayName } from '../../domain/alert-message.ts';
import { isAnnounced } from '../../domain/change-event.ts';
import { escapeHtml } from '../../domain/html.ts';
import type { Language } from '../../domain/language.ts';
import { displayDate } from '../../domain/local-date.ts';
import type { PersonHold, PersonHoldReason } from '../../domain/person-holds.ts';
import type { StoredRecord } from '../../domain/source-record.ts';
import type { BreakerReason, RecordPlan } from '../../domain/sync-plan.ts';
import type { AdminNotice } from '../admin/admin-notices.ts';
import { countsText, reasonText } from './sync-notices.ts';
import type { Translate } from '../ports.ts';
import type { PersonNames } from '../../domain/sync-snapshot.ts';

/** Who a held run concerns, for admins: people by kind of news, the batches it touches, grave news. */
export interface HoldSummary {
  kinds: { kind: string; people: PersonNames[] }[];
  batches: { batch: BatchBehind; people: PersonNames[] }[];
  grave: { person: PersonNames; hold: PersonHold }[];
}

const SHOWN_NAMES = 10;
/** Grave news in a held run, each with its wording and link; the rest by name (a notice stays readable). */
const SHOWN_GRAVE = 5;

export function namesOf(change: RecordPlan, stored: ReadonlyMap<number, StoredRecord>): PersonNames {
  const before = change.prisonerId !== null ? stored.get(change.prisonerId) : undefined;
  const pick = (field: keyof PersonNames) => change.patch[field] ?? before?.[field] ?? null;
  return { nameBe: pick('nameBe'), nameRu: pick('nameRu'), nameEn: pick('nameEn') };
}

/** The people behind each kind of announced news in a plan, and the release batches whose status it would change. */
export async function summariseHold(
  db: Db,
  changes: readonly RecordPlan[],
  stored: ReadonlyMap<number, StoredRecord>,
): Promise<HoldSummary> {
  const kinds = new Map<string, PersonNames[]>();
  const told = changes.filter((c) => c.events.some((e) => isAnnounced(e.kind) && !e.details.initialImport));
  for (const change of told) {
    for (const e of change.events)
      if (isAnnounced(e.kind)) kinds.set(e.kind, [...(kinds.get(e.kind) ?? []), namesOf(change, stored)]);
  }
  const known = told.filter((c) => c.prisonerId !== null);
  const behind = await batchesBehind(
    db,
    known.map((c) => c.prisonerId!),
  );
  const batches = new Map<number, { batch: BatchBehind; people: PersonNames[] }>();
  for (const change of known) {
    const batch = behind.get(change.prisonerId!);
    if (!batch) continue;
    const entry = batches.get(batch.id) ?? { batch, people: [] };
    entry.people.push(namesOf(change, stored));
    batches.set(batch.id, entry);
  }
  return {
    kinds: [...kinds].map(([kind, people]) => ({ kind, people })),
    batches: [...batches.values()],
    grave: changes
      .filter((c) => c.hold?.reasons.some((r) => r.rule === 'grave'))
      .map((c) => ({ person: namesOf(c, stored), hold: c.hold! })),
  };
}

function nameList(t: Translate, language: Language, people: readonly PersonNames[]): string {
  const shown = people.slice(0, SHOWN_NAMES).map((p) => `<b>${escapeHtml(displayName(p, language).name)}</b>`);
  if (people.length > SHOWN_NAMES) shown.push(t(language, 'sync-names-more', { count: people.length - SHOWN_NAMES }));
  return shown.join(', ');
}

/** The lines about one person's held change: what, the source's own words and its page. */
function holdLines(t: Translate, language: Language, person: PersonNames, hold: PersonHold): string[] {
  const name = escapeHtml(displayName(person, language).name);
  const lines: string[] = [];
  for (const reason of hold.reasons) lines.push(reasonLine(t, language, name, reason));
  const wording = hold.reasons.find(
    (r): r is Extract<PersonHoldReason, { rule: 'grave' }> => r.rule === 'grave',
  )?.wording;
  if (wording) lines.push(t(language, 'sync-hold-wording', { wording: escapeHtml(wording.slice(0, 300)) }));
  if (hold.url && /^https?:\/\//.test(hold.url))
    lines.push(t(language, 'sync-hold-link', { url: escapeHtml(hold.url) }));
  return lines;
}

function reasonLine(t: Translate, language: Language, name: string, reason: PersonHoldReason): string {
  if (reason.rule === 'flapping') {
    return t(language, 'sync-hold-flapping', {
      name,
      statuses: reason.statuses.map((s) => t(language, `status-${s}`)).join(' → '),
    });
  }
  const status = t(language, `status-${reason.status}`);
  return reason.occurredOn
    ? t(language, 'sync-hold-grave-dated', { name, status, date: displayDate(reason.occurredOn) })
    : t(language, 'sync-hold-grave', { name, status });
}

/** A run held as a whole: why, what it would do and to whom, which batches it touches, grave news first. */
export function heldNotice(
  source: string,
  run: number,
  reasons: BreakerReason[],
  counts: Record<string, number>,
  quarantined: number,
  summary: HoldSummary,
): AdminNotice {
  return {
    dedupKey: `sync-held:${run}`,
    heldRun: run,
    render: (language, t) =>
      [
        t(language, 'sync-held-title', { source: escapeHtml(source), run: String(run) }),
        ...reasons.slice(0, 10).map((r) => `• ${reasonText(t, language, r)}`),
        ...summary.grave.slice(0, SHOWN_GRAVE).flatMap((g) => holdLines(t, language, g.person, g.hold)),
        ...(summary.grave.length > SHOWN_GRAVE
          ? [
              `⚫ ${nameList(
                t,
                language,
                summary.grave.slice(SHOWN_GRAVE).map((g) => g.person),
              )}`,
            ]
          : []),
        t(language, 'sync-planned', { counts: countsText(t, language, counts) }),
        ...summary.kinds.map((k) => `• ${t(language, `sync-kind-${k.kind}`)}: ${nameList(t, language, k.people)}`),
        ...summary.batches.map((b) =>
          t(language, 'sync-held-batch', {
            batch: String(b.batch.id),
            title: renderBatchTitle(t, language, b.batch),
            date: displayDate(b.batch.releaseDate),
            names: nameList(t, language, b.people),
          }),
        ),
        ...(quarantined > 0 ? [t(language, 'sync-quarantined-count', { count: quarantined })] : []),
        t(language, 'sync-held-actions', { run: String(run) }),
      ].join('\n'),
  };
}

/** One person's change held apart from an applied run: grave news or a flapping status. */
export function personHoldNotice(
  source: string,
  run: number,
  parentRun: number,
  person: PersonNames,
  hold: PersonHold,
): AdminNotice {
  return {
    dedupKey: `sync-person-held:${run}`,
    heldRun: run,
    render: (language, t) =>
      [
        t(language, 'sync-person-held-title', {
          source: escapeHtml(source),
          run: String(run),
          parent: String(parentRun),
        }),
        ...holdLines(t, language, person, hold),
        t(language, 'sync-person-held-actions', { run: String(run) }),
      ].join('\n'),
  };
}

/** A held person's change in one line, for /sync_status. */
export function personHoldText(t: Translate, language: Language, person: PersonNames, hold: PersonHold): string {
  const name = escapeHtml(displayName(person, language).name);
  return hold.reasons.map((r) => reasonLine(t, language, name, r)).join(' ');
}
