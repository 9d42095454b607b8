/**
 * Rendering the 90-day chart (vega → SVG → resvg → PNG) in this process: time per language and peak
 * memory. Prints one line per step. `npm run bench:chart`; a handful of renders, no loop to speak of.
 */
import { createI18n, translatorFrom } from '../src/bot/i18n.ts';
import { renderChartPng } from '../src/chart/chart-image.ts';
import { chartLocale, heldChartData, heldChartSpec } from '../src/domain/held-chart.ts';
import { LANGUAGES } from '../src/domain/language.ts';
import { chartFixture } from '../test/support/chart-fixture.ts';

const translate = translatorFrom(createI18n('be'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 5);

async function renderOnce(language: (typeof LANGUAGES)[number]): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const data = heldChartData(chartFixture(language));
  const spec = heldChartSpec(data, {
    title: translate(language, 'chart-title'),
    heldLegend: translate(language, 'chart-held-legend'),
    newLegend: translate(language, 'chart-new-legend'),
  });
  const png = await renderChartPng(spec, chartLocale(language));
  return { ms: performance.now() - started, bytes: png.length };
}

const rssBefore = process.memoryUsage().rss;
const maxBefore = process.resourceUsage().maxRSS * 1024;
console.log(`node ${process.version}, RSS before ${mb(rssBefore)} (high-water mark so far ${mb(maxBefore)})`);
const first = await renderOnce('be');
console.log(
  `first render (be, loads vega and the font): ${first.ms.toFixed(0)} ms, PNG ${(first.bytes / 1024).toFixed(0)} KB`,
);
for (const language of LANGUAGES) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await renderOnce(language)).ms);
  times.sort((a, b) => a - b);
  console.log(
    `${language}: median ${times[2]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[4]!.toFixed(0)} ms (5 renders)`,
  );
}
clearInterval(sampler);
// resvg draws synchronously in native code, when no timer can sample: the kernel's high-water mark is the true peak.
const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
console.log(
  `peak RSS ${mb(maxRss)} (before ${mb(rssBefore)}; the kernel's high-water mark), peak JS heap ${mb(peakHeap)} (sampled every 5 ms)`,
);
