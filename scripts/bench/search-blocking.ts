// Main-thread blocking on a page, measured in Chromium with its own long-task timing: the sum
// over long tasks (> 50 ms) of their time beyond 50 ms, from navigation until the page is quiet
// (the "total blocking time" Lighthouse reports, without its simulation). The CPU is slowed 4x,
// as Lighthouse's mobile setting does. Compare the search page with a query against an article
// page in the same run: on a busy machine both grow.
//   node scripts/bench/search-blocking.ts --dist tests/.tmp/site [--page en/search/?q=refund --page en/phrasebook/] [--runs 3]
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/server.ts';

export interface Blocking {
  page: string;
  /** Milliseconds of long tasks beyond 50 ms each. */
  blockingMs: number;
  longTasks: number;
  longestMs: number;
}

function observe(): void {
  const tasks: number[] = [];
  (window as unknown as { longTasks: number[] }).longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

export async function measureBlocking(
  distDir: string,
  pages: string[],
  base = '/',
  cpuSlowdown = 4,
): Promise<Blocking[]> {
  const server = await serveStatic(distDir, base);
  const browser = await launchBrowser();
  const results: Blocking[] = [];
  try {
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.addInitScript(observe);
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1500); // results rendered, nothing left to run
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      results.push({
        page: path,
        blockingMs: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
        longTasks: tasks.length,
        longestMs: Math.round(Math.max(0, ...tasks)),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      base: { type: 'string', default: '/' },
      runs: { type: 'string', default: '3' },
      page: {
        type: 'string',
        multiple: true,
        default: ['en/search/?q=refund', 'id/search/?q=refund', 'en/phrasebook/'],
      },
    },
  });
  if (!values.dist) {
    console.error(
      'Usage: node scripts/bench/search-blocking.ts --dist <dir> [--page en/search/?q=refund ...] [--runs 3]',
    );
    process.exit(1);
  }
  for (let run = 1; run <= Number(values.runs); run++) {
    for (const r of await measureBlocking(values.dist, values.page, values.base)) {
      console.log(
        `run ${run}  /${r.page}: blocking ${r.blockingMs} ms in ${r.longTasks} long tasks (longest ${r.longestMs} ms), CPU 4x slower`,
      );
    }
  }
}
