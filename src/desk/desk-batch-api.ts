import { z } from 'zod';
import { choicesOf, loadPeople } from '../app/follows/prisoner-cards.ts';
import { approveBatch, confirmBatch, type ConfirmOutcome } from '../app/releases/release-confirm.ts';
import {
  cancelBatch,
  fixLine,
  isCountryCode,
  loadPreview,
  skipUnresolved,
  toggleAnnounce,
  type LineFix,
} from '../app/releases/release-drafts.ts';
import type { Translate } from '../app/ports.ts';
import type { Language } from '../domain/language.ts';
import { RELEASE_KINDS } from '../domain/release-preview.ts';
import { batchRole, renderBatch, renderLine } from './batch-view.ts';
import type { DeskAnswer, DeskCaller, DeskDeps } from './desk-deps.ts';

const lineNo = z.number().int().min(1).max(10_000);

/** The taps the batch screen sends; each is one call of the use-case the chat's button calls. */
export const batchAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('choose'), line: lineNo, prisonerId: z.number().int().positive() }),
  z.object({ action: z.literal('skip'), line: lineNo }),
  z.object({ action: z.literal('create'), line: lineNo }),
  z.object({
    action: z.literal('kind'),
    line: lineNo,
    kind: z.enum(RELEASE_KINDS),
    country: z.string().trim().max(8).optional(),
  }),
  z.object({ action: z.literal('announce'), audience: z.enum(['subscribers', 'channels']) }),
  z.object({ action: z.literal('skip_open') }),
  z.object({ action: z.literal('confirm') }),
  z.object({ action: z.literal('approve') }),
  z.object({ action: z.literal('cancel') }),
]);
export type BatchAction = z.output<typeof batchAction>;

export async function batchApi(deps: DeskDeps, caller: DeskCaller, batchId: number): Promise<DeskAnswer> {
  return { status: 200, html: await batchHtml(deps, caller, batchId) };
}

async function batchHtml(deps: DeskDeps, caller: DeskCaller, batchId: number): Promise<string> {
  const preview = await loadPreview(deps.db, batchId);
  if (!preview || preview.batch.status === 'draft')
    return `<p class="status">${deps.translate(caller.language, 'release-not-found', { batch: batchId })}</p>`;
  return renderBatch(deps.translate, caller.language, preview, batchRole(preview.batch, caller.adminId));
}

/** One line's candidates, loaded as the chat loads them when its number is tapped. */
export async function lineApi(
  deps: DeskDeps,
  caller: DeskCaller,
  batchId: number,
  lineNumber: number,
): Promise<DeskAnswer | undefined> {
  const preview = await loadPreview(deps.db, batchId);
  const line = preview?.lines.find((l) => l.lineNo === lineNumber);
  if (!preview || !line) return undefined;
  if (batchRole(preview.batch, caller.adminId) !== 'edit')
    return { status: 409, html: '', message: deps.translate(caller.language, 'release-not-editable') };
  const people = await loadPeople(
    deps.db,
    line.candidates.map((c) => c.prisonerId),
    deps.timezone,
  );
  return {
    status: 200,
    html: renderLine(deps.translate, caller.language, preview.batch, line, choicesOf(people, caller.language)),
  };
}

export async function runBatchAction(
  deps: DeskDeps,
  caller: DeskCaller,
  batchId: number,
  action: BatchAction,
): Promise<DeskAnswer> {
  const t = (key: string, vars?: Record<string, string | number>) => deps.translate(caller.language, key, vars);
  const { drafts, confirm } = deps.release;
  const answer = async (ok: boolean, message?: string): Promise<DeskAnswer> => ({
    status: ok ? 200 : 409,
    html: await batchHtml(deps, caller, batchId),
    message,
  });
  switch (action.action) {
    case 'choose':
    case 'skip':
    case 'create':
    case 'kind': {
      let fix: LineFix;
      if (action.action === 'choose') fix = { kind: 'choose', prisonerId: action.prisonerId };
      else if (action.action === 'kind') {
        const country = action.country?.toUpperCase();
        if (country !== undefined && !isCountryCode(country))
          return { status: 400, html: '', message: t('release-invalid-country') };
        fix = { kind: 'release_kind', releaseKind: action.kind, ...(country ? { country } : {}) };
      } else fix = { kind: action.action };
      const outcome = await fixLine(drafts, caller.adminId, batchId, action.line, fix);
      if (outcome === 'needs_country') return { status: 400, html: '', message: t('release-line-ask-country') };
      return answer(
        outcome === 'done',
        outcome === 'done' ? undefined : t(outcome === 'no_line' ? 'desk-bad-request' : 'release-not-editable'),
      );
    }
    case 'announce': {
      const done = await toggleAnnounce(deps.db, caller.adminId, batchId, action.audience);
      return answer(done, done ? undefined : t('release-not-editable'));
    }
    case 'skip_open': {
      const skipped = await skipUnresolved(deps.db, caller.adminId, batchId);
      return answer(true, t('release-skipped', { count: skipped }));
    }
    case 'confirm':
    case 'approve': {
      const outcome =
        action.action === 'confirm'
          ? await confirmBatch(confirm, caller.adminId, batchId)
          : await approveBatch(confirm, caller.adminId, batchId);
      return answer(
        outcome.outcome === 'confirmed' || outcome.outcome === 'awaiting_approval',
        confirmText(deps.translate, caller.language, outcome),
      );
    }
    case 'cancel': {
      const cancelled = await cancelBatch(drafts, caller.adminId, batchId);
      return answer(
        cancelled !== undefined,
        cancelled ? t('release-cancelled', { batch: cancelled }) : t('release-not-editable'),
      );
    }
  }
}

/** The same answers as the chat's confirm and /release_approve. */
export function confirmText(t: Translate, language: Language, outcome: ConfirmOutcome): string {
  switch (outcome.outcome) {
    case 'confirmed':
      return t(language, 'release-confirmed', {
        batch: outcome.batchId,
        released: outcome.released,
        unchanged: outcome.unchanged,
      });
    case 'awaiting_approval':
      return t(language, 'release-awaiting-approval', { batch: outcome.batchId, released: outcome.released });
    case 'unresolved':
      return t(language, 'release-unresolved', { batch: outcome.batchId, count: outcome.lines });
    case 'own_batch':
      return t(language, 'release-own-batch', { batch: outcome.batchId });
    case 'not_open':
      return t(language, 'release-not-open', { batch: outcome.batchId, status: outcome.status ?? 'none' });
  }
}
