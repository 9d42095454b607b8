import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createI18n, translatorFrom } from '../../src/bot/i18n.ts';
import { renderChartPng } from '../../src/chart/chart-image.ts';
import { chartLocale, heldChartData, heldChartSpec } from '../../src/domain/held-chart.ts';
import { LANGUAGES, type Language } from '../../src/domain/language.ts';
import { chartFixture } from '../support/chart-fixture.ts';

// Golden images: `UPDATE_GOLDEN=1 npx vitest run test/unit/held-chart-image.test.ts` redraws them
// (look at them before committing; docs/digests.md shows the same files).
const GOLDEN_DIR = join(import.meta.dirname, '../fixtures/charts');
/** resvg's anti-aliasing may differ by a shade between builds; a changed label moves far more pixels. */
const MAX_DIFFERENT_PIXELS = 0.002;

const translate = translatorFrom(createI18n('be'));

async function draw(language: Language): Promise<PNG> {
  const data = heldChartData(chartFixture(language));
  const spec = heldChartSpec(data, {
    title: translate(language, 'chart-title'),
    heldLegend: translate(language, 'chart-held-legend'),
    newLegend: translate(language, 'chart-new-legend'),
  });
  return PNG.sync.read(Buffer.from(await renderChartPng(spec, chartLocale(language))));
}

function differentPixels(a: PNG, b: PNG): number {
  return pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
}

describe('the held chart as a picture', () => {
  it.each(LANGUAGES)('%s matches its golden image', async (language) => {
    const drawn = await draw(language);
    const file = join(GOLDEN_DIR, `held-${language}.png`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, PNG.sync.write(drawn));
    const golden = PNG.sync.read(readFileSync(file));
    expect([drawn.width, drawn.height]).toEqual([golden.width, golden.height]);
    expect(differentPixels(drawn, golden) / (drawn.width * drawn.height)).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
  });

  it('the comparison fails when a label changes (the test can fail)', async () => {
    const be = await draw('be');
    const ru = PNG.sync.read(readFileSync(join(GOLDEN_DIR, 'held-ru.png')));
    expect(differentPixels(be, ru) / (be.width * be.height)).toBeGreaterThan(MAX_DIFFERENT_PIXELS);
  });

  it('draws Cyrillic with the shipped font, not empty boxes', async () => {
    // With no font at all resvg draws no text: the title band would be blank white.
    const be = await draw('be');
    let dark = 0;
    for (let y = 0; y < 70; y++) for (let x = 0; x < be.width; x++) if (be.data[(y * be.width + x) * 4]! < 100) dark++;
    expect(dark).toBeGreaterThan(2000);
  });
});
