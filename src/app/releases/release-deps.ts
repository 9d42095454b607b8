import type { Db } from '../../db/database.ts';
import type { Language } from '../../domain/language.ts';
import type { Clock } from '../../domain/clock.ts';
import type { PendingNameMatcher } from '../status-changes/pending-follows.ts';
import type { NameSearch } from '../follows/prisoner-cards.ts';
import type { ReleaseConfirmDeps } from './release-confirm.ts';
import type { ReleaseDraftDeps } from './release-drafts.ts';
import type { ReleaseUndoDeps } from './release-undo.ts';
import type { Translate } from '../ports.ts';

export interface ReleaseUseCases {
  drafts: ReleaseDraftDeps;
  confirm: ReleaseConfirmDeps;
  undo: ReleaseUndoDeps;
}

/** The name engine (`RegistryIndex`) as releases use it: searching lists, and matching pending follows on confirm. */
export interface ReleaseNames extends NameSearch {
  pendingMatcher(): PendingNameMatcher;
  refresh(): Promise<void>;
}

/**
 * What the release use-cases need, built once from the same parts for the chat and for the admin
 * desk: both drive the same dialogue, preview and transaction.
 */
export function releaseUseCases(o: {
  db: Db;
  clock: Clock;
  translate: Translate;
  search: ReleaseNames;
  timezone: string;
  botUsername: string;
  adminIds: readonly number[];
  defaultLanguage: Language;
  approvalThreshold: number;
}): ReleaseUseCases {
  const index = o.search;
  const common = { db: o.db, clock: o.clock, translate: o.translate };
  const matcher = index.pendingMatcher();
  return {
    drafts: { db: o.db, search: index, clock: o.clock, timezone: o.timezone },
    confirm: {
      ...common,
      botUsername: o.botUsername,
      adminIds: o.adminIds,
      defaultLanguage: o.defaultLanguage,
      approvalThreshold: o.approvalThreshold,
      matcher,
      prepareMatcher: () => index.refresh(),
    },
    undo: { ...common, botUsername: o.botUsername, matcher },
  };
}
