import { Gauge, type Registry } from 'prom-client';
import { DELIVERY_CLASSES, type DeliveryHealth, type DeliveryState } from '../../domain/delivery-health.ts';
import type { Clock } from '../../domain/clock.ts';
import { systemClock } from '../system-clock.ts';

const STATES: readonly DeliveryState[] = ['on_time', 'delayed', 'stalled'];

/**
 * Delivery on /metrics, read from the database at scrape time (so it describes the whole service,
 * whichever process is scraped). Deliberately no counter of messages sent, by kind or at all: a
 * scrape before and after a one-person batch would show how many follow that person. What an
 * operator alerts on is how long messages wait; see docs/security.md, "Who may learn what".
 */
export function registerDeliveryMetrics(
  registry: Registry,
  health: () => Promise<DeliveryHealth>,
  clock: Clock = systemClock,
): void {
  const now = () => clock.now().getTime();
  // One database read per scrape, shared by every gauge below.
  let current: { at: number; health: Promise<DeliveryHealth> } | undefined;
  const read = () => {
    if (!current || now() - current.at > 1000) current = { at: now(), health: health() };
    return current.health;
  };
  new Gauge({
    name: 'vestka_delivery_state',
    help: 'Delivery state by class (alerts: grave alerts, alerts, corrections; other: notices, digests, announcements): 1 for the current state.',
    labelNames: ['class', 'state'],
    registers: [registry],
    async collect() {
      const { classes } = await read();
      for (const c of DELIVERY_CLASSES)
        for (const state of STATES) this.set({ class: c, state }, classes[c].state === state ? 1 : 0);
    },
  });
  new Gauge({
    name: 'vestka_delivery_waiting_minutes',
    help: 'Minutes the longest-waiting message of the class has waited; 0 while every message leaves in normal time.',
    labelNames: ['class'],
    registers: [registry],
    async collect() {
      const { classes } = await read();
      for (const c of DELIVERY_CLASSES) this.set({ class: c }, classes[c].waitingMinutes ?? 0);
    },
  });
  new Gauge({
    name: 'vestka_delivery_delivered_7d_at_least',
    help: 'Messages delivered in the last 7 days, as the power of ten reached; 0 under 1,000.',
    registers: [registry],
    async collect() {
      this.set((await read()).deliveredLastWeekAtLeast ?? 0);
    },
  });
  new Gauge({
    name: 'vestka_delivery_failed_percent_24h',
    help: "Percent of the last 24 hours' attempts that failed (not counting chats that blocked the bot); -1 under 1,000 attempts.",
    registers: [registry],
    async collect() {
      this.set((await read()).failedPercentLastDay ?? -1);
    },
  });
  new Gauge({
    name: 'vestka_delivery_refused',
    help: '1 if Telegram refused any message for good in the last 35 days (dead letters), else 0.',
    registers: [registry],
    async collect() {
      this.set((await read()).refused ? 1 : 0);
    },
  });
}
