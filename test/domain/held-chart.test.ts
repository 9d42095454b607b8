import { describe, expect, it } from 'vitest';
import {
  CHART_DAYS,
  chartDateLabel,
  chartLocale,
  heldChartData,
  mondayOf,
  newlyListedTotal,
  type CustodyChange,
} from '../../src/domain/held-chart.ts';

const listed = (day: string): CustodyChange => ({ day, from: null, to: 'imprisoned', newlyListed: true });
const freed = (day: string): CustodyChange => ({ day, from: 'imprisoned', to: 'pardoned', newlyListed: false });

describe('heldChartData', () => {
  it('counts back from today through the changes, so the line ends at the figure held now', () => {
    const data = heldChartData({
      lastDay: '2026-12-07',
      heldNow: 100,
      firstRecordedDay: '2020-01-01',
      batches: [],
      changes: [
        listed('2026-12-07'),
        listed('2026-12-07'),
        freed('2026-12-05'),
        freed('2026-12-05'),
        freed('2026-12-05'),
      ],
    });
    expect(data.held).toHaveLength(CHART_DAYS);
    expect(data.held.at(-1)).toEqual({ day: '2026-12-07', held: 100 });
    expect(data.held.at(-2)).toEqual({ day: '2026-12-06', held: 98 });
    expect(data.held.at(-3)).toEqual({ day: '2026-12-05', held: 98 });
    expect(data.held.at(-4)).toEqual({ day: '2026-12-04', held: 101 });
    expect(data.held[0]).toEqual({ day: '2026-09-09', held: 101 });
  });

  it('a move between two custody statuses or a correction outside custody changes no count', () => {
    const data = heldChartData({
      lastDay: '2026-12-07',
      heldNow: 10,
      firstRecordedDay: null,
      batches: [],
      changes: [
        { day: '2026-12-07', from: 'detained', to: 'imprisoned', newlyListed: false },
        { day: '2026-12-07', from: 'released', to: 'pardoned', newlyListed: false },
      ],
    });
    expect(data.held).toEqual([{ day: '2026-12-07', held: 10 }]);
  });

  it('changes after the last day drawn come off first', () => {
    const data = heldChartData({
      lastDay: '2026-12-06',
      heldNow: 10,
      firstRecordedDay: '2026-12-05',
      batches: [],
      changes: [listed('2026-12-07')],
    });
    expect(data.held).toEqual([
      { day: '2026-12-05', held: 9 },
      { day: '2026-12-06', held: 9 },
    ]);
  });

  it('leaves out days before anything was recorded', () => {
    const data = heldChartData({
      lastDay: '2026-12-07',
      heldNow: 5,
      firstRecordedDay: '2026-12-01',
      batches: [],
      changes: [],
    });
    expect(data.held.map((d) => d.day)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ]);
  });

  it('counts newly listed people per week, Monday to Sunday, within the window only', () => {
    const data = heldChartData({
      lastDay: '2026-12-07',
      heldNow: 5,
      firstRecordedDay: null,
      batches: [],
      changes: [listed('2026-11-30'), listed('2026-12-06'), listed('2026-12-07'), listed('2026-11-29')],
    });
    // firstRecordedDay null: only the last day is drawn, so only its week counts.
    expect(data.newPerWeek).toEqual([{ week: '2026-12-07', count: 1 }]);
    const wide = heldChartData({
      lastDay: '2026-12-07',
      heldNow: 5,
      firstRecordedDay: '2026-01-01',
      batches: [],
      changes: [
        listed('2026-11-30'),
        listed('2026-12-06'),
        listed('2026-12-07'),
        listed('2026-11-29'),
        listed('2026-09-08'),
      ],
    });
    expect(wide.newPerWeek).toEqual([
      { week: '2026-11-23', count: 1 },
      { week: '2026-11-30', count: 2 },
      { week: '2026-12-07', count: 1 },
    ]);
    expect(newlyListedTotal(wide)).toBe(4);
  });

  it('keeps the release batches inside the window, oldest first', () => {
    const data = heldChartData({
      lastDay: '2026-12-07',
      heldNow: 5,
      firstRecordedDay: '2020-01-01',
      changes: [],
      batches: [
        { day: '2026-12-01', title: 'b' },
        { day: '2026-09-01', title: 'too old' },
        { day: '2026-10-01', title: 'a' },
      ],
    });
    expect(data.batches.map((b) => b.title)).toEqual(['a', 'b']);
  });
});

describe('dates and numbers', () => {
  it('weeks start on Monday across a year boundary', () => {
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(mondayOf('2026-12-28')).toBe('2026-12-28');
  });

  it('formats for be, ru and en from Intl', () => {
    expect(chartLocale('en').number).toMatchObject({ decimal: '.', thousands: ',' });
    expect(chartLocale('ru').number.decimal).toBe(',');
    expect(chartLocale('be').time.months[11]).toBe('снежня');
    expect(chartLocale('ru').time.months[11]).toBe('декабря');
    expect(chartLocale('en').time.shortMonths[8]).toBe('Sept');
    expect(chartDateLabel('en', '2026-12-07')).toBe('7 December 2026');
    expect(chartDateLabel('be', '2026-12-07')).toMatch(/^7 снежня 2026/u);
  });
});
