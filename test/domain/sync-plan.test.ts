import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/domain/source-record.ts';
import {
  DEFAULT_THRESHOLDS,
  describeReasons,
  planSync,
  splitPlan,
  type PlanInput,
  type PlanStoredRecord,
} from '../../src/domain/sync-plan.ts';
import { incoming, stored } from './records.ts';

const NOW = new Date('2026-03-20T10:15:00Z');

/** `n` people in colonies, as the source lists them and as we store them. */
function register(n: number): { records: SourceRecord[]; rows: PlanStoredRecord[] } {
  const records = Array.from({ length: n }, (_, i) =>
    incoming({ externalId: `v:${i}`, names: { en: `Person ${i}` }, facilityName: `Colony ${i % 7}` }),
  );
  const rows = records.map((r, i) => ({ ...stored({ id: i + 1 }, r), ownedBySource: true }));
  return { records, rows };
}

function plan(overrides: Partial<PlanInput>): ReturnType<typeof planSync> {
  return planSync({
    stored: [],
    incoming: [],
    quarantined: [],
    shape: 's',
    previousShape: 's',
    initialImport: false,
    now: NOW,
    thresholds: DEFAULT_THRESHOLDS,
    ...overrides,
  });
}

describe('planSync: the whole run', () => {
  it('plans nothing for an unchanged snapshot', () => {
    const { records, rows } = register(50);
    expect(plan({ stored: rows, incoming: records })).toMatchObject({
      changes: [],
      counts: {},
      hold: false,
      listedBefore: 50,
    });
  });

  it('counts events by kind and carries the prisoner id of each change', () => {
    const { records, rows } = register(300);
    records[3] = { ...records[3]!, status: 'pardoned' };
    records[4] = { ...records[4]!, facilityName: 'Prison 4' };
    records.push(incoming({ externalId: 'new', names: { en: 'New Person' } }));
    const result = plan({ stored: rows, incoming: records });
    expect(result.counts).toEqual({ pardoned: 1, transferred: 1, newly_listed: 1 });
    expect(result.changes.map((c) => [c.externalId, c.prisonerId])).toEqual([
      ['v:3', 4],
      ['v:4', 5],
      ['new', null],
    ]);
    expect(result.hold).toBe(false);
  });

  it('marks a person the source stopped listing as missing, never released, and only once', () => {
    const { records, rows } = register(40);
    const result = plan({ stored: rows, incoming: records.slice(1) });
    expect(result.changes).toEqual([
      {
        externalId: 'v:0',
        prisonerId: 1,
        events: [expect.objectContaining({ kind: 'missing_from_source', toStatus: 'imprisoned' })],
        patch: { missingFromSourceSince: NOW },
      },
    ]);
    rows[0] = { ...rows[0]!, missingFromSourceSince: NOW };
    expect(plan({ stored: rows, incoming: records.slice(1) }).changes).toEqual([]);
  });

  it('does not call a person missing when only their row was unreadable', () => {
    const { records, rows } = register(40);
    const result = plan({
      stored: rows,
      incoming: records.slice(1),
      quarantined: [{ rowRef: '1', externalId: 'v:0', reason: 'bad date', raw: {} }],
    });
    expect(result.changes).toEqual([]);
    expect(result.quarantined).toHaveLength(1);
  });

  it('does not count people another source listed as missing from this one', () => {
    const { records, rows } = register(40);
    rows[0] = { ...rows[0]!, ownedBySource: false };
    expect(plan({ stored: rows, incoming: records.slice(1) }).changes).toEqual([]);
  });

  it('quarantines a new person without a status instead of guessing one', () => {
    const result = plan({
      incoming: [incoming({ externalId: 'x', status: undefined })],
      previousShape: null,
      initialImport: true,
    });
    expect(result.changes).toEqual([]);
    expect(result.quarantined).toEqual([
      expect.objectContaining({ rowRef: 'x', reason: 'has no status a person can be listed with' }),
    ]);
  });
});

describe('planSync: the circuit breaker', () => {
  it('lets a first import of thousands through: it is the baseline', () => {
    const { records } = register(2000);
    const result = plan({ incoming: records, previousShape: null, initialImport: true });
    expect(result.hold).toBe(false);
    expect(result.counts).toEqual({ newly_listed: 2000 });
    expect(result.changes[0]!.events[0]!.details).toEqual({ initialImport: true });
  });

  it('holds a run that would change more than 5 % of listed records', () => {
    const { records, rows } = register(400);
    for (let i = 0; i < 21; i++) records[i] = { ...records[i]!, facilityName: `Prison ${i}` };
    const result = plan({ stored: rows, incoming: records });
    expect(result.reasons).toEqual([{ rule: 'change_ratio', value: 21, limit: 20 }]);
    expect(result.hold).toBe(true);
    records[20] = { ...records[20]!, facilityName: 'Colony 6' };
    expect(plan({ stored: rows, incoming: records }).hold).toBe(false);
  });

  it('does not hold a small source for a handful of changes (the ratio floor)', () => {
    const { records, rows } = register(20);
    for (let i = 0; i < 5; i++) records[i] = { ...records[i]!, facilityName: `Prison ${i}` };
    expect(plan({ stored: rows, incoming: records }).hold).toBe(false);
  });

  it('holds more than 20 releases in one run, and lets 20 through', () => {
    const { records, rows } = register(1000);
    const free = (n: number) => records.map((r, i) => (i < n ? { ...r, status: 'pardoned' as const } : r));
    expect(plan({ stored: rows, incoming: free(21) }).reasons).toEqual([{ rule: 'releases', value: 21, limit: 20 }]);
    expect(plan({ stored: rows, incoming: free(20) }).hold).toBe(false);
  });

  it('holds a run in which more than 10 % of listed records vanish', () => {
    const { records, rows } = register(200);
    expect(plan({ stored: rows, incoming: records.slice(21) }).reasons).toEqual([
      { rule: 'row_drop', value: 21, limit: 20 },
    ]);
    expect(plan({ stored: rows, incoming: records.slice(20) }).hold).toBe(false);
  });

  it('holds a run whose columns changed', () => {
    const { records, rows } = register(10);
    const result = plan({ stored: rows, incoming: records, shape: 'name,status', previousShape: 'name,status,prison' });
    expect(result.reasons).toEqual([{ rule: 'shape', value: 'name,status', limit: 'name,status,prison' }]);
    expect(describeReasons(result.reasons)).toBe(
      'the source\'s columns changed from "name,status,prison" to "name,status"',
    );
  });

  it('holds a run in which more than 10 % of rows are unreadable', () => {
    const { records, rows } = register(100);
    const broken = Array.from({ length: 12 }, (_, i) => ({ rowRef: String(i), reason: 'bad date', raw: {} }));
    expect(
      plan({
        stored: rows,
        incoming: records.slice(12),
        quarantined: broken.map((q, i) => ({ ...q, externalId: `v:${i}` })),
      }).reasons,
    ).toEqual([{ rule: 'quarantine_ratio', value: 12, limit: 10 }]);
  });

  it('holds any run that would withdraw a death in custody', () => {
    const { records, rows } = register(10);
    rows[0] = { ...rows[0]!, status: 'died_in_custody' };
    expect(plan({ stored: rows, incoming: records }).reasons).toEqual([
      { rule: 'sensitive', value: 'v:0: a death in custody would be withdrawn', limit: 0 },
    ]);
  });

  it('takes its thresholds as parameters', () => {
    const { records, rows } = register(10);
    records[0] = { ...records[0]!, status: 'released' };
    expect(plan({ stored: rows, incoming: records, thresholds: { ...DEFAULT_THRESHOLDS, maxReleases: 0 } }).hold).toBe(
      true,
    );
  });
});

describe('planSync: people held apart, and what the source said', () => {
  it("marks grave news (not a first import) to wait for an admin, with the source's wording and page", () => {
    const { records, rows } = register(30);
    records[2] = {
      ...records[2]!,
      status: 'died_in_custody',
      statusText: 'памёр у калоніі',
      statusSince: '2026-03-18',
      sourceUrl: 'https://x.example/3',
    };
    const result = plan({ stored: rows, incoming: records });
    expect(result.hold).toBe(false);
    expect(result.changes[0]!.hold).toMatchObject({
      url: 'https://x.example/3',
      reasons: [
        {
          rule: 'grave',
          kind: 'died_in_custody',
          status: 'died_in_custody',
          occurredOn: '2026-03-18',
          wording: 'памёр у калоніі',
        },
      ],
    });
    expect(plan({ incoming: records, previousShape: null, initialImport: true }).changes.some((c) => c.hold)).toBe(
      false,
    );
  });

  it('marks the third flip of a day, from the recent history it is given', () => {
    const { records, rows } = register(30);
    const recent = [
      { from: 'imprisoned' as const, to: 'pardoned' as const, at: new Date(NOW.getTime() - 3_600_000 * 5) },
      { from: 'pardoned' as const, to: 'returned_to_custody' as const, at: new Date(NOW.getTime() - 3_600_000) },
    ];
    rows[0] = { ...rows[0]!, status: 'returned_to_custody', recentChanges: recent };
    records[0] = { ...records[0]!, status: 'pardoned' };
    expect(plan({ stored: rows, incoming: records }).changes[0]!.hold?.reasons).toEqual([
      { rule: 'flapping', statuses: ['imprisoned', 'pardoned', 'returned_to_custody', 'pardoned'] },
    ]);
  });

  it('remembers what the source says about each person, once, and only where it changed', () => {
    const { records, rows } = register(5);
    const claimed = rows.map((r) => ({ ...r, sourceClaim: null }));
    const first = plan({ stored: claimed, incoming: records });
    expect(first.changes.map((c) => [c.externalId, c.events, c.claim])).toEqual(
      records.map((r) => [r.externalId, [], { status: 'imprisoned', statusSince: null, detainedAt: null }]),
    );
    const known = claimed.map((r) => ({
      ...r,
      sourceClaim: { status: 'imprisoned' as const, statusSince: null, detainedAt: null },
    }));
    expect(plan({ stored: known, incoming: records }).changes).toEqual([]);
    expect(first.counts).toEqual({});
  });

  it('splits held people off the run, unless a held newcomer could be a namesake of another newcomer', () => {
    const { records, rows } = register(30);
    records[0] = { ...records[0]!, status: 'died_in_custody' };
    records[1] = { ...records[1]!, status: 'released' };
    const result = plan({ stored: rows, incoming: records });
    const split = splitPlan(result, new Set(['v:0']), new Set());
    expect(split?.apply.counts).toEqual({ released: 1 });
    expect(split?.held.map((c) => c.externalId)).toEqual(['v:0']);
    const newcomers = plan({
      stored: rows,
      incoming: [
        ...records,
        incoming({ externalId: 'n1', status: 'whereabouts_unknown' }),
        incoming({ externalId: 'n2' }),
      ],
    });
    expect(splitPlan(newcomers, new Set(['n1']), new Set())).toBeUndefined();
  });
});
