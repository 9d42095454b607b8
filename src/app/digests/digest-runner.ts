import type { Db } from '../../db/database.ts';
import {
  claimDigestRuns,
  digestEvents,
  digestHourGroups,
  dueSubscribers,
  followedPrisoners,
  heldCount,
  insertOutboxBody,
  lastReceivedDigests,
  type DigestRunClaim,
  type DueSubscriber,
  type DueSlot,
} from '../../db/queries/digests.ts';
import { enqueueOutbox, type OutboxMessage } from '../../db/queries/outbox.ts';
import { buildDigest, type DigestEvent, type DigestModel } from '../../domain/digest-builder.ts';
import { digestPeriod, latestDigestSlot, latestWeeklySlot, type Weekday } from '../../domain/digest-schedule.ts';
import { renderDigest } from './digest-renderer.ts';
import { chartImageFor } from './held-chart.ts';
import { loadBirthdaySource, renderBirthdaySection, type BirthdaySource } from './birthday-section.ts';
import { mondayOf } from '../../domain/held-chart.ts';
import { escapeHtml } from '../../domain/html.ts';
import { DAY_MS } from '../../domain/zoned-time.ts';
import type { Language } from '../../domain/language.ts';
import { NO_NAMESAKES, findNamesakes, type Namesakes } from '../names/namesakes.ts';
import type { Translate } from '../ports.ts';

export interface DigestRunnerDeps {
  db: Db;
  translate: Translate;
  botUsername: string;
  /** Who claims, for the record (host:pid). */
  worker: string;
  /** Subscribers per transaction; 2,000 when not given. */
  chunkSize?: number;
  /** Chunks in flight at once; 1 when not given. Above 1 only helps with a pool of connections (PostgreSQL). */
  concurrency?: number;
  /** The zone whose calendar days charts count in; Europe/Minsk when not given. */
  chartTimeZone?: string;
}

export interface DigestRunReport {
  /** Digests this process claimed (each subscriber once per local date or covered week, whoever runs). */
  claimed: number;
  queued: number;
  /** Claimed with nothing to tell and no "no changes" line wanted. */
  empty: number;
  /** Shared texts stored (one per language, zone and period among "everything" subscribers). */
  sharedTexts: number;
  /** Chart pictures sent before a digest (one row each; the picture itself is shared per language and day). */
  charts: number;
  /** Languages whose chart could not be drawn this run: those digests went without it. */
  chartFailures: number;
}

/**
 * Queues every digest that is due at `now`: for each subscriber whose digest hour has come (today's, or
 * yesterday's if it was missed while Vestka was down), one digest covering everything since the last
 * one they received; for a weekly-edition subscriber whose weekday and hour have come (or passed since
 * the last such slot), one digest covering the last complete local week. Called every minute by the scheduler and once at start-up; safe to run in
 * several processes at once, because each digest is claimed in the transaction that queues it.
 */
export async function runDueDigests(deps: DigestRunnerDeps, now: Date): Promise<DigestRunReport> {
  const report: DigestRunReport = { claimed: 0, queued: 0, empty: 0, sharedTexts: 0, charts: 0, chartFailures: 0 };
  const slots = (await digestHourGroups(deps.db)).flatMap((g): DueSlot[] => {
    try {
      if (g.edition === 'daily') {
        const slot = latestDigestSlot(now, g.hour, g.timezone);
        return [{ ...g, ...slot, claimDate: slot.localDate }];
      }
      const slot = latestWeeklySlot(now, g.weekday as Weekday, g.hour, g.timezone);
      return [{ ...g, localDate: slot.localDate, claimDate: slot.weekOf, dueAt: slot.dueAt }];
    } catch {
      return []; // a zone Intl no longer knows: those subscribers wait until they choose another.
    }
  });
  if (slots.length === 0) return report;
  const held = await heldCount(deps.db);
  const events = new EventWindow(now);
  // Texts shared by "everything" subscribers, committed ones only (a rolled-back chunk's ids are gone).
  const shared = new Map<string, number>();
  const models = new Map<string, DigestModel>();
  const periods = new Map<string, { from: Date; to: Date }>();
  const due = await dueSubscribers(deps.db, slots);
  const charts = await drawCharts(deps, due, now, report);
  const birthdays = due.some((r) => r.birthdays) ? await loadBirthdaySource(deps.db) : undefined;
  const chunkSize = deps.chunkSize ?? 2000;
  const chunks: DueSubscriber[][] = [];
  for (let i = 0; i < due.length; i += chunkSize) chunks.push(due.slice(i, i + chunkSize));
  // Each chunk is its own transaction, so with a pool of connections one chunk's writes overlap the
  // next chunk's building and rendering. Claims are per subscriber, so order between chunks does not matter.
  // The first chunk runs alone: it fetches the events and stores most shared texts, which chunks in
  // flight together could each store again (harmless, but wasted).
  let next = 0;
  const runChunk = async (subscribers: DueSubscriber[]) => {
    const fresh = await deps.db.transaction((tx) =>
      queueChunk(deps, tx, subscribers, {
        now,
        held,
        events,
        shared,
        models,
        periods,
        report,
        charts,
        birthdays,
        birthdaySections: new Map(),
      }),
    );
    for (const [key, id] of fresh) shared.set(key, id);
  };
  const worker = async () => {
    try {
      while (next < chunks.length) await runChunk(chunks[next++]!);
    } catch (error) {
      next = chunks.length; // the others finish their chunk and stop; the next tick retries the rest
      throw error;
    }
  };
  if (chunks.length > 0) await runChunk(chunks[next++]!);
  const outcomes = await Promise.allSettled(
    Array.from({ length: Math.min(deps.concurrency ?? 1, chunks.length - next) }, worker),
  );
  const failed = outcomes.find((o) => o.status === 'rejected');
  if (failed) throw failed.reason;
  return report;
}

interface RunState {
  now: Date;
  held: number;
  events: EventWindow;
  shared: ReadonlyMap<string, number>;
  /** "Everything" digests with the same period and baseline are the same model: built once per run. */
  models: Map<string, DigestModel>;
  periods: Map<string, { from: Date; to: Date }>;
  report: DigestRunReport;
  charts: ReadonlyMap<Language, { id: number; caption: string }>;
  birthdays: BirthdaySource | undefined;
  /** Rendered sections by language and local date. */
  birthdaySections: Map<string, string>;
}

/**
 * The chart of today in each language a due subscriber wants it in, drawn (or found) once per run,
 * before any chunk's transaction: drawing takes a moment and needs no lock.
 */
async function drawCharts(
  deps: DigestRunnerDeps,
  due: readonly DueSubscriber[],
  now: Date,
  report: DigestRunReport,
): Promise<Map<Language, { id: number; caption: string }>> {
  const out = new Map<Language, { id: number; caption: string }>();
  const languages = new Set(due.filter((r) => r.chart !== 'off').map((r) => r.language));
  for (const language of languages) {
    try {
      out.set(
        language,
        await chartImageFor(
          { db: deps.db, translate: deps.translate, chartTimeZone: deps.chartTimeZone ?? 'Europe/Minsk' },
          language,
          now,
        ),
      );
    } catch {
      report.chartFailures++; // the digest matters more than its picture: it goes without
    }
  }
  return out;
}

/**
 * The chart's dedup key: one per digest, or one per subscriber's local week (the first digest of the
 * week carries it). A weekly edition carries one whenever the chart is on, keyed by the week it is sent
 * in, so switching editions mid-week cannot send a second chart that week.
 */
function chartKey(subscriber: DueSubscriber): string | undefined {
  if (subscriber.chart === 'off') return undefined;
  if (subscriber.edition === 'weekly' || subscriber.chart === 'weekly')
    return `chart:${subscriber.subscriberId}:week:${mondayOf(subscriber.localDate)}`;
  return `chart:${subscriber.subscriberId}:${subscriber.localDate}`;
}

/** The digest's dedup key, which lastReceivedDigests reads back to see whether it was sent. */
function digestKey(subscriber: DueSubscriber): string {
  return subscriber.edition === 'weekly'
    ? `digest:${subscriber.subscriberId}:week:${subscriber.claimDate}`
    : `digest:${subscriber.subscriberId}:${subscriber.localDate}`;
}

async function queueChunk(
  deps: DigestRunnerDeps,
  tx: Db,
  subscribers: readonly DueSubscriber[],
  state: RunState,
): Promise<Map<string, number>> {
  const last = new Map<string, { periodTo: Date; heldCount: number }>();
  for (const edition of ['daily', 'weekly'] as const) {
    const ids = subscribers.filter((r) => r.edition === edition).map((r) => r.subscriberId);
    for (const [id, received] of await lastReceivedDigests(tx, ids, edition)) last.set(`${edition}:${id}`, received);
  }
  // Back to daily after weekly editions: start where the last weekly one ended if that is later, rather
  // than repeat weeks already told. Only subscribers without a recent daily digest are looked up.
  const stale = state.now.getTime() - 2 * DAY_MS;
  const switchedBack = subscribers
    .filter((r) => r.edition === 'daily' && (last.get(`daily:${r.subscriberId}`)?.periodTo.getTime() ?? 0) < stale)
    .map((r) => r.subscriberId);
  for (const [id, weekly] of await lastReceivedDigests(tx, switchedBack, 'weekly')) {
    const daily = last.get(`daily:${id}`);
    if (!daily || weekly.periodTo > daily.periodTo) last.set(`daily:${id}`, weekly);
  }
  const followed = await followedPrisoners(
    tx,
    subscribers.filter((r) => r.scope === 'followed').map((r) => r.subscriberId),
  );
  const built: { subscriber: DueSubscriber; model: DigestModel; claim: DigestRunClaim }[] = [];
  for (const subscriber of subscribers) {
    const previous = last.get(`${subscriber.edition}:${subscriber.subscriberId}`);
    const period = periodOf(state, subscriber, previous?.periodTo ?? null);
    const input = {
      period,
      held: state.held,
      heldBefore: previous?.heldCount ?? null,
      onlyPrisoners: subscriber.scope === 'followed' ? followed.get(subscriber.subscriberId) : undefined,
    };
    const modelKey =
      subscriber.scope === 'all'
        ? `${period.from.toISOString()}|${period.to.toISOString()}|${input.heldBefore ?? 'first'}`
        : undefined;
    let model = modelKey === undefined ? undefined : state.models.get(modelKey);
    if (!model) {
      model = buildDigest({ ...input, events: await state.events.since(tx, period.from) });
      if (modelKey !== undefined) state.models.set(modelKey, model);
    }
    const outcome = model.entries > 0 || subscriber.sendEmpty ? 'queued' : 'empty';
    built.push({
      subscriber,
      model,
      claim: {
        subscriberId: subscriber.subscriberId,
        edition: subscriber.edition,
        localDate: subscriber.claimDate,
        periodFrom: period.from,
        periodTo: period.to,
        heldCount: state.held,
        entries: model.entries,
        outcome,
      },
    });
  }
  const claimed = await claimDigestRuns(
    tx,
    built.map((b) => b.claim),
    deps.worker,
  );
  const fresh = new Map<string, number>();
  const messages: OutboxMessage[] = [];
  const chartMessages: OutboxMessage[] = [];
  for (const { subscriber, model, claim } of built) {
    if (!claimed.has(subscriber.subscriberId)) continue;
    state.report.claimed++;
    if (claim.outcome === 'empty') {
      state.report.empty++;
      continue;
    }
    const chart = state.charts.get(subscriber.language);
    const chartDedupKey = chartKey(subscriber);
    if (chart && chartDedupKey) {
      // Queued before the digests, in the same lane: each subscriber sees the picture, then the words.
      chartMessages.push({
        chatId: subscriber.chatId,
        subscriberId: subscriber.subscriberId,
        kind: 'digest',
        dedupKey: chartDedupKey,
        text: escapeHtml(chart.caption),
        chartImageId: chart.id,
      });
    }
    const message: OutboxMessage = {
      chatId: subscriber.chatId,
      subscriberId: subscriber.subscriberId,
      kind: 'digest',
      dedupKey: digestKey(subscriber),
      text: '',
    };
    const render = () => {
      const digest = renderDigest(
        deps.translate,
        deps.botUsername,
        { language: subscriber.language, timeZone: subscriber.timezone },
        model,
        subscriber.edition,
        state.events.namesakes,
      );
      if (!subscriber.birthdays || !state.birthdays) return digest;
      const sectionKey = `${subscriber.language}|${subscriber.localDate}`;
      let section = state.birthdaySections.get(sectionKey);
      if (section === undefined) {
        section = renderBirthdaySection(deps.translate, subscriber.language, state.birthdays, subscriber.localDate);
        state.birthdaySections.set(sectionKey, section);
      }
      return `${digest}\n\n${section}`;
    };
    if (subscriber.scope === 'all') {
      // Everything-subscribers with the same language, zone, period and baseline get the same words: store them once.
      const key = [
        subscriber.language,
        subscriber.timezone,
        subscriber.edition,
        claim.periodFrom.toISOString(),
        claim.periodTo.toISOString(),
        model.heldChange ?? 'first',
        subscriber.birthdays ? `birthdays ${subscriber.localDate}` : '',
      ].join('|');
      let bodyId = state.shared.get(key) ?? fresh.get(key);
      if (bodyId === undefined) {
        bodyId = await insertOutboxBody(tx, render());
        fresh.set(key, bodyId);
        state.report.sharedTexts++;
      }
      message.bodyId = bodyId;
    } else {
      // Personal: says whom the subscriber follows, so it lives on the subscriber's own row and goes with /forget.
      message.text = render();
    }
    messages.push(message);
  }
  // Not `+= await`: with chunks in flight together that would read the count before the wait.
  const chartsQueued = await enqueueOutbox(tx, chartMessages);
  state.report.charts += chartsQueued;
  const queued = await enqueueOutbox(tx, messages);
  state.report.queued += queued;
  return fresh;
}

/**
 * What a digest covers. Daily: since the last daily digest received, up to now. Weekly: the last
 * complete local week before the slot, whatever was received before. Subscribers of one slot and
 * baseline share a period; working it out takes several Intl calls.
 */
function periodOf(state: RunState, subscriber: DueSubscriber, lastReceivedTo: Date | null): { from: Date; to: Date } {
  const weekly = subscriber.edition === 'weekly';
  const key = weekly
    ? `weekly|${subscriber.timezone}|${subscriber.claimDate}`
    : `${subscriber.timezone}|${subscriber.hour}|${subscriber.localDate}|${lastReceivedTo?.toISOString() ?? ''}`;
  let period = state.periods.get(key);
  if (!period) {
    period = weekly
      ? latestWeeklySlot(subscriber.dueAt, subscriber.weekday as Weekday, subscriber.hour, subscriber.timezone).period
      : digestPeriod(state.now, subscriber, subscriber.hour, subscriber.timezone, lastReceivedTo);
    state.periods.set(key, period);
  }
  return period;
}

/**
 * The announced changes since the earliest period start asked for, fetched once per run and widened
 * when needed, with the namesakes of the people they concern.
 */
class EventWindow {
  private from: Date | undefined;
  private events: DigestEvent[] = [];
  /** Valid for every digest built after `since()`: it covers every event fetched. */
  namesakes: Namesakes = NO_NAMESAKES;

  constructor(private readonly to: Date) {}

  /** `db` is the chunk's transaction: on PGlite's one connection, a query beside it would wait for it. */
  async since(db: Db, from: Date): Promise<DigestEvent[]> {
    if (!this.from || from < this.from) {
      // Both are set together: a chunk in flight must never pair new events with old namesakes.
      const events = await digestEvents(db, from, this.to);
      const namesakes = await findNamesakes(
        db,
        events.map((e) => e.prisonerId),
      );
      [this.events, this.namesakes, this.from] = [events, namesakes, from];
    }
    return this.events;
  }
}
