import { describe, expect, it } from 'vitest';
import { OUTBOX_KINDS } from '../../src/domain/delivery.ts';
import {
  CROWD,
  deliveryClass,
  deliveryHealth,
  powerOfTenFloor,
  type DeliveryFigures,
} from '../../src/domain/delivery-health.ts';

const NOW = new Date('2026-05-01T10:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const quiet: DeliveryFigures = {
  waitingSince: { alerts: null, other: null },
  deliveredLastWeek: 0,
  attemptsLastDay: 0,
  failedAttemptsLastDay: 0,
  refused: false,
};

describe('delivery health', () => {
  it('says nothing of messages leaving in normal time: a small batch going out leaves no trace', () => {
    const sending = deliveryHealth(
      { ...quiet, waitingSince: { alerts: ago(2), other: ago(600) }, deliveredLastWeek: 7, attemptsLastDay: 7 },
      NOW,
    );
    expect(sending).toEqual(deliveryHealth(quiet, NOW));
    expect(sending.classes).toEqual({
      alerts: { state: 'on_time', waitingMinutes: null },
      other: { state: 'on_time', waitingMinutes: null },
    });
  });

  it('marks a class delayed, then stalled, with whole minutes, alerts much sooner than digests', () => {
    const health = deliveryHealth({ ...quiet, waitingSince: { alerts: ago(61), other: ago(61) } }, NOW);
    expect(health.classes).toEqual({
      alerts: { state: 'delayed', waitingMinutes: 1 },
      other: { state: 'on_time', waitingMinutes: null },
    });
    const worse = deliveryHealth({ ...quiet, waitingSince: { alerts: ago(601), other: ago(2 * 3600 + 1) } }, NOW);
    expect(worse.classes).toEqual({
      alerts: { state: 'stalled', waitingMinutes: 10 },
      other: { state: 'stalled', waitingMinutes: 120 },
    });
  });

  it('gives counts only from a crowd of 1,000 on, as the power of ten reached', () => {
    expect(deliveryHealth({ ...quiet, deliveredLastWeek: CROWD - 1 }, NOW).deliveredLastWeekAtLeast).toBeNull();
    expect(deliveryHealth({ ...quiet, deliveredLastWeek: 12_345 }, NOW).deliveredLastWeekAtLeast).toBe(10_000);
    expect(deliveryHealth({ ...quiet, deliveredLastWeek: 12_345 + 5_000 }, NOW).deliveredLastWeekAtLeast).toBe(10_000);
    expect(
      deliveryHealth({ ...quiet, attemptsLastDay: 999, failedAttemptsLastDay: 999 }, NOW).failedPercentLastDay,
    ).toBeNull();
    expect(
      deliveryHealth({ ...quiet, attemptsLastDay: 2000, failedAttemptsLastDay: 3 }, NOW).failedPercentLastDay,
    ).toBe(0);
    expect(
      deliveryHealth({ ...quiet, attemptsLastDay: 2000, failedAttemptsLastDay: 500 }, NOW).failedPercentLastDay,
    ).toBe(25);
    expect([0, 1, 9, 10, 999, 1000, 99_999, 100_000].map(powerOfTenFloor)).toEqual([
      0, 1, 1, 10, 100, 1000, 10_000, 100_000,
    ]);
  });

  it('puts every kind that never waits for quiet hours among the alerts', () => {
    expect(Object.fromEntries(OUTBOX_KINDS.map((k) => [k, deliveryClass(k)]))).toEqual({
      grave_alert: 'alerts',
      alert: 'alerts',
      correction: 'alerts',
      notice: 'other',
      digest: 'other',
      announcement: 'other',
    });
  });
});
