import type { CustodyChange, HeldChartInput } from '../../src/domain/held-chart.ts';
import type { Language } from '../../src/domain/language.ts';

/**
 * A fixed 90 days for the golden images and the bench: people listed most days, a batch of 52
 * pardons on 13 November, a dozen single releases, ending with 1,104 held on 7 December 2026.
 */
export function chartFixture(language: Language): HeldChartInput {
  const changes: CustodyChange[] = [];
  const start = Date.UTC(2026, 8, 9);
  for (let i = 0; i < 360; i++) {
    const day = new Date(start + ((i * 7919) % 90) * 86_400_000).toISOString().slice(0, 10);
    changes.push({ day, from: null, to: 'imprisoned', newlyListed: true });
  }
  for (let i = 0; i < 52; i++)
    changes.push({ day: '2026-11-13', from: 'imprisoned', to: 'pardoned', newlyListed: false });
  for (let i = 0; i < 12; i++)
    changes.push({
      day: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10),
      from: 'imprisoned',
      to: 'released',
      newlyListed: false,
    });
  const titles: Record<Language, [string, string]> = {
    be: ['13 лістапада: памілаваныя 52 чалавекі', '2 кастрычніка: вызваленыя 9'],
    ru: ['13 ноября: помилованы 52 человека', '2 октября: освобождены 9'],
    en: ['13 November: 52 people pardoned', '2 October: 9 released'],
  };
  return {
    lastDay: '2026-12-07',
    heldNow: 1104,
    firstRecordedDay: '2021-01-01',
    changes,
    batches: [
      { day: '2026-11-13', title: titles[language][0] },
      { day: '2026-10-02', title: titles[language][1] },
    ],
  };
}
