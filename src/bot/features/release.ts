import { Composer, InlineKeyboard } from 'grammy';
import { choicesOf, loadPeople } from '../../app/follows/prisoner-cards.ts';
import { confirmBatch, type ConfirmOutcome, type ReleaseConfirmDeps } from '../../app/releases/release-confirm.ts';
import {
  answerStep,
  cancelBatch,
  chooseKind,
  draftAwaitingText,
  fixLine,
  loadPreview,
  skipUnresolved,
  startRelease,
  submitList,
  toggleAnnounce,
  type DraftStep,
  type ListSubmission,
  type ReleaseDraftDeps,
} from '../../app/releases/release-drafts.ts';
import {
  askLineCountry,
  lineAwaitingCountry,
  setLineCountry,
  stopAwaitingCountry,
} from '../../app/releases/release-line-country.ts';
import { listTextFromFile, MAX_LIST_FILE_BYTES } from '../../app/releases/release-list-file.ts';
import type { Translate } from '../../app/ports.ts';
import { MAX_RELEASE_LINES } from '../../domain/release-list.ts';
import { RELEASE_KINDS } from '../../domain/release-preview.ts';
import { onCallback } from '../callback-data.ts';
import { CALLBACKS } from '../callbacks.ts';
import type { BotContext } from '../context.ts';
import { editOrReply } from '../edit-message.ts';
import {
  countryKeyboard,
  kindKeyboard,
  PAGE_SIZE,
  renderLineCountry,
  renderLineMenu,
  renderPreview,
  renderTitlesQuestion,
} from './release-view.ts';

export interface ReleaseFeatureDeps {
  drafts: ReleaseDraftDeps;
  confirm: ReleaseConfirmDeps;
  t: Translate;
  /** The text of a file the admin sent (Bot API file path), or undefined when it cannot be fetched. */
  fetchDocument: (filePath: string) => Promise<string | undefined>;
  /** DESK_URL, for the "Review in the app" button. */
  deskUrl?: string;
}

const HTML = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

/**
 * /release: the admin's dialogue (title, date, kind, country, source link, the list), then the
 * preview they fix by tapping, then confirm. Admins only; for anyone else the command and the
 * buttons fall through to the usual "unknown command" answer. The draft lives in the database, so a
 * restart in the middle loses nothing.
 */
export function releaseFeature(deps: ReleaseFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType('private').filter((ctx) => ctx.subscriber.isAdmin);
  const t = deps.t;

  admin.command('release', async (ctx) => {
    const { cancelled } = await startRelease(deps.drafts, ctx.from.id);
    const lead =
      cancelled.length > 0 ? `${ctx.t('release-previous-cancelled', { batch: cancelled.join(', #') })}\n\n` : '';
    await ctx.reply(lead + ctx.t('release-ask-title'), HTML);
  });

  admin.command('release_cancel', async (ctx) => {
    const cancelled = await cancelBatch(deps.drafts, ctx.from.id);
    await ctx.reply(cancelled ? ctx.t('release-cancelled', { batch: cancelled }) : ctx.t('release-nothing-open'), HTML);
  });

  admin.on('message:text', async (ctx, next) => {
    if (ctx.message.text.startsWith('/')) return next();
    const draft = await draftAwaitingText(deps.drafts.db, ctx.from.id);
    if (!draft) return lineCountryTyped(ctx, next);
    if (draft.step === 'list') return handleList(ctx, ctx.message.text);
    const answer = await answerStep(deps.drafts, ctx.from.id, ctx.message.text, ctx.subscriber.language);
    if (answer.outcome === 'invalid') return void (await ctx.reply(ctx.t(`release-invalid-${answer.problem}`), HTML));
    if (answer.outcome === 'next') await askFor(ctx, answer.step, answer.batch.id);
  });

  /** A country code typed after choosing "expelled" for one line of the preview. */
  async function lineCountryTyped(ctx: BotContext, next: () => Promise<void>): Promise<void> {
    const awaiting = await lineAwaitingCountry(deps.drafts.db, ctx.from!.id);
    if (!awaiting) return next();
    const outcome = await setLineCountry(
      deps.drafts,
      ctx.from!.id,
      awaiting.batch.id,
      awaiting.lineNo,
      ctx.message!.text!,
    );
    if (outcome === 'invalid') return void (await ctx.reply(ctx.t('release-invalid-country'), HTML));
    const preview = await loadPreview(deps.drafts.db, awaiting.batch.id);
    const view = await previewView(ctx, awaiting.batch.id, preview ? pageOf(preview.lines, awaiting.lineNo) : 0);
    if (view) await ctx.reply(view.text, { ...HTML, reply_markup: view.keyboard });
  }

  admin.on('message:document', async (ctx, next) => {
    const draft = await draftAwaitingText(deps.drafts.db, ctx.from.id);
    if (draft?.step !== 'list') return next();
    const doc = ctx.message.document;
    if ((doc.file_size ?? 0) > MAX_LIST_FILE_BYTES)
      return void (await ctx.reply(ctx.t('release-file-too-big', { kb: MAX_LIST_FILE_BYTES / 1024 }), HTML));
    const name = doc.file_name ?? '';
    if (!/\.(txt|csv)$/i.test(name)) return void (await ctx.reply(ctx.t('release-file-type'), HTML));
    const file = await ctx.getFile();
    const content = file.file_path ? await deps.fetchDocument(file.file_path) : undefined;
    if (content === undefined) return void (await ctx.reply(ctx.t('release-file-unreadable'), HTML));
    const text = listTextFromFile(name, content);
    if (!text.ok) return void (await ctx.reply(ctx.t(`release-${text.problem.replace('_', '-')}`), HTML));
    await handleList(ctx, text.text);
  });

  async function askFor(ctx: BotContext, step: DraftStep, batchId: number): Promise<void> {
    if (step === 'kind')
      return void (await ctx.reply(ctx.t('release-ask-kind'), {
        ...HTML,
        reply_markup: kindKeyboard(t, ctx.subscriber.language, batchId),
      }));
    if (step === 'country') {
      return void (await ctx.reply(ctx.t('release-ask-country'), {
        ...HTML,
        reply_markup: countryKeyboard(ctx.subscriber.language, [], (code) =>
          CALLBACKS.releaseCountry.build(batchId, code),
        ),
      }));
    }
    if (step === 'titles') {
      const batch = (await loadPreview(deps.drafts.db, batchId))?.batch;
      if (batch)
        await ctx.reply(renderTitlesQuestion(t, ctx.subscriber.language, batch), {
          ...HTML,
          reply_markup: new InlineKeyboard().text(
            ctx.t('release-titles-keep'),
            CALLBACKS.releaseKeepTitles.build(batchId),
          ),
        });
      return;
    }
    if (step === 'source') {
      return void (await ctx.reply(ctx.t('release-ask-source'), {
        ...HTML,
        reply_markup: new InlineKeyboard().text(ctx.t('release-no-source'), CALLBACKS.releaseNoSource.build(batchId)),
      }));
    }
    await ctx.reply(
      ctx.t(step === 'list' ? 'release-ask-list' : `release-ask-${step}`, { max: MAX_RELEASE_LINES }),
      HTML,
    );
  }

  async function handleList(ctx: BotContext, text: string): Promise<void> {
    const progress = await ctx.reply(ctx.t('release-matching'), HTML);
    let lastEdit = Date.now();
    const result: ListSubmission = await submitList(deps.drafts, ctx.from!.id, text, async (done, total) => {
      // At most one edit a second: Telegram limits edits too, and a 250-line list takes well under that.
      if (Date.now() - lastEdit < 1000) return;
      lastEdit = Date.now();
      await ctx.api
        .editMessageText(ctx.chat!.id, progress.message_id, ctx.t('release-matching-progress', { done, total }), HTML)
        .catch(() => undefined);
    });
    if (result.outcome === 'invalid') {
      const message =
        result.problem === 'empty'
          ? ctx.t('release-list-empty')
          : ctx.t('release-list-too-long', { count: result.count ?? 0, max: MAX_RELEASE_LINES });
      return void (await ctx.api.editMessageText(ctx.chat!.id, progress.message_id, message, HTML));
    }
    if (result.outcome === 'no_draft') return;
    const view = await previewView(ctx, result.batchId, 0);
    if (view)
      await ctx.api.editMessageText(ctx.chat!.id, progress.message_id, view.text, {
        ...HTML,
        reply_markup: view.keyboard,
      });
  }

  async function previewView(ctx: BotContext, batchId: number, page: number) {
    const preview = await loadPreview(deps.drafts.db, batchId);
    if (!preview) return undefined;
    const editable = preview.batch.status === 'preview' && preview.batch.createdBy === ctx.from!.id;
    return renderPreview(t, ctx.subscriber.language, preview, page, editable, deps.deskUrl);
  }

  async function showPage(ctx: BotContext, batchId: number, page: number): Promise<void> {
    const view = await previewView(ctx, batchId, page);
    if (view) await editOrReply(ctx, view.text, { ...HTML, reply_markup: view.keyboard });
  }

  onCallback(admin, CALLBACKS.releaseKind, async (ctx, batchId, kind) => {
    const answer = await chooseKind(deps.drafts, ctx.from.id, batchId, RELEASE_KINDS[kind] ?? '');
    await ctx.answerCallbackQuery();
    if (answer.outcome === 'next') await askFor(ctx, answer.step, answer.batch.id);
  });

  // Buttons that answer the step the draft waits for as if typed: no link ("-"), keep the titles ("-"), a country.
  async function answerByButton(ctx: BotContext, batchId: number, step: DraftStep, typed: string): Promise<void> {
    const draft = await draftAwaitingText(deps.drafts.db, ctx.from!.id);
    await ctx.answerCallbackQuery();
    if (draft?.id !== batchId || draft.step !== step) return;
    const answer = await answerStep(deps.drafts, ctx.from!.id, typed, ctx.subscriber.language);
    if (answer.outcome === 'next') await askFor(ctx, answer.step, answer.batch.id);
  }
  onCallback(admin, CALLBACKS.releaseNoSource, (ctx, batchId) => answerByButton(ctx, batchId, 'source', '-'));
  onCallback(admin, CALLBACKS.releaseKeepTitles, (ctx, batchId) => answerByButton(ctx, batchId, 'titles', '-'));
  onCallback(admin, CALLBACKS.releaseCountry, (ctx, batchId, code) => answerByButton(ctx, batchId, 'country', code));

  onCallback(admin, CALLBACKS.releasePage, async (ctx, batchId, page) => {
    await ctx.answerCallbackQuery();
    await stopAwaitingCountry(deps.drafts.db, ctx.from.id, batchId);
    await showPage(ctx, batchId, page);
  });

  onCallback(admin, CALLBACKS.releaseLine, async (ctx, batchId, lineNo) => {
    await ctx.answerCallbackQuery();
    await stopAwaitingCountry(deps.drafts.db, ctx.from.id, batchId);
    const preview = await loadPreview(deps.drafts.db, batchId);
    const line = preview?.lines.find((l) => l.lineNo === lineNo);
    if (!preview || !line || preview.batch.status !== 'preview') return showPage(ctx, batchId, 0);
    const people = await loadPeople(
      deps.drafts.db,
      line.candidates.map((c) => c.prisonerId),
      deps.drafts.timezone,
    );
    const view = renderLineMenu(
      t,
      ctx.subscriber.language,
      batchId,
      line,
      choicesOf(people, ctx.subscriber.language),
      pageOf(preview.lines, lineNo),
    );
    await editOrReply(ctx, view.text, { ...HTML, reply_markup: view.keyboard });
  });

  const fixed = async (ctx: BotContext, batchId: number, lineNo: number, outcome: string) => {
    await ctx.answerCallbackQuery(outcome === 'done' ? undefined : { text: ctx.t('release-not-editable') });
    const preview = await loadPreview(deps.drafts.db, batchId);
    await showPage(ctx, batchId, preview ? pageOf(preview.lines, lineNo) : 0);
  };
  onCallback(admin, CALLBACKS.releaseLineChoose, async (ctx, batchId, lineNo, prisonerId) => {
    await fixed(
      ctx,
      batchId,
      lineNo,
      await fixLine(deps.drafts, ctx.from.id, batchId, lineNo, { kind: 'choose', prisonerId }),
    );
  });
  onCallback(admin, CALLBACKS.releaseLineFix, async (ctx, batchId, lineNo, kind) => {
    await fixed(ctx, batchId, lineNo, await fixLine(deps.drafts, ctx.from.id, batchId, lineNo, { kind }));
  });
  onCallback(admin, CALLBACKS.releaseLineKind, async (ctx, batchId, lineNo, kindIndex) => {
    const releaseKind = RELEASE_KINDS[kindIndex];
    if (releaseKind === 'expelled') return askCountryOf(ctx, batchId, lineNo);
    const outcome = releaseKind
      ? await fixLine(deps.drafts, ctx.from.id, batchId, lineNo, { kind: 'release_kind', releaseKind })
      : 'no_line';
    await fixed(ctx, batchId, lineNo, outcome);
  });

  /** "Expelled" for one line: to where? The same choices as for the batch; the line changes once answered. */
  async function askCountryOf(ctx: BotContext, batchId: number, lineNo: number): Promise<void> {
    if ((await askLineCountry(deps.drafts, ctx.from!.id, batchId, lineNo)) !== 'asked')
      return fixed(ctx, batchId, lineNo, 'not_editable');
    await ctx.answerCallbackQuery();
    const preview = (await loadPreview(deps.drafts.db, batchId))!;
    const line = preview.lines.find((l) => l.lineNo === lineNo)!;
    const view = renderLineCountry(t, ctx.subscriber.language, preview.batch, line, pageOf(preview.lines, lineNo));
    await editOrReply(ctx, view.text, { ...HTML, reply_markup: view.keyboard });
  }
  onCallback(admin, CALLBACKS.releaseLineCountry, async (ctx, batchId, lineNo, country) => {
    await fixed(ctx, batchId, lineNo, await setLineCountry(deps.drafts, ctx.from.id, batchId, lineNo, country));
  });

  onCallback(admin, CALLBACKS.releaseAnnounce, async (ctx, batchId, to) => {
    const done = await toggleAnnounce(deps.drafts.db, ctx.from.id, batchId, to === 'c' ? 'channels' : 'subscribers');
    await ctx.answerCallbackQuery(done ? undefined : { text: ctx.t('release-not-editable') });
    await showPage(ctx, batchId, 0);
  });

  onCallback(admin, CALLBACKS.releaseSkipUnresolved, async (ctx, batchId) => {
    const skipped = await skipUnresolved(deps.drafts.db, ctx.from.id, batchId);
    await ctx.answerCallbackQuery({ text: ctx.t('release-skipped', { count: skipped }) });
    await showPage(ctx, batchId, 0);
  });

  onCallback(admin, CALLBACKS.releaseConfirm, async (ctx, batchId) => {
    const outcome = await confirmBatch(deps.confirm, ctx.from.id, batchId);
    await ctx.answerCallbackQuery();
    await ctx.reply(confirmAnswer(ctx, outcome), HTML);
  });

  onCallback(admin, CALLBACKS.releaseCancel, async (ctx, batchId) => {
    const cancelled = await cancelBatch(deps.drafts, ctx.from.id, batchId);
    await ctx.answerCallbackQuery();
    await editOrReply(
      ctx,
      cancelled ? ctx.t('release-cancelled', { batch: cancelled }) : ctx.t('release-nothing-open'),
      HTML,
    );
  });

  return composer;
}

function pageOf(lines: readonly { lineNo: number }[], lineNo: number): number {
  return Math.max(0, Math.floor(lines.findIndex((l) => l.lineNo === lineNo) / PAGE_SIZE));
}

/** What the admin is told after confirming or approving; shared with /release_approve. */
export function confirmAnswer(ctx: BotContext, outcome: ConfirmOutcome): string {
  switch (outcome.outcome) {
    case 'confirmed':
      return ctx.t('release-confirmed', {
        batch: outcome.batchId,
        released: outcome.released,
        unchanged: outcome.unchanged,
      });
    case 'awaiting_approval':
      return ctx.t('release-awaiting-approval', { batch: outcome.batchId, released: outcome.released });
    case 'unresolved':
      return ctx.t('release-unresolved', { batch: outcome.batchId, count: outcome.lines });
    case 'own_batch':
      return ctx.t('release-own-batch', { batch: outcome.batchId });
    case 'not_open':
      return ctx.t('release-not-open', { batch: outcome.batchId, status: outcome.status ?? 'none' });
  }
}
