import type { Db } from '../../db/database.ts';
import {
  prisonersByIds,
  registerFingerprint,
  registerRevisions,
  type RegisterFingerprint,
} from '../../db/queries/register-revisions.ts';
import type { PrisonerRow } from '../../db/schema/index.ts';
import { NameIndex, compileQuery, type MatchResult, type PersonRecord } from '../../domain/names/index.ts';
import { kindOfAlias, type OtherNameKind } from '../../domain/other-names.ts';
import type { PendingNameMatcher } from '../status-changes/pending-follows.ts';

export interface RegistryCandidate {
  prisonerId: number;
  score: number;
  /** The stored spelling that matched best. */
  name: string;
  /** Set when that spelling is another name of the person (maiden, pseudonym …). */
  kind?: OtherNameKind;
}

export interface RegistryMatch {
  decision: MatchResult['decision'];
  candidates: RegistryCandidate[];
  hints: MatchResult['hints'];
}

/** A prisoner row as the name engine sees it: every spelling, birth year, region. */
export function personFromRow(
  row: Pick<
    PrisonerRow,
    'id' | 'nameBe' | 'nameRu' | 'nameEn' | 'aliases' | 'gender' | 'birthYear' | 'birthDate' | 'region'
  > &
    Partial<Pick<PrisonerRow, 'aliasKinds'>>,
): PersonRecord {
  const names: PersonRecord['names'][number][] = [];
  if (row.nameBe) names.push({ text: row.nameBe, lang: 'be' });
  if (row.nameRu) names.push({ text: row.nameRu, lang: 'ru' });
  if (row.nameEn) names.push({ text: row.nameEn, lang: 'en' });
  for (const text of row.aliases) {
    const kind = kindOfAlias(row.aliasKinds, text);
    names.push(kind ? { text, kind } : { text });
  }
  const birthYear = row.birthYear ?? (row.birthDate ? Number(row.birthDate.slice(0, 4)) : undefined);
  return { id: String(row.id), names, gender: row.gender ?? undefined, birthYear, region: row.region ?? undefined };
}

/**
 * The register's names in memory, for the name engine. Every search first asks the database whether
 * anything changed (count and sum of revisions: one cheap aggregate); if so it reloads just the rows
 * whose revision it has not seen. Revisions come from a sequence and a trigger, so this holds across
 * processes and does not depend on clocks or on commit order.
 */
export class RegistryIndex {
  private readonly index = new NameIndex();
  private readonly revisions = new Map<number, number>();
  private fingerprint: RegisterFingerprint | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly db: Db) {}

  get size(): number {
    return this.index.size;
  }

  /** Brings the index up to date with the database. Concurrent callers share one refresh. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  async search(query: string, limit = 5): Promise<RegistryMatch> {
    await this.refresh();
    return toRegistryMatch(this.index.search(query, { limit }));
  }

  async searchMany(queries: readonly string[], limit = 5): Promise<RegistryMatch[]> {
    await this.refresh();
    return queries.map((query) => toRegistryMatch(this.index.search(query, { limit })));
  }

  /**
   * For source sync: is this newly listed person the one a pending follow was waiting for? Judged
   * against the whole register with the newcomer in it, so an existing namesake keeps it `ambiguous`.
   * Synchronous (sync calls it inside its transaction): call `refresh()` before the run.
   */
  pendingMatcher(): PendingNameMatcher {
    return (pendingName, person) => {
      const probe = '__newcomer__';
      this.index.upsert({
        id: probe,
        names: person.names.map((text) => ({ text })),
        birthYear: person.birthYear,
        gender: person.gender,
      });
      try {
        const result = this.index.search(compileQuery(pendingName), { limit: 2 });
        return result.decision === 'match' && result.candidates[0]?.id === probe;
      } finally {
        this.index.remove(probe);
      }
    };
  }

  private async doRefresh(): Promise<void> {
    const fingerprint = await registerFingerprint(this.db);
    if (
      this.fingerprint &&
      this.fingerprint.count === fingerprint.count &&
      this.fingerprint.revisions === fingerprint.revisions
    )
      return;

    const current = await registerRevisions(this.db);
    const seen = new Set<number>();
    const changed: number[] = [];
    for (const { id, revision } of current) {
      seen.add(id);
      if (this.revisions.get(id) !== revision) changed.push(id);
    }
    for (const id of [...this.revisions.keys()]) {
      if (!seen.has(id)) {
        this.revisions.delete(id);
        this.index.remove(String(id));
      }
    }
    for (let i = 0; i < changed.length; i += 1000) {
      const rows = await prisonersByIds(this.db, changed.slice(i, i + 1000));
      for (const row of rows) {
        this.index.upsert(personFromRow(row));
        this.revisions.set(row.id, row.revision);
      }
    }
    this.fingerprint = fingerprint;
  }
}

function toRegistryMatch(result: MatchResult): RegistryMatch {
  return {
    decision: result.decision,
    hints: result.hints,
    candidates: result.candidates.map((c) => ({
      prisonerId: Number(c.id),
      score: c.score,
      name: c.name,
      ...(c.kind ? { kind: c.kind } : {}),
    })),
  };
}
