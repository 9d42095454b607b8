import { describe, expect, it } from 'vitest';
import { detectChanges } from '../../src/domain/change-detector.ts';
import type { SourceRecord, StoredRecord } from '../../src/domain/source-record.ts';
import { incoming, stored } from './records.ts';

/** Applies what the detector found, as the database would, and returns the new stored row. */
function apply(before: StoredRecord, record: SourceRecord): { after: StoredRecord; kinds: string[] } {
  const change = detectChanges(before, record);
  return { after: { ...before, ...change.patch }, kinds: change.events.map((e) => e.kind) };
}

/** Runs a sequence of snapshots through the detector; each step's kinds, then a re-sync of the last. */
function sequence(start: StoredRecord, ...snapshots: SourceRecord[]): string[][] {
  let current = start;
  const steps: string[][] = [];
  for (const snapshot of snapshots) {
    const { after, kinds } = apply(current, snapshot);
    steps.push(kinds);
    current = after;
  }
  steps.push(apply(current, snapshots.at(-1)!).kinds);
  return steps;
}

describe('detectChanges: what happened to a person', () => {
  it('stores which alias is a maiden name or a pseudonym without calling it news', () => {
    const labelled = incoming({ aliases: ['Кацярына Мароз'], aliasKinds: { 'Кацярына Мароз': 'maiden' } });
    expect(detectChanges(undefined, labelled).patch.aliasKinds).toEqual({ 'Кацярына Мароз': 'maiden' });
    const before = stored({ aliases: ['Кацярына Мароз'], aliasKinds: {} });
    expect(detectChanges(before, labelled)).toEqual({
      events: [],
      patch: { aliasKinds: { 'Кацярына Мароз': 'maiden' } },
    });
    expect(
      detectChanges(stored({ aliases: ['Кацярына Мароз'], aliasKinds: { 'Кацярына Мароз': 'maiden' } }), labelled),
    ).toEqual({ events: [], patch: {} });
  });

  it('lists a person new to the register, with every field the source gave', () => {
    const change = detectChanges(undefined, incoming({ recognizedAt: '2020-06-01' }));
    expect(change.events).toEqual([
      { kind: 'newly_listed', fromStatus: null, toStatus: 'imprisoned', occurredOn: '2020-06-01', details: {} },
    ]);
    expect(change.patch).toMatchObject({
      externalId: 'v:1',
      nameBe: 'Мікалай Статкевіч',
      status: 'imprisoned',
      sentenceYears: 14,
      facilityName: 'ИК-13 Глубокое',
      region: null,
    });
  });

  it('marks the first import of a source as the baseline, not news', () => {
    expect(detectChanges(undefined, incoming(), { initialImport: true }).events[0]!.details).toEqual({
      initialImport: true,
    });
  });

  it('says nothing when the same record comes again', () => {
    expect(detectChanges(stored(), incoming())).toEqual({ events: [], patch: {} });
  });

  it('reads an absent field as "not said", never as erased', () => {
    const sparse = incoming({
      facilityName: undefined,
      facilityAddress: undefined,
      sentence: undefined,
      articles: [],
      gender: undefined,
      birthYear: undefined,
    });
    expect(detectChanges(stored(), sparse).events).toEqual([]);
  });

  it.each([
    ['detained', { status: 'house_arrest' as const }, { status: 'detained' as const }, 'detained'],
    ['released', {}, { status: 'released' as const }, 'released'],
    ['pardoned', {}, { status: 'pardoned' as const }, 'pardoned'],
    ['whereabouts_unknown', {}, { status: 'whereabouts_unknown' as const }, 'whereabouts_unknown'],
    ['died_in_custody', {}, { status: 'died_in_custody' as const }, 'died_in_custody'],
    [
      'contact_restored',
      { status: 'whereabouts_unknown' as const, statusBeforeUnknown: 'imprisoned' as const },
      { status: 'imprisoned' as const },
      'contact_restored',
    ],
  ])('%s', (_name, before: Partial<StoredRecord>, now, kind) => {
    const change = detectChanges(stored(before), incoming(now));
    expect(change.events.map((e) => e.kind)).toEqual([kind]);
    expect(change.events[0]).toMatchObject({ fromStatus: before.status ?? 'imprisoned', toStatus: now.status });
  });

  it('sentenced: a verdict for someone held before trial, with term, penalty and date', () => {
    const before = stored({
      status: 'detained',
      sentenceYears: null,
      sentenceMonths: null,
      facilityName: 'СИЗО-1 Минск',
      penalty: null,
    });
    const change = detectChanges(
      before,
      incoming({
        status: 'imprisoned',
        sentence: { years: 3, months: 6 },
        penalty: 'general regime colony',
        verdictAt: '2025-02-01',
        statusSince: '2025-02-01',
      }),
    );
    expect(change.events).toHaveLength(1);
    expect(change.events[0]).toMatchObject({
      kind: 'sentenced',
      occurredOn: '2025-02-01',
      details: {
        sentence: { from: null, to: { years: 3, months: 6 } },
        penalty: 'general regime colony',
        verdictAt: '2025-02-01',
        facility: { from: { name: 'СИЗО-1 Минск' }, to: { name: 'ИК-13 Глубокое' } },
      },
    });
  });

  it('sentence_changed: an extra term under art. 411 while in the colony', () => {
    const change = detectChanges(
      stored(),
      incoming({ sentence: { years: 15, months: 0 }, articles: ['293', '411'], verdictAt: '2025-05-05' }),
    );
    expect(change.events).toEqual([
      {
        kind: 'sentence_changed',
        fromStatus: 'imprisoned',
        toStatus: 'imprisoned',
        occurredOn: '2025-05-05',
        details: {
          sentence: { from: { years: 14, months: 0 }, to: { years: 15, months: 0 } },
          verdictAt: '2025-05-05',
          articlesAdded: ['411'],
        },
      },
    ]);
  });

  it('sentence_changed: restriction of freedom replaced by a colony', () => {
    expect(
      detectChanges(stored({ status: 'restricted_freedom' }), incoming({ status: 'imprisoned' })).events.map(
        (e) => e.kind,
      ),
    ).toEqual(['sentence_changed']);
  });

  it('transferred: another facility, with its postal address', () => {
    const change = detectChanges(
      stored(),
      incoming({ facilityName: 'Тюрьма №4 Могилёв', facilityAddress: 'ул. Крупской, 99а, 212011 Могилёв' }),
    );
    expect(change.events).toEqual([
      {
        kind: 'transferred',
        fromStatus: 'imprisoned',
        toStatus: 'imprisoned',
        occurredOn: null,
        details: {
          facility: {
            from: { name: 'ИК-13 Глубокое', address: 'ул. Калинина, 2, 211800 Глубокое' },
            to: { name: 'Тюрьма №4 Могилёв', address: 'ул. Крупской, 99а, 212011 Могилёв' },
          },
        },
      },
    ]);
  });

  it('transferred to a place the source gives without an address: the old address goes, never shown for the new place', () => {
    const change = detectChanges(stored(), incoming({ facilityName: 'ИК-22 Ивацевичи', facilityAddress: undefined }));
    expect(change.events).toEqual([
      expect.objectContaining({
        kind: 'transferred',
        details: {
          facility: {
            from: { name: 'ИК-13 Глубокое', address: 'ул. Калинина, 2, 211800 Глубокое' },
            to: { name: 'ИК-22 Ивацевичи', address: null },
          },
        },
      }),
    ]);
    expect(change.patch).toEqual({ facilityName: 'ИК-22 Ивацевичи', facilityAddress: null });
    // The same place spelled anew keeps its address.
    expect(
      detectChanges(stored(), incoming({ facilityName: 'ИК 13 Глубокое', facilityAddress: undefined })).patch,
    ).toEqual({ facilityName: 'ИК 13 Глубокое' });
  });

  it('expelled: with the country, after a pardon or straight from prison', () => {
    expect(detectChanges(stored(), incoming({ status: 'expelled', expelledTo: 'LT' })).events[0]).toMatchObject({
      kind: 'expelled',
      details: { country: 'LT' },
    });
    expect(
      detectChanges(stored({ status: 'pardoned' }), incoming({ status: 'expelled', expelledTo: 'UA' })).events.map(
        (e) => e.kind,
      ),
    ).toEqual(['expelled']);
  });

  it('a spelling or data fix is a correction: recorded with both values, nothing announced', () => {
    const change = detectChanges(
      stored(),
      incoming({
        names: { be: 'Мікалай Статкевіч', ru: 'Николай Статкевич', en: 'Mikalai Statkevich' },
        facilityName: 'ИК 13 Глубокое',
        birthYear: 1957,
      }),
    );
    expect(change.events).toEqual([
      {
        kind: 'correction',
        fromStatus: 'imprisoned',
        toStatus: 'imprisoned',
        occurredOn: null,
        details: {
          fields: {
            birthYear: { from: 1956, to: 1957 },
            facilityName: { from: 'ИК-13 Глубокое', to: 'ИК 13 Глубокое' },
          },
        },
      },
    ]);
  });

  it('a facility first made known is filled in as a correction, not a transfer', () => {
    const change = detectChanges(stored({ facilityName: null, facilityAddress: null }), incoming());
    expect(change.events.map((e) => e.kind)).toEqual(['correction']);
  });

  it('a freed person re-worded by the source (pardoned → released) is a correction', () => {
    expect(
      detectChanges(stored({ status: 'pardoned' }), incoming({ status: 'released' })).events.map((e) => e.kind),
    ).toEqual(['correction']);
  });

  it('a withdrawn death report is never announced and needs a person to confirm', () => {
    const change = detectChanges(stored({ status: 'died_in_custody' }), incoming({ status: 'imprisoned' }));
    expect(change.events.map((e) => e.kind)).toEqual(['correction']);
    expect(change.sensitive).toMatch(/death/);
  });

  it('a person the source lists again after missing is put back quietly', () => {
    const change = detectChanges(stored({ missingFromSourceSince: new Date('2025-01-01') }), incoming());
    expect(change.events).toEqual([
      expect.objectContaining({ kind: 'correction', details: { fields: { listed: { from: false, to: true } } } }),
    ]);
    expect(change.patch).toEqual({ missingFromSourceSince: null });
  });
});

describe('the Statkevich case: pardoned, refused to leave, held again', () => {
  it('pardoned → imprisoned is a return to custody, and the next syncs stay quiet', () => {
    expect(
      sequence(
        stored(),
        incoming({ status: 'pardoned' }),
        incoming({ status: 'imprisoned' }),
        incoming({ status: 'imprisoned' }),
      ),
    ).toEqual([['pardoned'], ['returned_to_custody'], [], []]);
  });

  it('expelled → detained is a return to custody too', () => {
    expect(
      detectChanges(stored({ status: 'expelled', expelledTo: 'LT' }), incoming({ status: 'detained' })).events.map(
        (e) => e.kind,
      ),
    ).toEqual(['returned_to_custody']);
  });

  it('pardoned → whereabouts unknown → found in a prison: the return to custody says contact was restored', () => {
    const lost = { ...stored({ status: 'whereabouts_unknown' }), statusBeforeUnknown: 'pardoned' as const };
    const change = detectChanges(lost, incoming({ status: 'imprisoned', facilityName: 'Тюрьма №4 Могилёв' }));
    expect(change.events).toEqual([
      expect.objectContaining({
        kind: 'returned_to_custody',
        toStatus: 'returned_to_custody',
        details: expect.objectContaining({ contactRestored: true }),
      }),
    ]);
    expect(change.patch.status).toBe('returned_to_custody');
  });

  it('a return to custody then moved elsewhere is a transfer', () => {
    expect(
      detectChanges(
        stored({ status: 'returned_to_custody' }),
        incoming({ facilityName: 'Тюрьма №4 Могилёв' }),
      ).events.map((e) => e.kind),
    ).toEqual(['transferred']);
  });
});

describe('no flapping: applying a change and syncing the same snapshot again finds nothing', () => {
  it.each([
    [
      'sentenced',
      stored({ status: 'detained', sentenceYears: null }),
      incoming({ verdictAt: '2025-02-01', penalty: 'colony' }),
    ],
    ['transferred', stored(), incoming({ facilityName: 'ИК-9 Горки', facilityAddress: 'Горки' })],
    ['art. 411', stored(), incoming({ sentence: { years: 15, months: 0 }, articles: ['411', '293'] })],
    ['expelled', stored(), incoming({ status: 'expelled', expelledTo: 'LT', statusSince: '2025-09-11' })],
    ['correction', stored(), incoming({ aliases: ['Mikola Statkievich'], region: 'Minsk' })],
    ['relisted', stored({ missingFromSourceSince: new Date('2025-01-01') }), incoming()],
  ])('%s', (_name, before, snapshot) => {
    const [first, again] = sequence(before, snapshot);
    expect(first!.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
  });
});
