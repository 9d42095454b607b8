import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { View, parse, type Spec } from 'vega';
import type { ChartLocale } from '../domain/held-chart.ts';
import { CHART_FONT } from '../domain/held-chart.ts';

// The font ships with the program (npm dejavu-fonts-ttf): Debian's slim images have almost none, and
// a chart must draw Belarusian, Russian and English the same on every machine. System fonts are off.
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const CHART_FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

/** Twice the spec's size, so text stays sharp after Telegram recompresses the photo. */
const SCALE = 2;

/** A Vega spec drawn to SVG by vega (no canvas, no browser), then to PNG by resvg with the shipped font. */
export async function renderChartPng(spec: Spec, locale: ChartLocale): Promise<Uint8Array> {
  const view = new View(parse(spec), { renderer: 'none', locale } as never);
  try {
    const svg = await view.toSVG();
    const resvg = new Resvg(svg, {
      font: { fontFiles: CHART_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
      fitTo: { mode: 'zoom', value: SCALE },
      background: '#ffffff',
    });
    return resvg.render().asPng();
  } finally {
    view.finalize();
  }
}
