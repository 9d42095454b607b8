import { describe, expect, it } from 'vitest';
import { flapping, type RecentStatusChange } from '../../src/domain/status-flips.ts';

const NOW = new Date('2026-03-20T18:00:00Z');
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000);
const change = (
  from: RecentStatusChange['from'],
  to: RecentStatusChange['to'],
  hoursAgo: number,
): RecentStatusChange => ({ from, to, at: at(hoursAgo) });

describe('a status flapping within 24 hours', () => {
  it('lets one real reversal through (Statkevich: pardoned, then taken back at the border)', () => {
    expect(
      flapping([change('imprisoned', 'pardoned', 5)], { from: 'pardoned', to: 'returned_to_custody' }, NOW),
    ).toBeUndefined();
  });

  it('holds the third flip within a day, with the statuses it went through', () => {
    const recent = [change('imprisoned', 'pardoned', 9), change('pardoned', 'returned_to_custody', 5)];
    expect(flapping(recent, { from: 'returned_to_custody', to: 'pardoned' }, NOW)).toEqual([
      'imprisoned',
      'pardoned',
      'returned_to_custody',
      'pardoned',
    ]);
  });

  it('does not count moves within freedom or within custody as flips', () => {
    const recent = [change('imprisoned', 'pardoned', 9), change('pardoned', 'expelled', 8)];
    expect(flapping(recent, { from: 'expelled', to: 'returned_to_custody' }, NOW)).toBeUndefined();
    expect(
      flapping(
        [change('detained', 'pardoned', 9), change('pardoned', 'detained', 8)],
        { from: 'detained', to: 'imprisoned' },
        NOW,
      ),
    ).toBeUndefined();
  });

  it('forgets flips older than 24 hours', () => {
    const recent = [change('imprisoned', 'pardoned', 25), change('pardoned', 'returned_to_custody', 5)];
    expect(flapping(recent, { from: 'returned_to_custody', to: 'pardoned' }, NOW)).toBeUndefined();
  });

  it('counts lost contact and back as flips too', () => {
    const recent = [change('imprisoned', 'whereabouts_unknown', 9), change('whereabouts_unknown', 'imprisoned', 5)];
    expect(flapping(recent, { from: 'imprisoned', to: 'whereabouts_unknown' }, NOW)).toHaveLength(4);
  });
});
