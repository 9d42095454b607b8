import type { Db } from '../db/database.ts';
import { beatDrainer, removeDrainer } from '../db/queries/delivery-drainers.ts';
import { claimOutbox, reapExpiredLeases, releaseClaims, renewLeases, type ClaimedRow } from '../db/queries/outbox-claims.ts';
import { settleOutbox, type Settlement } from '../db/queries/outbox-settle.ts';
import type { BackoffPolicy } from '../domain/delivery.ts';
import { RatePolicy, telegramLimits, type RateLimits } from '../domain/rate-policy.ts';
import type { Logger } from '../logging.ts';
import type { Clock } from './clock.ts';
import { settlementFor, type FailedOutcome } from './delivery-outcomes.ts';
import { prepareClaim, type Delivery } from './delivery-preparation.ts';
import type { MessageSender, SendOutcome } from './message-sender.ts';
import { Wakeup } from './wakeup.ts';

/** What the drainer reports as it goes; delivery-metrics turns it into Prometheus counters. */
export interface DrainerEvents {
  attempted(kind: string, outcome: SendOutcome['kind'] | 'deferred'): void;
}

export interface DrainerOptions {
  /** Unique per process; written into leases and attempts. */
  worker: string;
  /** Ordinary messages per second overall (shared among live drainers). */
  ratePerSecond: number;
  /** Messages per second with allow_paid_broadcast. */
  paidRatePerSecond: number;
  /** Send every message as a paid broadcast (otherwise only rows that ask for it). */
  paidBroadcast: boolean;
  /** Per-chat gaps; Telegram's by default. */
  limits?: Partial<Pick<RateLimits, 'privateChatIntervalMs' | 'groupChatIntervalMs'>>;
  leaseMs?: number;
  maxInFlight?: number;
  idlePollMs?: number;
  backoff?: BackoffPolicy;
  maxAttempts?: number;
  /** The only drainer there can be (embedded database): leases left by a dead process are taken back at start. */
  exclusive?: boolean;
  random?: () => number;
}

export interface DrainerDeps {
  db: Db;
  sender: MessageSender;
  clock: Clock;
  logger: Logger;
  chatRef: (chatId: number) => string;
  events?: DrainerEvents;
}

const SETTLE_BATCH = 200;
const SETTLE_DELAY_MS = 20;

/**
 * The outbox drainer: claim due rows with a lease, send them as fast as the rate policy allows
 * (many chats at once, one message at a time per chat), record every attempt and settle rows in
 * batches. Nothing is lost if the process dies: an unsettled row's lease runs out and another
 * drainer (or the next start) sends it. See docs/delivery.md.
 */
export class OutboxDrainer {
  private readonly policy: RatePolicy;
  private readonly options: Required<Omit<DrainerOptions, 'limits'>>;
  private readonly buffer: Delivery[] = [];
  private readonly settlements: Settlement[] = [];
  private readonly wakeup = new Wakeup();
  private inFlight = 0;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private flushing: Promise<void> | undefined;
  private oldestSettlementAt = 0;
  private nextClaimAt = 0;
  private nextMaintenanceAt = 0;
  private readonly bufferTarget: number;

  constructor(private readonly deps: DrainerDeps, options: DrainerOptions) {
    this.options = {
      leaseMs: 30_000, maxInFlight: 32, idlePollMs: 250, backoff: { baseMs: 2_000, maxMs: 300_000 }, maxAttempts: 100, exclusive: false, random: Math.random,
      ...options,
    };
    const limits = { ...telegramLimits(options.ratePerSecond, options.paidRatePerSecond), ...options.limits };
    this.policy = new RatePolicy(limits, this.nowMs());
    // About a second of sending is claimed ahead: enough to keep the rate, short enough that a new alert is claimed soon.
    const fastest = options.paidBroadcast ? options.paidRatePerSecond : options.ratePerSecond;
    this.bufferTarget = Math.max(20, Math.min(500, Math.ceil(Number.isFinite(fastest) ? fastest : 500)));
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

  /** Rows claimed and not yet settled, for tests and the duplicate bound: at most maxInFlight are being sent. */
  get held(): number {
    return this.buffer.length;
  }

  private nowMs(): number {
    return this.deps.clock.now().getTime();
  }

  private async run(): Promise<void> {
    await this.guard('start', () => this.maintain(true));
    while (!this.stopping) {
      const now = this.nowMs();
      if (now >= this.nextMaintenanceAt) await this.guard('maintenance', () => this.maintain(false));
      if (this.wantsClaim(now)) await this.guard('claim', () => this.claim());
      const dispatchWait = this.dispatch(this.nowMs());
      this.flushIfDue();
      const after = this.nowMs();
      const flushWait = this.settlements.length > 0 ? this.oldestSettlementAt + SETTLE_DELAY_MS - after : Infinity;
      const claimWait = this.buffer.length < this.bufferTarget / 2 ? this.nextClaimAt - after : Infinity;
      await this.wakeup.wait(Math.min(dispatchWait, flushWait, claimWait, this.nextMaintenanceAt - after));
    }
    await this.shutdown();
  }

  /** A failing database must not end the loop: log, pause a little, carry on. */
  private async guard(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.deps.logger.warn({ err: error instanceof Error ? error.message : String(error), step: what }, 'drainer step failed; retrying');
      this.nextClaimAt = this.nowMs() + 1000;
      this.nextMaintenanceAt = Math.max(this.nextMaintenanceAt, this.nowMs() + 1000);
    }
  }

  /** Reaps expired leases, renews ours and counts live drainers to share the budget. */
  private async maintain(first: boolean): Promise<void> {
    const { db } = this.deps;
    const now = this.deps.clock.now();
    const { worker, leaseMs } = this.options;
    const reaped = await reapExpiredLeases(db, { worker, now, everyLease: first && this.options.exclusive });
    if (reaped > 0) this.deps.logger.warn({ rows: reaped }, 'took back rows whose drainer stopped before settling them');
    if (!first) await renewLeases(db, worker, new Date(now.getTime() + leaseMs));
    const drainers = await beatDrainer(db, worker, now, leaseMs);
    this.policy.setDrainerCount(drainers, now.getTime());
    this.policy.prune(now.getTime());
    this.nextMaintenanceAt = now.getTime() + leaseMs / 3;
  }

  private wantsClaim(now: number): boolean {
    return !this.stopping && now >= this.nextClaimAt && this.buffer.length < this.bufferTarget / 2;
  }

  private async claim(): Promise<void> {
    const now = this.deps.clock.now();
    const limit = this.bufferTarget - this.buffer.length;
    const rows = await claimOutbox(this.deps.db, { worker: this.options.worker, limit, now, leaseUntil: new Date(now.getTime() + this.options.leaseMs) });
    // A full batch means more is waiting: claim again as soon as there is room.
    this.nextClaimAt = rows.length >= limit ? 0 : now.getTime() + this.options.idlePollMs;
    for (const row of rows) this.accept(row, now);
    this.buffer.sort((a, b) => a.row.priority - b.row.priority || a.row.id - b.row.id);
  }

  private accept(row: ClaimedRow, now: Date): void {
    const prepared = prepareClaim(row, now, this.options.paidBroadcast);
    if (prepared.kind === 'deferred') {
      this.deps.events?.attempted(row.kind, 'deferred');
      this.queueSettlement({ id: row.id, chatId: row.chatId, result: 'deferred', availableAt: prepared.until });
      return;
    }
    if (prepared.kind === 'invalid_zone') this.deps.logger.warn({ outbox: row.id, chat: this.deps.chatRef(row.chatId) }, 'unknown time zone; quiet hours ignored');
    this.buffer.push(prepared.delivery);
  }

  /** Starts every send the policy allows now; answers how long until the next one could start. */
  private dispatch(now: number): number {
    let wait = Infinity;
    const exhausted = new Set<boolean>();
    for (const delivery of this.buffer) {
      if (delivery.busy || exhausted.has(delivery.paid)) continue;
      if (this.inFlight >= this.options.maxInFlight || this.settlements.length >= SETTLE_BATCH * 5) return Infinity;
      const decision = this.policy.tryTake(delivery.row.chatId, delivery.paid, now);
      if (decision.ok) this.launch(delivery, now);
      else {
        wait = Math.min(wait, decision.waitMs);
        if (decision.reason === 'global') exhausted.add(delivery.paid);
      }
    }
    return wait;
  }

  private launch(delivery: Delivery, startedAt: number): void {
    delivery.busy = true;
    this.inFlight++;
    const index = delivery.partsSent;
    const last = index === delivery.parts.length - 1;
    void this.deps.sender
      .send({ chatId: delivery.row.chatId, html: delivery.parts[index]!, replyMarkup: last ? (delivery.row.replyMarkup ?? undefined) : undefined, paidBroadcast: delivery.paid })
      .catch((error: unknown): SendOutcome => ({ kind: 'transient', errorCode: null, detail: `sender threw: ${error instanceof Error ? error.name : 'unknown'}` }))
      .then((outcome) => this.onOutcome(delivery, outcome, startedAt))
      .finally(() => {
        this.inFlight--;
        this.wakeup.wake();
      });
  }

  private onOutcome(delivery: Delivery, outcome: SendOutcome, startedAt: number): void {
    const { row } = delivery;
    delivery.busy = false;
    this.deps.events?.attempted(row.kind, outcome.kind);
    if (outcome.kind === 'sent') {
      delivery.partsSent++;
      if (delivery.partsSent < delivery.parts.length) return; // the next part waits for the chat's gap
      const at = this.deps.clock.now();
      this.finish(delivery, {
        id: row.id, chatId: row.chatId, result: 'sent', partsSent: delivery.partsSent, chatFreeAt: new Date(startedAt + this.policy.intervalFor(row.chatId)),
        attempt: { at, outcome: 'sent', detail: delivery.parts.length > 1 ? `${delivery.parts.length} parts` : null },
      });
      return;
    }
    if (outcome.kind === 'rate_limited') this.policy.pauseChat(row.chatId, this.nowMs() + outcome.retryAfterSeconds * 1000);
    this.logFailure(delivery, outcome);
    const settlement = settlementFor({ id: row.id, chatId: row.chatId, attempts: row.attempts, partsSent: delivery.partsSent }, outcome, this.deps.clock.now(), this.options, this.options.random());
    if (settlement.result === 'retry') this.nextClaimAt = Math.min(this.nextClaimAt, settlement.availableAt.getTime());
    this.finish(delivery, settlement);
  }

  private logFailure(delivery: Delivery, outcome: FailedOutcome): void {
    const level = outcome.kind === 'rejected' || outcome.kind === 'transient' ? 'warn' : 'info';
    this.deps.logger[level]({ outbox: delivery.row.id, kind: delivery.row.kind, chat: this.deps.chatRef(delivery.row.chatId), outcome: outcome.kind, code: outcome.errorCode }, 'send failed');
  }

  private finish(delivery: Delivery, settlement: Settlement): void {
    const index = this.buffer.indexOf(delivery);
    if (index !== -1) this.buffer.splice(index, 1);
    this.queueSettlement(settlement);
    if (settlement.result === 'sent') this.nextClaimAt = Math.min(this.nextClaimAt, settlement.chatFreeAt.getTime());
  }

  private queueSettlement(settlement: Settlement): void {
    if (this.settlements.length === 0) this.oldestSettlementAt = this.nowMs();
    this.settlements.push(settlement);
  }

  private flushIfDue(): void {
    if (this.flushing || this.settlements.length === 0) return;
    if (this.settlements.length < SETTLE_BATCH && this.nowMs() < this.oldestSettlementAt + SETTLE_DELAY_MS && !this.stopping) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = undefined;
      this.wakeup.wake();
    });
  }

  /** Writes queued outcomes in one transaction; on failure they stay queued and are written later. */
  private async flush(): Promise<void> {
    const batch = this.settlements.splice(0, SETTLE_BATCH);
    try {
      await settleOutbox(this.deps.db, this.options.worker, batch);
    } catch (error) {
      this.settlements.unshift(...batch);
      this.oldestSettlementAt = this.nowMs() + 1000 - SETTLE_DELAY_MS;
      this.deps.logger.warn({ err: error instanceof Error ? error.message : String(error), rows: batch.length }, 'could not record outcomes; will retry');
      return;
    }
    if (this.settlements.length > 0) this.oldestSettlementAt = this.nowMs() - SETTLE_DELAY_MS;
  }

  private async shutdown(): Promise<void> {
    while (this.inFlight > 0) await this.wakeup.wait(1000);
    const unsent = this.buffer.splice(0);
    for (const delivery of unsent.filter((d) => d.partsSent > d.row.partsSent)) {
      this.queueSettlement({
        id: delivery.row.id, chatId: delivery.row.chatId, result: 'retry', partsSent: delivery.partsSent, availableAt: this.deps.clock.now(),
        attempt: { at: this.deps.clock.now(), outcome: 'transient', detail: `stopped after ${delivery.partsSent} of ${delivery.parts.length} parts` },
      });
    }
    await this.flushing;
    for (let tries = 0; tries < 5 && this.settlements.length > 0; tries++) {
      const before = this.settlements.length;
      await this.flush();
      if (this.settlements.length >= before) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Outcomes that could not be written leave their rows leased: they are sent again after the lease.
    if (this.settlements.length > 0) this.deps.logger.error({ rows: this.settlements.length }, 'stopped without recording some outcomes');
    const untouched = unsent.filter((d) => d.partsSent === d.row.partsSent).map((d) => d.row.id);
    await this.guard('release', async () => {
      await releaseClaims(this.deps.db, this.options.worker, untouched);
      await removeDrainer(this.deps.db, this.options.worker);
    });
  }
}
