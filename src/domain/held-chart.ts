import type { Spec } from 'vega';
import type { Language } from './language.ts';
import { isInCustody, type PrisonerStatus } from './status.ts';

/** Days a chart covers, ending with the day it is drawn for. */
export const CHART_DAYS = 90;

/** A recorded status change, by the local date it was recorded on (YYYY-MM-DD). */
export interface CustodyChange {
  day: string;
  from: PrisonerStatus | null;
  to: PrisonerStatus | null;
  /** A person added to the list (not a source's first import). */
  newlyListed: boolean;
}

export interface ChartBatch {
  /** The release date (YYYY-MM-DD). */
  day: string;
  /** The batch's title in the subscriber's language. */
  title: string;
}

export interface HeldChartInput {
  /** The last day drawn (the chart's local date). */
  lastDay: string;
  /** Political prisoners held now (at the end of `lastDay`). */
  heldNow: number;
  /** Every change recorded after the start of the first day drawn, in any order. */
  changes: readonly CustodyChange[];
  batches: readonly ChartBatch[];
  /**
   * The first day anything was recorded at all: days before it are left out (the register did not
   * exist yet, and counting back from today would draw people who were simply not imported yet).
   */
  firstRecordedDay: string | null;
}

export interface HeldChartData {
  /** Held at the end of each day, oldest first. */
  held: { day: string; held: number }[];
  /** Newly listed people per week (Monday to Sunday), keyed by the week's Monday. */
  newPerWeek: { week: string; count: number }[];
  batches: ChartBatch[];
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function dayOf(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of a date's week (ISO weeks: Monday to Sunday). */
export function mondayOf(day: string): string {
  const n = dayNumber(day);
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return dayOf(n - weekday);
}

function custodyDelta(change: CustodyChange): number {
  const before = change.from !== null && isInCustody(change.from) ? 1 : 0;
  const after = change.to !== null && isInCustody(change.to) ? 1 : 0;
  return after - before;
}

/**
 * The figures a chart draws: the number held at the end of each of the last `CHART_DAYS` days,
 * counted back from today's number through the recorded changes (so the line ends exactly at the
 * figure the digest says), newly listed people per week, and the release batches in the window.
 */
export function heldChartData(input: HeldChartInput): HeldChartData {
  const last = dayNumber(input.lastDay);
  const first = Math.max(
    last - CHART_DAYS + 1,
    input.firstRecordedDay === null ? last : dayNumber(input.firstRecordedDay),
  );
  const deltaByDay = new Map<number, number>();
  const newByWeek = new Map<string, number>();
  for (const change of input.changes) {
    const n = dayNumber(change.day);
    deltaByDay.set(n, (deltaByDay.get(n) ?? 0) + custodyDelta(change));
    if (change.newlyListed && n >= first && n <= last) {
      const week = mondayOf(change.day);
      newByWeek.set(week, (newByWeek.get(week) ?? 0) + 1);
    }
  }
  const held: { day: string; held: number }[] = [];
  let count = input.heldNow;
  // Changes recorded after the last day (a chart drawn for an earlier date) come off first.
  for (const [n, delta] of deltaByDay) if (n > last) count -= delta;
  for (let n = last; n >= first; n--) {
    held.push({ day: dayOf(n), held: count });
    count -= deltaByDay.get(n) ?? 0;
  }
  held.reverse();
  const newPerWeek = [...newByWeek]
    .map(([week, c]) => ({ week, count: c }))
    .sort((a, b) => a.week.localeCompare(b.week));
  const batches = input.batches
    .filter((b) => dayNumber(b.day) >= first && dayNumber(b.day) <= last)
    .sort((a, b) => a.day.localeCompare(b.day));
  return { held, newPerWeek, batches };
}

/** The words a chart carries, already in the subscriber's language. */
export interface ChartTexts {
  title: string;
  heldLegend: string;
  newLegend: string;
}

/** Number and date formats for vega (d3-format / d3-time-format locales), taken from Intl. */
export interface ChartLocale {
  number: { decimal: string; thousands: string; grouping: number[]; currency: [string, string] };
  time: {
    dateTime: string;
    date: string;
    time: string;
    periods: [string, string];
    days: string[];
    shortDays: string[];
    months: string[];
    shortMonths: string[];
  };
}

const INTL_LOCALE: Record<Language, string> = { be: 'be', ru: 'ru', en: 'en-GB' };

/** vega's number and time locale for a language, from Intl, so the chart reads like the digest. */
export function chartLocale(language: Language): ChartLocale {
  const tag = INTL_LOCALE[language];
  const parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const names = (options: Intl.DateTimeFormatOptions, count: number, at: (i: number) => Date) =>
    Array.from({ length: count }, (_, i) =>
      new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(at(i)).replace(/\.$/u, ''),
    );
  // 5 January 2026 was a Monday; d3 lists days from Sunday.
  const weekday = (i: number) => new Date(Date.UTC(2026, 0, 4 + i));
  const month = (i: number) => new Date(Date.UTC(2026, i, 15));
  // The month as used inside a date ("5 снежня"), not as a heading ("снежань").
  const monthInDate = (style: 'long' | 'short') => (i: number) => {
    const formatted = new Intl.DateTimeFormat(tag, { day: 'numeric', month: style, timeZone: 'UTC' }).formatToParts(
      month(i),
    );
    return (formatted.find((p) => p.type === 'month')?.value ?? '').replace(/\.$/u, '');
  };
  return {
    number: { decimal: part('decimal', '.'), thousands: part('group', ','), grouping: [3], currency: ['', ''] },
    time: {
      dateTime: '%x %X',
      date: '%d.%m.%Y',
      time: '%H:%M',
      periods: ['AM', 'PM'],
      days: names({ weekday: 'long' }, 7, weekday),
      shortDays: names({ weekday: 'short' }, 7, weekday),
      months: Array.from({ length: 12 }, (_, i) => monthInDate('long')(i)),
      shortMonths: Array.from({ length: 12 }, (_, i) => monthInDate('short')(i)),
    },
  };
}

export const CHART_FONT = 'DejaVu Sans';
const WIDTH = 760;
const LINE_HEIGHT = 300;
const BAR_HEIGHT = 80;
const HELD_COLOUR = '#b3261e';
const NEW_COLOUR = '#5f6b7a';
const BATCH_COLOUR = '#1f6f43';

function utcMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/**
 * A Vega spec: the number held as a line, release batches as labelled vertical rules, and newly
 * listed people per week as bars below, on one time axis. Dates are UTC midnights of local dates,
 * drawn with UTC scales, so the picture does not depend on the server's zone.
 */
export function heldChartSpec(data: HeldChartData, texts: ChartTexts): Spec {
  const held = data.held.map((d) => ({ t: utcMs(d.day), v: d.held }));
  const weeks = data.newPerWeek.map((w) => ({
    t0: utcMs(w.week),
    t1: utcMs(w.week) + 7 * DAY_MS - DAY_MS / 2,
    v: w.count,
  }));
  const batches = data.batches.map((b, i) => ({ t: utcMs(b.day), title: b.title, row: i % 3 }));
  const first = held[0]?.t ?? 0;
  const last = held.at(-1)?.t ?? first;
  const font = { font: CHART_FONT };
  const axis = {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 12,
    labelColor: '#333',
    domainColor: '#888',
    tickColor: '#888',
    gridColor: '#e6e6e6',
  };
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: WIDTH,
    height: LINE_HEIGHT + BAR_HEIGHT + 40,
    padding: { top: 16, left: 12, right: 24, bottom: 12 },
    background: '#ffffff',
    config: { text: font, title: font, legend: { labelFont: CHART_FONT, titleFont: CHART_FONT } },
    title: { text: texts.title, anchor: 'start', fontSize: 17, fontWeight: 'bold', offset: 12, color: '#111' },
    data: [
      { name: 'held', values: held },
      { name: 'weeks', values: weeks },
      { name: 'batches', values: batches },
      { name: 'latest', values: held.slice(-1) },
      {
        name: 'legend',
        values: [
          { label: texts.heldLegend, colour: HELD_COLOUR },
          { label: texts.newLegend, colour: NEW_COLOUR },
        ],
      },
    ],
    scales: [
      { name: 'x', type: 'utc', domain: [first, last], range: 'width' },
      {
        name: 'y',
        type: 'linear',
        domain: { data: 'held', field: 'v' },
        range: [LINE_HEIGHT, 0],
        zero: false,
        nice: true,
        padding: 8,
      },
      {
        name: 'bars',
        type: 'linear',
        domain: { data: 'weeks', field: 'v' },
        domainMin: 0,
        range: [LINE_HEIGHT + 40 + BAR_HEIGHT, LINE_HEIGHT + 40],
        nice: true,
      },
      {
        name: 'colour',
        type: 'ordinal',
        domain: { data: 'legend', field: 'label' },
        range: { data: 'legend', field: 'colour' },
      },
    ],
    axes: [
      { orient: 'left', scale: 'y', grid: true, tickCount: 5, format: ',d', ...axis },
      { orient: 'left', scale: 'bars', tickCount: 2, format: ',d', ...axis },
      { orient: 'bottom', scale: 'x', tickCount: { interval: 'week', step: 2 }, format: '%e %b', ...axis },
    ],
    // Between the line and the bars: the only band no data is ever drawn in.
    legends: [
      {
        fill: 'colour',
        orient: 'none',
        legendX: 0,
        legendY: LINE_HEIGHT + 12,
        direction: 'horizontal',
        symbolType: 'square',
        labelFontSize: 12,
        labelLimit: 400,
        columnPadding: 24,
      },
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 'weeks' },
        clip: true,
        encode: {
          enter: {
            x: { scale: 'x', field: 't0' },
            x2: { scale: 'x', field: 't1' },
            y: { scale: 'bars', field: 'v' },
            y2: { scale: 'bars', value: 0 },
            fill: { value: NEW_COLOUR },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'weeks' },
        clip: true,
        encode: {
          enter: {
            x: { scale: 'x', signal: '(datum.t0 + datum.t1) / 2' },
            y: { scale: 'bars', field: 'v', offset: -3 },
            text: { signal: "format(datum.v, ',d')" },
            align: { value: 'center' },
            fontSize: { value: 10 },
            fill: { value: '#333' },
          },
        },
      },
      {
        type: 'rule',
        from: { data: 'batches' },
        encode: {
          enter: {
            x: { scale: 'x', field: 't' },
            y: { value: 0 },
            y2: { value: LINE_HEIGHT },
            stroke: { value: BATCH_COLOUR },
            strokeDash: { value: [4, 3] },
            strokeWidth: { value: 1.5 },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'batches' },
        encode: {
          enter: {
            x: { scale: 'x', field: 't', offset: -4 },
            y: { signal: `${LINE_HEIGHT} - 6 - datum.row * 15` },
            text: { field: 'title' },
            align: { value: 'right' },
            fontSize: { value: 11 },
            fill: { value: BATCH_COLOUR },
            limit: { value: 420 },
          },
        },
      },
      {
        type: 'line',
        from: { data: 'held' },
        encode: {
          enter: {
            x: { scale: 'x', field: 't' },
            y: { scale: 'y', field: 'v' },
            stroke: { value: HELD_COLOUR },
            strokeWidth: { value: 2.5 },
            interpolate: { value: 'step-after' },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'latest' },
        encode: {
          enter: {
            x: { scale: 'x', field: 't', offset: -2 },
            y: { scale: 'y', field: 'v', offset: -8 },
            text: { signal: "format(datum.v, ',d')" },
            align: { value: 'right' },
            fontSize: { value: 13 },
            fontWeight: { value: 'bold' },
            fill: { value: HELD_COLOUR },
          },
        },
      },
    ],
  };
}

/** A date as the caption says it: "7 December 2026", "7 снежня 2026 г.". */
export function chartDateLabel(language: Language, day: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** Newly listed people over the whole chart. */
export function newlyListedTotal(data: HeldChartData): number {
  return data.newPerWeek.reduce((sum, w) => sum + w.count, 0);
}
