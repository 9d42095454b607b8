import { Counter, Gauge, type Registry } from 'prom-client';
import type { QueueFigures } from '../db/queries/outbox-stats.ts';
import { OUTBOX_KINDS } from '../domain/delivery.ts';
import { systemClock, type Clock } from './clock.ts';
import type { DrainerEvents } from './outbox-drainer.ts';

/**
 * Delivery on /metrics. Counters come from this process's drainer; the queue gauges are read from
 * the database at scrape time, so they describe the whole service whichever process is scraped.
 * Sent per second: `rate(vestka_outbox_sent_total[1m])`, or the gauge computed from the database.
 */
export function registerDeliveryMetrics(registry: Registry, figures: () => Promise<QueueFigures>, clock: Clock = systemClock): DrainerEvents {
  const now = () => clock.now().getTime();
  const sent = new Counter({ name: 'vestka_outbox_sent_total', help: 'Messages delivered by this process, by kind.', labelNames: ['kind'], registers: [registry] });
  const failures = new Counter({ name: 'vestka_outbox_failures_total', help: 'Attempts that did not deliver, by kind and outcome.', labelNames: ['kind', 'outcome'], registers: [registry] });
  const deferred = new Counter({ name: 'vestka_outbox_deferred_total', help: 'Messages held for quiet hours, by kind.', labelNames: ['kind'], registers: [registry] });

  // One database read per scrape, shared by every gauge below.
  let current: { at: number; figures: Promise<QueueFigures> } | undefined;
  const read = () => {
    if (!current || now() - current.at > 1000) current = { at: now(), figures: figures() };
    return current.figures;
  };
  new Gauge({
    name: 'vestka_outbox_depth', help: 'Unsettled messages by kind and status (pending, sending).', labelNames: ['kind', 'status'], registers: [registry],
    async collect() {
      const { depth } = await read();
      for (const kind of OUTBOX_KINDS) {
        const row = depth.find((d) => d.kind === kind);
        this.set({ kind, status: 'pending' }, row?.pending ?? 0);
        this.set({ kind, status: 'sending' }, row?.sending ?? 0);
      }
    },
  });
  new Gauge({
    name: 'vestka_outbox_oldest_pending_age_seconds', help: 'Age of the oldest pending message (0 when none).', registers: [registry],
    async collect() {
      const { oldestPendingAt } = await read();
      this.set(oldestPendingAt ? Math.max(0, (now() - oldestPendingAt.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'vestka_outbox_oldest_due_lag_seconds', help: 'How long the longest-due pending message has been due (0 when none).', registers: [registry],
    async collect() {
      const { oldestDueAt } = await read();
      this.set(oldestDueAt ? Math.max(0, (now() - oldestDueAt.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'vestka_outbox_sent_per_second', help: 'Messages delivered in the last minute by all drainers, per second.', registers: [registry],
    async collect() {
      this.set((await read()).sentLastMinute / 60);
    },
  });
  new Gauge({
    name: 'vestka_outbox_dead_letters', help: 'Messages Telegram refused for good, over the last 35 days (older ones are deleted).', registers: [registry],
    async collect() {
      this.set((await read()).deadLetters);
    },
  });

  return {
    attempted(kind, outcome) {
      if (outcome === 'sent') sent.inc({ kind });
      else if (outcome === 'deferred') deferred.inc({ kind });
      else failures.inc({ kind, outcome });
    },
  };
}
