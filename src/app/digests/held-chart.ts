import { renderChartPng } from '../../chart/chart-image.ts';
import type { Db } from '../../db/database.ts';
import { heldCount } from '../../db/queries/digests.ts';
import {
  chartImagePng,
  chartSourceRows,
  findChartImage,
  rememberChartFileId,
  storeChartImage,
} from '../../db/queries/held-chart.ts';
import { pickBatchTitle } from '../../domain/batch-title.ts';
import {
  CHART_DAYS,
  chartDateLabel,
  chartLocale,
  heldChartData,
  heldChartSpec,
  newlyListedTotal,
  type HeldChartData,
} from '../../domain/held-chart.ts';
import type { Language } from '../../domain/language.ts';
import { localDate } from '../../domain/local-date.ts';
import type { Translate } from '../ports.ts';

export interface HeldChartDeps {
  db: Db;
  translate: Translate;
  /** The zone whose calendar days the chart counts in (the service's default zone). */
  chartTimeZone: string;
}

export interface HeldChart {
  png: Uint8Array;
  /** Plain text (no markup): the caption under the photo. */
  caption: string;
  chartDate: string;
}

/** The figures of the chart ending on the local date of `now`. */
export async function heldChartFigures(
  deps: HeldChartDeps,
  language: Language,
  now: Date,
): Promise<{ data: HeldChartData; chartDate: string }> {
  const chartDate = localDate(now, deps.chartTimeZone);
  // A day more than drawn, so that a zone ahead of UTC still has the whole first day.
  const since = new Date(now.getTime() - (CHART_DAYS + 1) * 86_400_000);
  const [rows, heldNow] = [await chartSourceRows(deps.db, since, deps.chartTimeZone), await heldCount(deps.db)];
  const data = heldChartData({
    lastDay: chartDate,
    heldNow,
    changes: rows.changes,
    firstRecordedDay: rows.firstRecordedDay,
    batches: rows.batches.map((b) => ({ day: b.day, title: pickBatchTitle(b, language).text })),
  });
  return { data, chartDate };
}

export function chartCaption(translate: Translate, language: Language, data: HeldChartData, chartDate: string): string {
  return translate(language, 'chart-caption', {
    date: chartDateLabel(language, chartDate),
    count: data.held.at(-1)?.held ?? 0,
    new: newlyListedTotal(data),
  });
}

/** Draws the chart of the last 90 days in a language, from the database, in this process. */
export async function drawHeldChart(deps: HeldChartDeps, language: Language, now: Date): Promise<HeldChart> {
  const { data, chartDate } = await heldChartFigures(deps, language, now);
  const spec = heldChartSpec(data, {
    title: deps.translate(language, 'chart-title'),
    heldLegend: deps.translate(language, 'chart-held-legend'),
    newLegend: deps.translate(language, 'chart-new-legend'),
  });
  return {
    png: await renderChartPng(spec, chartLocale(language)),
    caption: chartCaption(deps.translate, language, data, chartDate),
    chartDate,
  };
}

/**
 * The stored picture of (language, today) with its caption, drawn and stored on first use; every
 * subscriber who gets the chart of the same day in the same language gets this one picture and caption.
 */
export async function chartImageFor(
  deps: HeldChartDeps,
  language: Language,
  now: Date,
): Promise<{ id: number; caption: string }> {
  const found = await findChartImage(deps.db, language, localDate(now, deps.chartTimeZone));
  if (found) return found;
  const chart = await drawHeldChart(deps, language, now);
  return storeChartImage(deps.db, language, chart.chartDate, chart.png, chart.caption);
}

/** What /stats sends: the day's picture (by Telegram's id once it has one) and its caption. */
export async function chartForReply(
  deps: HeldChartDeps,
  language: Language,
  now: Date,
): Promise<{ imageId: number; caption: string; photo: { fileId: string } | { png: Uint8Array } }> {
  const image = await chartImageFor(deps, language, now);
  const stored = await findChartImage(deps.db, language, localDate(now, deps.chartTimeZone));
  if (stored?.telegramFileId)
    return { imageId: image.id, caption: image.caption, photo: { fileId: stored.telegramFileId } };
  const png = await chartImagePng(deps.db, image.id);
  if (!png) throw new Error('chart picture not found');
  return { imageId: image.id, caption: image.caption, photo: { png } };
}

/** Keeps Telegram's id of a picture uploaded by a reply, so later sends go by id. */
export async function rememberChartUpload(db: Db, imageId: number, fileId: string): Promise<void> {
  await rememberChartFileId(db, imageId, fileId);
}
