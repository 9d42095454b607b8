import { describe, expect, it } from 'vitest';
import { detectChanges } from '../../src/domain/change-detector.ts';
import { nextClaim, statusIsNews } from '../../src/domain/source-claim.ts';
import type { SourceClaim } from '../../src/domain/source-record.ts';
import type { SourceRecord, StoredRecord } from '../../src/domain/source-record.ts';
import { incoming, stored } from './records.ts';

/** The source listed the person as held since 2024; then an admin's batch pardoned them on 13 December 2025. */
const said: SourceClaim = { status: 'imprisoned', statusSince: '2024-01-10', detainedAt: '2023-05-01' };
const pardoned = (claim: SourceClaim | null = said): StoredRecord =>
  stored({ status: 'pardoned', statusSince: '2025-12-13', detainedAt: '2023-05-01', sourceClaim: claim });
const lists = (overrides: Partial<SourceRecord> = {}) =>
  incoming({ status: 'imprisoned', statusSince: '2024-01-10', detainedAt: '2023-05-01', ...overrides });

describe('a lagging source against a later fact (a confirmed batch)', () => {
  it.each<[string, SourceClaim | null, Partial<SourceRecord>, boolean]>([
    ['the same record as before the batch: lag', said, {}, false],
    [
      'the same record, no status date given (HTML): lag',
      { ...said, statusSince: null },
      { statusSince: undefined },
      false,
    ],
    ['a new status date after the batch: news', said, { statusSince: '2025-12-20' }, true],
    ['a status date moved, but to before the batch: lag', said, { statusSince: '2024-02-01' }, false],
    ['a new detention after the batch: news', said, { detainedAt: '2025-12-19' }, true],
    [
      'a new status the source does not date: seen changing after the batch, news',
      said,
      { status: 'detained', statusSince: undefined },
      true,
    ],
    ['a new status dated before the batch: lag', said, { status: 'detained', statusSince: '2024-06-01' }, false],
    ['a source never read about this person, undated: lag', null, { statusSince: undefined }, false],
    ['a source never read about this person, dated after the batch: news', null, { statusSince: '2025-12-20' }, true],
  ])('%s', (_name, claim, overrides, news) => {
    expect(statusIsNews(pardoned(claim), lists(overrides))).toBe(news);
  });

  it('a source that caught up and then says "held" again is news (its own record changed)', () => {
    const caughtUp: SourceClaim = { status: 'pardoned', statusSince: '2025-12-13', detainedAt: '2023-05-01' };
    expect(statusIsNews(pardoned(caughtUp), lists({ statusSince: undefined }))).toBe(true);
  });

  it('a status the source itself set is compared as always: any change is news', () => {
    const own = stored({ status: 'imprisoned', statusSince: '2024-01-10', sourceClaim: said });
    expect(statusIsNews(own, lists({ status: 'released', statusSince: '2020-01-01' }))).toBe(true);
    // Our "held again" is the source's plain "held".
    expect(
      statusIsNews(stored({ status: 'returned_to_custody', sourceClaim: said }), lists({ status: 'released' })),
    ).toBe(true);
  });

  it('lag changes neither the status nor its date, while the rest of the record is still read', () => {
    const change = detectChanges(pardoned(), lists({ region: 'Minsk' }));
    expect(change.events).toEqual([
      expect.objectContaining({ kind: 'correction', details: { fields: { region: { from: null, to: 'Minsk' } } } }),
    ]);
    expect(change.patch).toEqual({ region: 'Minsk' });
    expect(detectChanges(pardoned(), lists({ statusSince: '2025-12-20' })).events.map((e) => e.kind)).toEqual([
      'returned_to_custody',
    ]);
  });

  it('remembers what the source says, keeping what it leaves unsaid; a new status drops the old date', () => {
    expect(nextClaim(said, incoming({ status: undefined, statusSince: undefined }))).toEqual(said);
    expect(nextClaim(said, incoming({ status: 'released', statusSince: undefined, detainedAt: undefined }))).toEqual({
      status: 'released',
      statusSince: null,
      detainedAt: '2023-05-01',
    });
    expect(nextClaim(undefined, incoming({ statusSince: '2024-01-10' }))).toEqual({
      status: 'imprisoned',
      statusSince: '2024-01-10',
      detainedAt: null,
    });
  });
});
