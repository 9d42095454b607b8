import { chartImagePng, rememberChartFileId } from '../../db/queries/held-chart.ts';
import type { ClaimedRow } from '../../db/queries/outbox-claims.ts';
import { ChartPhotos } from './chart-photos.ts';
import { settleOutbox, type Settlement } from '../../db/queries/outbox-settle.ts';
import { DISCREET_LEAD_KEY } from '../../domain/discreet-lead.ts';
import { RatePolicy, telegramLimits } from '../../domain/rate-policy.ts';
import { settlementFor } from './delivery-outcomes.ts';
import {
  claimAhead,
  withDefaults,
  type DrainerDeps,
  type DrainerOptions,
  type ResolvedDrainerOptions,
} from './drainer-options.ts';
import { OutboxClaimer } from './outbox-claimer.ts';
import { prepareClaim, type Delivery } from './delivery-preparation.ts';
import type { OutgoingMessage, SendOutcome } from './ports.ts';
import { SettlementQueue } from './settlement-queue.ts';
import { Wakeup } from './wakeup.ts';

export type { DrainerDeps, DrainerOptions };

/**
 * The outbox drainer: claim due rows with a lease, send them as fast as the rate policy allows
 * (many chats at once, one message at a time per chat), record every attempt and settle rows in
 * batches. Nothing is lost if the process dies: an unsettled row's lease runs out and another
 * drainer (or the next start) sends it. See docs/delivery.md.
 */
export class OutboxDrainer {
  private readonly policy: RatePolicy;
  private readonly options: ResolvedDrainerOptions;
  /** Claimed and waiting for a send slot, most urgent first. */
  private ready: Delivery[] = [];
  private readonly inFlight = new Set<Delivery>();
  private readonly settlements: SettlementQueue;
  private readonly wakeup = new Wakeup();
  private readonly claimer: OutboxClaimer;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private readonly bufferTarget: number;
  private readonly photos: ChartPhotos;

  constructor(
    private readonly deps: DrainerDeps,
    options: DrainerOptions,
  ) {
    this.options = withDefaults(options);
    this.policy = new RatePolicy(
      { ...telegramLimits(options.ratePerSecond, options.paidRatePerSecond), ...options.limits },
      this.nowMs(),
    );
    this.bufferTarget = claimAhead(options);
    this.photos = new ChartPhotos(
      { png: (id) => chartImagePng(deps.db, id), remember: (id, fileId) => rememberChartFileId(deps.db, id, fileId) },
      (error) => deps.logger.warn({ err: error }, 'could not store a chart file id'),
    );
    this.claimer = new OutboxClaimer(deps.db, deps.clock, deps.logger, this.options);
    this.settlements = new SettlementQueue({
      write: (batch) => settleOutbox(deps.db, this.options.worker, batch),
      written: (batch) => this.expectDue(batch),
      failed: (error, rows) => deps.logger.warn({ err: error, rows }, 'could not record outcomes; will retry'),
      wake: () => this.wakeup.wake(),
      now: () => this.nowMs(),
    });
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Finishes the sends under way, records them, hands back what was claimed but not sent. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeup.wake();
    await this.loop;
  }

  /** Rows claimed and not yet handed back or settled. */
  get held(): number {
    return this.ready.length + this.inFlight.size;
  }

  private nowMs(): number {
    return this.deps.clock.now().getTime();
  }

  private async run(): Promise<void> {
    await this.guard('start', () => this.maintain(true));
    while (!this.stopping) {
      if (this.nowMs() >= this.claimer.nextMaintenanceAt) await this.guard('maintenance', () => this.maintain(false));
      if (this.wantsClaim(this.nowMs())) await this.guard('claim', () => this.claim());
      const dispatchWait = this.dispatch(this.nowMs());
      const now = this.nowMs();
      this.settlements.flushIfDue(now);
      const claimWait = this.held < this.bufferTarget / 2 ? this.claimer.nextClaimAt - now : Infinity;
      await this.wakeup.wait(
        Math.min(dispatchWait, this.settlements.dueIn(now), claimWait, this.claimer.nextMaintenanceAt - now),
      );
    }
    await this.shutdown();
  }

  /** A failing database must not end the loop: log, pause a little, carry on. */
  private async guard(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.deps.logger.warn({ err: error, step: what }, 'drainer step failed; retrying');
      this.claimer.pause();
    }
  }

  private async maintain(first: boolean): Promise<void> {
    const drainers = await this.claimer.maintain(first);
    this.policy.setDrainerCount(drainers, this.nowMs());
    this.policy.prune(this.nowMs());
  }

  private wantsClaim(now: number): boolean {
    return !this.stopping && now >= this.claimer.nextClaimAt && this.held < this.bufferTarget / 2;
  }

  private async claim(): Promise<void> {
    const now = this.deps.clock.now();
    const rows = await this.claimer.claim(this.bufferTarget - this.held);
    for (const row of rows) this.accept(row, now);
    this.ready.sort((a, b) => a.row.priority - b.row.priority || a.row.id - b.row.id);
  }

  private accept(row: ClaimedRow, now: Date): void {
    const lead =
      row.discreet && row.language ? this.deps.translate(row.language, DISCREET_LEAD_KEY[row.kind]) : undefined;
    const prepared = prepareClaim(row, now, this.options.paidBroadcast, lead);
    if (prepared.kind === 'deferred') {
      this.settlements.push({ id: row.id, chatId: row.chatId, result: 'deferred', availableAt: prepared.until });
      return;
    }
    if (prepared.kind === 'invalid_zone')
      this.deps.logger.warn(
        { outbox: row.id, chat: this.deps.chatRef(row.chatId) },
        'unknown time zone; quiet hours ignored',
      );
    this.ready.push(prepared.delivery);
  }

  /** Starts every send the policy allows now; answers how long until the next one could start. */
  private dispatch(now: number): number {
    let wait = Infinity;
    const kept: Delivery[] = [];
    const exhausted = new Set<boolean>();
    let index = 0;
    for (; index < this.ready.length; index++) {
      if (this.inFlight.size >= this.options.maxInFlight || this.settlements.full) {
        wait = Infinity; // a finishing send or write wakes the loop
        break;
      }
      const delivery = this.ready[index]!;
      const decision = exhausted.has(delivery.paid)
        ? undefined
        : this.policy.tryTake(delivery.row.chatId, delivery.paid, now);
      if (decision?.ok) {
        this.launch(delivery);
        continue;
      }
      kept.push(delivery);
      if (decision) wait = Math.min(wait, decision.waitMs);
      if (decision?.reason === 'global') exhausted.add(delivery.paid);
    }
    this.ready = index < this.ready.length ? kept.concat(this.ready.slice(index)) : kept;
    return wait;
  }

  private launch(delivery: Delivery): void {
    this.inFlight.add(delivery);
    const part = delivery.partsSent;
    const last = part === delivery.parts.length - 1;
    const message: OutgoingMessage = {
      chatId: delivery.row.chatId,
      html: delivery.parts[part]!,
      replyMarkup: last ? (delivery.row.replyMarkup ?? undefined) : undefined,
      paidBroadcast: delivery.paid,
      silent: delivery.silent,
      protect: delivery.protect,
    };
    void (
      delivery.row.chartImageId === null
        ? this.deps.sender.send(message)
        : this.sendChart(message, delivery.row.chartImageId, delivery.row.chartFileId)
    )
      .catch((error: unknown): SendOutcome => ({
        kind: 'transient',
        errorCode: null,
        detail: `sender threw: ${error instanceof Error ? error.name : 'unknown'}`,
      }))
      .then((outcome) => {
        this.inFlight.delete(delivery);
        this.onOutcome(delivery, outcome);
        this.wakeup.wake();
      });
  }

  /** A chart row goes as its picture: uploaded by the first send, by file id after that. */
  private async sendChart(
    message: OutgoingMessage,
    chartImageId: number,
    storedFileId: string | null,
  ): Promise<SendOutcome> {
    const photo = await this.photos.acquire(chartImageId, storedFileId);
    let outcome: SendOutcome | undefined;
    try {
      outcome = await this.deps.sender.send({ ...message, photo: photo.photo });
      return outcome;
    } finally {
      photo.release(outcome?.kind === 'sent' ? outcome.photoFileId : undefined);
    }
  }

  private onOutcome(delivery: Delivery, outcome: SendOutcome): void {
    const { row } = delivery;
    const at = this.deps.clock.now();
    const chatFreeAt = this.policy.answered(row.chatId, at.getTime());
    if (outcome.kind === 'sent') {
      delivery.partsSent++;
      if (delivery.partsSent < delivery.parts.length) {
        this.requeue(delivery); // the next part waits for the chat's gap
        return;
      }
      this.settlements.push({
        id: row.id,
        chatId: row.chatId,
        result: 'sent',
        partsSent: delivery.partsSent,
        chatFreeAt: new Date(chatFreeAt),
        attempt: { at, outcome: 'sent', detail: delivery.parts.length > 1 ? `${delivery.parts.length} parts` : null },
      });
      return;
    }
    if (outcome.kind === 'rate_limited')
      this.policy.pauseChat(row.chatId, at.getTime() + outcome.retryAfterSeconds * 1000);
    const level = outcome.kind === 'rejected' || outcome.kind === 'transient' ? 'warn' : 'info';
    this.deps.logger[level](
      {
        outbox: row.id,
        kind: row.kind,
        chat: this.deps.chatRef(row.chatId),
        outcome: outcome.kind,
        code: outcome.errorCode,
      },
      'send failed',
    );
    this.settlements.push(
      settlementFor(
        { id: row.id, chatId: row.chatId, attempts: row.attempts, partsSent: delivery.partsSent },
        outcome,
        at,
        this.options,
        this.options.random(),
      ),
    );
  }

  private requeue(delivery: Delivery): void {
    const key = (d: Delivery) => d.row.priority * 1e15 + d.row.id;
    const at = this.ready.findIndex((d) => key(d) > key(delivery));
    this.ready.splice(at === -1 ? this.ready.length : at, 0, delivery);
  }

  /** Settled rows tell when their chat may receive its next message, or when they are due again. */
  private expectDue(batch: Settlement[]): void {
    for (const s of batch) {
      if (s.result === 'sent') this.claimer.expectDue(s.chatFreeAt.getTime());
      else if (s.result === 'retry') this.claimer.expectDue(s.availableAt.getTime());
    }
  }

  private async shutdown(): Promise<void> {
    while (this.inFlight.size > 0) await this.wakeup.wait(1000);
    const unsent = this.ready.splice(0);
    const now = this.deps.clock.now();
    for (const d of unsent.filter((d) => d.partsSent > d.row.partsSent)) {
      this.settlements.push({
        id: d.row.id,
        chatId: d.row.chatId,
        result: 'retry',
        partsSent: d.partsSent,
        availableAt: now,
        attempt: { at: now, outcome: 'transient', detail: `stopped after ${d.partsSent} of ${d.parts.length} parts` },
      });
    }
    const unwritten = await this.settlements.drain();
    // Outcomes that could not be written leave their rows leased: they are sent again after the lease.
    if (unwritten > 0) this.deps.logger.error({ rows: unwritten }, 'stopped without recording some outcomes');
    const untouched = unsent.filter((d) => d.partsSent === d.row.partsSent).map((d) => d.row.id);
    await this.guard('release', () => this.claimer.release(untouched));
  }
}
