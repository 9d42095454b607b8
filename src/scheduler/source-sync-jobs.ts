import { runScheduledSync } from '../app/sync/source-sync.ts';
import type { SyncDeps } from '../app/sync/ports.ts';
import type { SourceRow } from '../db/queries/sources.ts';
import type { ScheduledJob } from './scheduler.ts';

/** One scheduled job per enabled source, on the source's own schedule. */
export function sourceSyncJobs(deps: SyncDeps, sources: readonly SourceRow[], worker: string): ScheduledJob[] {
  return sources
    .filter((s) => s.enabled)
    .map((source) => ({
      name: `sync:${source.name}`,
      schedule: source.schedule,
      run: (slot: string) => runScheduledSync(deps, source, slot, worker),
    }));
}
