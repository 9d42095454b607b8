import { describe, expect, it } from 'vitest';
import {
  DIGEST_KINDS,
  DIGEST_SECTIONS,
  buildDigest,
  lineOf,
  type DigestEvent,
  type DigestModel,
} from '../../src/domain/digest-builder.ts';
import type { EventKind } from '../../src/domain/change-event.ts';
import type { PrisonerStatus } from '../../src/domain/status.ts';

const FROM = new Date('2026-12-04T17:00:00Z');
const TO = new Date('2026-12-05T17:00:00Z');
const period = { from: FROM, to: TO };
let nextId = 1;

function event(prisonerId: number, kind: EventKind, minutes: number, extra: Partial<DigestEvent> = {}): DigestEvent {
  return {
    historyId: nextId++,
    prisonerId,
    kind,
    recordedAt: new Date(FROM.getTime() + minutes * 60_000),
    nameBe: `P${prisonerId}`,
    nameRu: null,
    nameEn: null,
    toStatus: null,
    country: null,
    sentence: null,
    facility: null,
    batchTitle: null,
    endOfTerm: false,
    ...extra,
  };
}

const listed = (model: DigestModel) => model.sections.flatMap((s) => s.entries);

describe('digest model', () => {
  it('lists a person freed and held again in one period once, as held again, with the release on the same line', () => {
    const model = buildDigest({
      events: [event(1, 'released', 60), event(1, 'returned_to_custody', 120)],
      period,
      held: 10,
      heldBefore: 10,
    });
    expect(model.sections.map((s) => s.key)).toEqual(['listed']);
    expect(listed(model)).toEqual([expect.objectContaining({ line: 'returned_to_custody', earlier: ['released'] })]);
    expect(model.counts).toEqual([{ line: 'returned_to_custody', count: 1 }]);
  });

  it('counts whereabouts unknown from the people listed, not from the events recorded', () => {
    const events = [
      event(1, 'whereabouts_unknown', 10),
      event(1, 'contact_restored', 20),
      event(1, 'whereabouts_unknown', 30),
      event(2, 'whereabouts_unknown', 40),
    ];
    const model = buildDigest({ events, period, held: 10, heldBefore: null });
    expect(model.counts).toEqual([{ line: 'whereabouts_unknown', count: 2 }]);
    expect(model.entries).toBe(2);
  });

  it('puts deaths in custody and whereabouts unknown first, deaths before disappearances', () => {
    const events = [
      event(1, 'pardoned', 10),
      event(2, 'whereabouts_unknown', 20),
      event(3, 'transferred', 30),
      event(4, 'died_in_custody', 40),
      event(5, 'contact_restored', 50),
    ];
    const model = buildDigest({ events, period, held: 10, heldBefore: null });
    expect(model.sections.map((s) => s.key)).toEqual(['grave', 'transfers', 'releases', 'other']);
    expect(model.sections[0]!.entries.map((e) => e.event.prisonerId)).toEqual([4, 2]);
    expect(model.counts.map((c) => c.line)).toEqual([
      'died_in_custody',
      'whereabouts_unknown',
      'transferred',
      'pardoned',
      'contact_restored',
    ]);
  });

  it('lists a person newly listed as dead with the grave news, saying they were newly listed', () => {
    const model = buildDigest({
      events: [event(1, 'newly_listed', 10, { toStatus: 'died_in_custody' })],
      period,
      held: 0,
      heldBefore: null,
    });
    expect(model.sections[0]).toMatchObject({
      key: 'grave',
      entries: [{ line: 'died_in_custody', earlier: ['newly_listed'] }],
    });
  });

  it('tells a release at the end of the term apart from a plain release', () => {
    const model = buildDigest({
      events: [event(1, 'released', 10), event(2, 'released', 20, { endOfTerm: true })],
      period,
      held: 0,
      heldBefore: null,
    });
    expect(model.counts).toEqual([
      { line: 'released_end_of_term', count: 1 },
      { line: 'released', count: 1 },
    ]);
  });

  it('holds for random sequences: each person once, under their latest change; counts add up to what is listed', () => {
    const kinds: EventKind[] = [...DIGEST_KINDS, 'correction', 'missing_from_source'];
    const statuses: (PrisonerStatus | null)[] = [null, 'imprisoned', 'died_in_custody', 'whereabouts_unknown'];
    for (let seed = 1; seed <= 400; seed++) {
      const random = mulberry32(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      const events = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        // Some fall outside the period (before it, or after it).
        event(1 + Math.floor(random() * 8), pick(kinds), Math.floor(random() * 1800) - 200, {
          toStatus: pick(statuses),
          endOfTerm: random() < 0.3,
        }),
      );
      const only = random() < 0.3 ? new Set([1, 2, 3]) : undefined;
      const model = buildDigest({
        events: [...events].sort(() => random() - 0.5),
        period,
        held: 5,
        heldBefore: null,
        onlyPrisoners: only,
      });

      const inPeriod = events.filter(
        (e) =>
          e.recordedAt > FROM &&
          e.recordedAt <= TO &&
          DIGEST_KINDS.includes(e.kind) &&
          (!only || only.has(e.prisonerId)),
      );
      const people = [...new Set(inPeriod.map((e) => e.prisonerId))].sort();
      const entries = listed(model);
      expect(entries.map((e) => e.event.prisonerId).sort(), `seed ${seed}`).toEqual(people);
      for (const entry of entries) {
        const theirs = inPeriod.filter((e) => e.prisonerId === entry.event.prisonerId);
        const latest = theirs.reduce((a, b) =>
          b.recordedAt > a.recordedAt || (+b.recordedAt === +a.recordedAt && b.historyId > a.historyId) ? b : a,
        );
        expect(entry.event.historyId, `seed ${seed}`).toBe(latest.historyId);
        expect(entry.line).toBe(lineOf(latest));
        expect(new Set(entry.earlier).size).toBe(entry.earlier.length);
      }
      expect(model.entries).toBe(people.length);
      expect(model.counts.reduce((sum, c) => sum + c.count, 0)).toBe(model.entries);
      for (const { line, count } of model.counts) expect(entries.filter((e) => e.line === line)).toHaveLength(count);
      const order = model.sections.map((s) => DIGEST_SECTIONS.indexOf(s.key));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const section of model.sections) expect(section.entries.length).toBeGreaterThan(0);
    }
  });
});

/** A small seeded generator: the same sequences on every run and every machine. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
