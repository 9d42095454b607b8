import type { Db } from '../../db/database.ts';
import { countListed } from '../../db/queries/prisoners.ts';
import { listSources, sourceForUrl, upsertConfiguredSource, type SourceRow } from '../../db/queries/sources.ts';
import { heldRuns } from '../../db/queries/sync-runs.ts';
import type { SourceDefinition } from '../../domain/source-definition.ts';
import type { SourceFormat } from '../../source/parse-source.ts';

/** The sources the database knows: configured ones once synced, and ad-hoc files or URLs synced by hand. */
export function storedSources(db: Db): Promise<SourceRow[]> {
  return listSources(db);
}

/** A stored source with how it stands: people it lists and runs held for an admin. */
export interface SourceState {
  source: SourceRow;
  listed: number;
  heldRunIds: number[];
}

export async function sourceStates(db: Db): Promise<SourceState[]> {
  const states: SourceState[] = [];
  for (const source of await listSources(db)) {
    const held = await heldRuns(db, source.id);
    states.push({ source, listed: await countListed(db, source.id), heldRunIds: held.map((r) => r.id) });
  }
  return states;
}

/** The row of a configured source, made or brought up to date as the bot does at start-up. */
export function configuredSourceRow(db: Db, definition: SourceDefinition): Promise<SourceRow> {
  return upsertConfiguredSource(db, definition);
}

/** The row of a file or URL synced by hand, made on its first run. */
export function adHocSourceRow(db: Db, url: string, format: SourceFormat): Promise<SourceRow> {
  return sourceForUrl(db, url, format);
}
