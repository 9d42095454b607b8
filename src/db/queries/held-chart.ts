import { sql } from 'drizzle-orm';
import type { BatchTitles } from '../../domain/batch-title.ts';
import type { CustodyChange } from '../../domain/held-chart.ts';
import type { PrisonerStatus } from '../../domain/status.ts';
import type { Db } from '../database.ts';
import { rowsOf } from '../rows.ts';

export interface ChartSourceRows {
  changes: CustodyChange[];
  batches: { day: string; title: string; titles: BatchTitles | null }[];
  firstRecordedDay: string | null;
}

/**
 * What a chart is drawn from: status changes recorded since `since` (not undone), by the local date
 * they were recorded on in `timeZone`; confirmed release batches released since then; and the first
 * local date anything was recorded at all.
 */
export async function chartSourceRows(db: Db, since: Date, timeZone: string): Promise<ChartSourceRows> {
  const changes = await db.execute(sql`
    select (h.created_at at time zone ${timeZone})::date::text as day, h.from_status, h.to_status,
      (h.kind = 'newly_listed' and h.announced and coalesce(h.details->>'initialImport', 'false') <> 'true') as newly_listed
    from status_history h
    where h.created_at >= ${since.toISOString()}::timestamptz and h.reverted_at is null
      and h.from_status is distinct from h.to_status`);
  const batches = await db.execute(sql`
    select release_date::text as day, title, titles from release_batches
    where status = 'confirmed' and release_date >= (${since.toISOString()}::timestamptz at time zone ${timeZone})::date`);
  const [first] = rowsOf<{ day: string | null }>(
    await db.execute(sql`select (min(created_at) at time zone ${timeZone})::date::text as day from status_history`),
  );
  return {
    changes: rowsOf<Record<string, unknown>>(changes).map((r) => ({
      day: String(r.day),
      from: (r.from_status as PrisonerStatus | null) ?? null,
      to: (r.to_status as PrisonerStatus | null) ?? null,
      newlyListed: r.newly_listed === true,
    })),
    batches: rowsOf<Record<string, unknown>>(batches).map((r) => ({
      day: String(r.day),
      title: String(r.title),
      titles: (typeof r.titles === 'string' ? JSON.parse(r.titles) : r.titles) as BatchTitles | null,
    })),
    firstRecordedDay: first?.day ?? null,
  };
}

/** The stored picture for (language, date), if drawn already. */
export async function findChartImage(
  db: Db,
  language: string,
  chartDate: string,
): Promise<{ id: number; caption: string; telegramFileId: string | null } | undefined> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
    select id, caption, telegram_file_id from chart_images where language = ${language} and chart_date = ${chartDate}::date`),
  );
  return row
    ? {
        id: Number(row.id),
        caption: String(row.caption),
        telegramFileId: (row.telegram_file_id as string | null) ?? null,
      }
    : undefined;
}

/** Stores a drawn picture; if another process stored one for the same (language, date) first, that one is kept. */
export async function storeChartImage(
  db: Db,
  language: string,
  chartDate: string,
  png: Uint8Array,
  caption: string,
): Promise<{ id: number; caption: string }> {
  await db.execute(sql`
    insert into chart_images (language, chart_date, png, caption) values (${language}, ${chartDate}::date, ${Buffer.from(png)}, ${caption})
    on conflict (language, chart_date) do nothing`);
  const found = await findChartImage(db, language, chartDate);
  if (!found) throw new Error('chart image vanished after insert');
  return { id: found.id, caption: found.caption };
}

/** The picture's bytes, for its first upload. */
export async function chartImagePng(db: Db, id: number): Promise<Uint8Array | undefined> {
  const [row] = rowsOf<{ png: unknown }>(await db.execute(sql`select png from chart_images where id = ${id}`));
  if (!row) return undefined;
  const png = row.png;
  if (png instanceof Uint8Array) return png;
  // A driver that hands bytea back as text gives the hex form.
  if (typeof png === 'string' && png.startsWith('\\x')) return Buffer.from(png.slice(2), 'hex');
  throw new Error('unexpected bytea shape');
}

/** Remembers Telegram's id of an uploaded picture; the first one stored stays. */
export async function rememberChartFileId(db: Db, id: number, fileId: string): Promise<void> {
  await db.execute(
    sql`update chart_images set telegram_file_id = ${fileId} where id = ${id} and telegram_file_id is null`,
  );
}
