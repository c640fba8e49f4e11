// Lighthouse (mobile, its default: a mid-range phone on a slow 4G network, simulated) on pages of
// a built site, served locally with the build's headers, in Debian's Chromium. Prints the four
// category scores and the metrics behind performance; the search page is measured with a query,
// so its search (in a Web Worker) runs during the measurement.
//   npm run lighthouse -- [--dist dist] [--base /] [--runs 1] [--page en/search/?q=refund ...]
// Not part of `npm test` (timings depend on the machine); see docs/search.md for the figures.
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../tests/helpers/server.ts';
import { chromiumFlags, chromiumPath } from '../tests/helpers/browser.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    runs: { type: 'string', default: '1' },
    page: { type: 'string', multiple: true, default: ['en/search/?q=refund', 'id/search/?q=refund'] },
  },
});

const server = await serveStatic(values.dist, values.base);
const chrome = await chromeLauncher.launch({
  chromePath: await chromiumPath(),
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
const audits = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'max-potential-fid',
];
let worst = 100;
try {
  for (const page of values.page) {
    for (let run = 1; run <= Number(values.runs); run++) {
      const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}`);
      if (lhr.runtimeError)
        console.log(
          `/${page} (run ${run}): Lighthouse could not measure: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
        );
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      worst = Math.min(worst, score('performance'));
      const metrics = audits.map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ');
      console.log(
        `/${page} (run ${run}): performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`,
      );
      console.log(`  ${metrics}; load average ${loadavg()[0].toFixed(2)}`);
      // The main-thread tasks behind total blocking time: Lighthouse's own list (simulated durations, 4x CPU slowdown).
      const longTasks =
        (
          lhr.audits['long-tasks']?.details as
            { items?: { url: string; startTime: number; duration: number }[] } | undefined
        )?.items ?? [];
      for (const task of longTasks)
        console.log(`  long task ${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms: ${task.url}`);
      // Where the main thread's time went (script, style and layout, parsing…), in simulated ms.
      const breakdown =
        (
          lhr.audits['mainthread-work-breakdown']?.details as
            { items?: { groupLabel: string; duration: number }[] } | undefined
        )?.items ?? [];
      if (breakdown.length)
        console.log(
          `  main thread: ${breakdown.map((i) => `${i.groupLabel} ${Math.round(i.duration)} ms`).join(', ')}`,
        );
      const failed = Object.values(lhr.audits).filter(
        (a) =>
          a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
      );
      for (const audit of failed) console.log(`  below 90: ${audit.id} ${audit.displayValue ?? ''}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exitCode = worst === 100 ? 0 : 1;
