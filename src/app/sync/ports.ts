import type { Db } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import type { Language } from '../../domain/language.ts';
import type { BreakerReason, BreakerThresholds } from '../../domain/sync-plan.ts';
import type { Logger } from '../../logging.ts';
import type { SourceFetcher } from '../../source/source-fetcher.ts';
import type { AlertRendererDeps } from '../status-changes/alert-renderer.ts';
import type { PendingNameMatcher } from '../status-changes/pending-follows.ts';

/** What a sync run needs (its ports and settings) and how it ends. */
export interface SyncDeps extends AlertRendererDeps {
  db: Db;
  fetcher: SourceFetcher;
  clock: Clock;
  defaultLanguage: Language;
  adminIds: readonly number[];
  matcher: PendingNameMatcher;
  /** Brings what the matcher knows up to date (the in-memory name index) before a run. */
  prepareMatcher?: () => Promise<void>;
  thresholds: BreakerThresholds;
  /** Failed runs in a row before admins are told (once, and again on recovery). */
  failureAlertAfter: number;
  /** DESK_URL: notices of held runs carry a button to the admin desk. */
  deskUrl?: string;
  logger?: Logger;
}

export type SyncOutcome = { outcome: 'skipped' } | SyncRunOutcome;

/** How one run of a source ended. */
export type SyncRunOutcome =
  | { outcome: 'unchanged'; runId: number; why: string }
  | {
      outcome: 'applied';
      runId: number;
      counts: Record<string, number>;
      quarantined: number;
      alerts: number;
      attached: number;
    }
  | { outcome: 'held'; runId: number; counts: Record<string, number>; reasons: BreakerReason[] }
  /** `unreadable`: the body could not be read or was too large; `fetch`: the source did not answer; `error`: anything else (database, bug). */
  | { outcome: 'failed'; runId: number; reason: string; cause: FailureCause };

export type FailureCause = 'unreadable' | 'fetch' | 'error';
