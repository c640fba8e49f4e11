// Turns bench measurements into bench/results/*.json and a Markdown report: one table per size
// (Pandu, Starlight, Pandu / Starlight; Pandu beside the floor; Pandu's phases and rebuilds),
// growth from size to size, and PRODUCT.md §5 budgets.
import type { PhaseTiming } from '../../src/lib/build-phases.ts';
import type { DevFigures } from './dev-server.ts';
import type { DistMetrics } from './dist-metrics.ts';
import type { RunStats } from './timed-run.ts';

export interface SiteResult extends DistMetrics {
  /** Medians over the runs. */
  buildWallTime: number;
  buildCpuTime: number;
  buildUserTime: number;
  buildSystemTime: number;
  peakMemoryMB: number;
  pagesPerSecond: number;
  /** Wall milliseconds per page built. */
  msPerPage: number;
  runs: RunStats[];
  /** Pandu only: each phase's median over the cold runs. */
  phases?: PhaseTiming[];
}

/** The floor is only timed: its pages are bare stand-ins, not worth weighing. */
export interface FloorResult {
  buildWallTime: number;
  buildCpuTime: number;
  peakMemoryMB: number;
  pages: number;
  distBytes: number;
  msPerPage: number;
  runs: RunStats[];
}

/** Pandu's builds after a cold one: nothing changed, and one article's text edited. */
export interface Rebuilds {
  warm: RunStats;
  oneArticleEdited: RunStats;
  /** oneArticleEdited wall time / the cold build's (median). */
  editedOverCold: number;
}

export interface SizeResult {
  articlesPerLocale: number;
  pandu: SiteResult;
  starlight: SiteResult | null;
  /** Starlight ran past the bench's time limit (--starlight-limit) and was stopped. */
  starlightNotFinished?: { limitMinutes: number } | null;
  floor: FloorResult | null;
  /** Pandu / Starlight for every figure both have. */
  ratio: Record<string, number | null> | null;
  /** Pandu / the floor. */
  floorRatio: { buildWallTime: number; buildCpuTime: number; peakMemoryMB: number } | null;
  rebuilds: Rebuilds | null;
  /** `npm run dev` on the same corpus (`--no-dev` leaves it out). */
  dev?: DevFigures | null;
}

export interface Growth {
  site: 'pandu' | 'starlight';
  fromArticlesPerLocale: number;
  toArticlesPerLocale: number;
  articlesFactor: number;
  wallTimeFactor: number;
  /** (wall per page at the larger size) / (wall per page at the smaller). 1 = linear. */
  timePerPageFactor: number;
  cpuPerPageFactor: number;
  distBytesFactor: number;
  articleChromeFactor: number | null;
}

export interface BenchReport {
  generatedAt: string;
  environment: Record<string, string | number>;
  options: {
    sizes: number[];
    runs: number;
    seed: string;
    locales: string[];
    article: string;
    query: string;
    starlight: boolean;
    /** --starlight-limit: minutes a Starlight build may take. */
    starlightLimitMinutes?: number;
  };
  results: SizeResult[];
  growth: Growth[];
  budgets: Budget[];
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : +((sorted[mid - 1]! + sorted[mid]!) / 2).toFixed(3);
};

/** Each phase's median over the runs that reported phases. */
export function medianPhases(runs: RunStats[]): PhaseTiming[] | undefined {
  const reported = runs.filter((r) => r.phases?.length);
  if (!reported.length) return undefined;
  return reported[0]!.phases!.map((phase) => {
    const same = reported.map((r) => r.phases!.find((p) => p.name === phase.name)).filter((p) => p !== undefined);
    return {
      name: phase.name,
      wallSeconds: median(same.map((p) => p.wallSeconds)),
      cpuSeconds: median(same.map((p) => p.cpuSeconds)),
    };
  });
}

export function floorResult(runs: RunStats[], pages: number, distBytes: number): FloorResult {
  const wall = median(runs.map((r) => r.wallSeconds));
  return {
    buildWallTime: wall,
    buildCpuTime: median(runs.map((r) => r.cpuSeconds)),
    peakMemoryMB: median(runs.map((r) => r.peakRssMB)),
    pages,
    distBytes,
    msPerPage: +((wall * 1000) / pages).toFixed(2),
    runs,
  };
}

export function floorRatios(pandu: SiteResult, floor: FloorResult): NonNullable<SizeResult['floorRatio']> {
  const r = (a: number, b: number) => +(a / b).toFixed(3);
  return {
    buildWallTime: r(pandu.buildWallTime, floor.buildWallTime),
    buildCpuTime: r(pandu.buildCpuTime, floor.buildCpuTime),
    peakMemoryMB: r(pandu.peakMemoryMB, floor.peakMemoryMB),
  };
}

export function siteResult(runs: RunStats[], metrics: DistMetrics): SiteResult {
  const wall = median(runs.map((r) => r.wallSeconds));
  const phases = medianPhases(runs);
  return {
    ...(phases ? { phases } : {}),
    buildWallTime: wall,
    buildCpuTime: median(runs.map((r) => r.cpuSeconds)),
    buildUserTime: median(runs.map((r) => r.userSeconds)),
    buildSystemTime: median(runs.map((r) => r.systemSeconds)),
    peakMemoryMB: median(runs.map((r) => r.peakRssMB)),
    pagesPerSecond: +(metrics.pages / wall).toFixed(1),
    msPerPage: +((wall * 1000) / metrics.pages).toFixed(2),
    ...metrics,
    runs,
  };
}

/** The figures compared with Starlight, each as a getter on a site's result. */
const compared: Record<string, (r: SiteResult) => number | null | undefined> = {
  buildWallTime: (r) => r.buildWallTime,
  buildCpuTime: (r) => r.buildCpuTime,
  msPerPage: (r) => r.msPerPage,
  pagesPerSecond: (r) => r.pagesPerSecond,
  peakMemoryMB: (r) => r.peakMemoryMB,
  distBytes: (r) => r.distBytes,
  articleHtmlGzip: (r) => r.articleHtmlGzip,
  articleChromeGzip: (r) => r.articleChromeGzip,
  articleJs: (r) => r.pageTypes.article?.js,
  articleCss: (r) => r.pageTypes.article?.css,
  homeJs: (r) => r.pageTypes.home?.js,
  homeHtmlGzip: (r) => r.pageTypes.home?.html,
  siteCssGzip: (r) => r.siteCssGzip,
  pagefindIndexBytes: (r) => r.pagefindIndexBytes,
  firstSearchBytes: (r) => r.firstSearch?.bytes,
};

export function ratios(pandu: SiteResult, starlight: SiteResult): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(compared).map(([key, get]) => {
      const [p, s] = [get(pandu), get(starlight)];
      return [key, p == null || s == null || s === 0 ? null : +(p / s).toFixed(3)];
    }),
  );
}

export function growth(results: SizeResult[]): Growth[] {
  const out: Growth[] = [];
  for (const site of ['pandu', 'starlight'] as const) {
    for (let i = 1; i < results.length; i++) {
      const [a, b] = [results[i - 1]![site], results[i]![site]];
      if (!a || !b) continue;
      const f = (x: number, y: number) => +(y / x).toFixed(3);
      out.push({
        site,
        fromArticlesPerLocale: results[i - 1]!.articlesPerLocale,
        toArticlesPerLocale: results[i]!.articlesPerLocale,
        articlesFactor: f(results[i - 1]!.articlesPerLocale, results[i]!.articlesPerLocale),
        wallTimeFactor: f(a.buildWallTime, b.buildWallTime),
        timePerPageFactor: f(a.buildWallTime / a.pages, b.buildWallTime / b.pages),
        cpuPerPageFactor: f(a.buildCpuTime / a.pages, b.buildCpuTime / b.pages),
        distBytesFactor: f(a.distBytes, b.distBytes),
        articleChromeFactor:
          a.articleChromeGzip && b.articleChromeGzip ? f(a.articleChromeGzip, b.articleChromeGzip) : null,
      });
    }
  }
  return out;
}

export interface Budget {
  what: string;
  budget: string;
  measured: string;
  pass: boolean | null;
}

const KB = 1024;

/** PRODUCT.md §5, checked on what this run measured (null: not measured in this run). */
export function budgets(results: SizeResult[]): Budget[] {
  const last = results.at(-1)!.pandu;
  const kb = (bytes: number | null | undefined) => (bytes == null ? 'n/a' : `${(bytes / KB).toFixed(2)} KB`);
  const chromes = results.map((r) => r.pandu.articleChromeGzip);
  const at2000 = results.find((r) => r.articlesPerLocale === 2000);
  // Every pair of sizes ten times apart, not only neighbours (1,000 and 10,000 with 2,000 between).
  const tenfold = results.flatMap((small) => {
    const large = results.find((r) => r.articlesPerLocale === small.articlesPerLocale * 10);
    return large ? growth([small, large]).filter((g) => g.site === 'pandu') : [];
  });
  const at10000 = results.find((r) => r.articlesPerLocale === 10000);
  const edited = results.filter((r) => r.rebuilds);
  const search = last.firstSearch?.bytes;
  return [
    {
      what: 'JS on an article page before any interaction',
      budget: '<= 2 KB gzip',
      measured: kb(last.pageTypes.article?.js),
      pass: (last.pageTypes.article?.js ?? Infinity) <= 2 * KB,
    },
    {
      what: 'CSS, whole site',
      budget: '<= 10 KB gzip',
      measured: kb(last.siteCssGzip),
      pass: last.siteCssGzip <= 10 * KB,
    },
    {
      what: 'page chrome (article page without the article)',
      budget: '<= 6 KB gzip, the same at every size',
      measured: chromes.map(kb).join(' / '),
      pass: chromes.every((c) => c != null && c <= 6 * KB) && new Set(chromes).size === 1,
    },
    {
      what: 'first search, all bytes fetched',
      budget: '<= 120 KB gzip',
      measured: `${kb(search)} (${last.firstSearch?.method ?? 'no search index'})`,
      pass: search == null ? null : search <= 120 * KB,
    },
    {
      what: 'build, 2,000 articles x 2 locales',
      budget: "<= 0.3 x Starlight's wall time",
      measured:
        at2000?.ratio?.buildWallTime != null
          ? `${at2000.ratio.buildWallTime} x (${at2000.pandu.buildWallTime} s vs ${at2000.starlight!.buildWallTime} s)`
          : 'not measured (add 2000 to --sizes)',
      pass: at2000?.ratio?.buildWallTime != null ? at2000.ratio.buildWallTime <= 0.3 : null,
    },
    {
      what: 'build, same corpus',
      budget: '<= 1.3 x the floor (bare Astro + MDX + Pagefind)',
      measured:
        results
          .filter((r) => r.floorRatio)
          .map((r) => `${num(r.articlesPerLocale)}: ${r.floorRatio!.buildWallTime} x`)
          .join(', ') || 'not measured (--no-floor)',
      pass: results.some((r) => r.floorRatio)
        ? results.every((r) => !r.floorRatio || r.floorRatio.buildWallTime <= 1.3)
        : null,
    },
    {
      what: 'build memory, 2,000 articles x 2 locales',
      budget: '<= 1 GB peak',
      measured: at2000 ? `${num(at2000.pandu.peakMemoryMB)} MB` : 'not measured (add 2000 to --sizes)',
      pass: at2000 ? at2000.pandu.peakMemoryMB <= 1024 : null,
    },
    {
      what: 'build memory, 10,000 articles x 2 locales',
      budget: '<= 2 GB peak',
      measured: at10000 ? `${num(at10000.pandu.peakMemoryMB)} MB` : 'not measured (add 10000 to --sizes)',
      pass: at10000 ? at10000.pandu.peakMemoryMB <= 2048 : null,
    },
    {
      what: 'rebuild, one article edited',
      budget: '<= 20% of the cold build',
      measured: edited.length
        ? edited.map((r) => `${num(r.articlesPerLocale)}: ${(r.rebuilds!.editedOverCold * 100).toFixed(0)}%`).join(', ')
        : 'not measured',
      pass: edited.length ? edited.every((r) => r.rebuilds!.editedOverCold <= 0.2) : null,
    },
    ...devBudgets(results),
    {
      what: 'build growth: time per page at 10x the articles',
      budget: 'within 1.2x',
      measured: tenfold.length
        ? tenfold.map((g) => `${g.fromArticlesPerLocale}→${g.toArticlesPerLocale}: ${g.timePerPageFactor}x`).join(', ')
        : 'no 10x step in --sizes',
      pass: tenfold.length ? tenfold.every((g) => g.timePerPageFactor <= 1.2) : null,
    },
  ];
}

/** PRODUCT.md's dev-server targets, taken at 2,000 articles per locale (or the largest size below). */
function devBudgets(results: SizeResult[]): Budget[] {
  const measured = results.filter((r) => r.dev && r.articlesPerLocale <= 2000).at(-1);
  const at = measured ? `${num(measured.articlesPerLocale)}: ` : '';
  const dev = measured?.dev;
  const atTarget = measured?.articlesPerLocale === 2000;
  return [
    {
      what: '`npm run dev` ready, 2,000 articles x 2 locales',
      budget: '<= 10 s',
      measured: dev
        ? `${at}${num(dev.readySeconds, 1)} s (first article page ${num(dev.firstArticleSeconds, 1)} s)`
        : 'not measured',
      pass: dev && atTarget ? dev.readySeconds <= 10 : null,
    },
    {
      what: '`npm run dev`: an edited article shows',
      budget: '<= 1 s',
      measured: dev ? `${at}${num(dev.editShowsSeconds, 2)} s` : 'not measured',
      pass: dev && atTarget ? dev.editShowsSeconds <= 1 : null,
    },
  ];
}

const num = (n: number | null | undefined, digits = 0) =>
  n == null ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number | null | undefined) => (bytes == null ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const kib = (bytes: number | null | undefined) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(2)} KB`);

export function markdown(report: BenchReport): string {
  const lines: string[] = [];
  const { options, environment } = report;
  lines.push(
    '# Build benchmark: Pandu, Starlight and the floor',
    '',
    `Generated ${report.generatedAt} by \`npm run bench -- --sizes ${options.sizes.join(',')} --runs ${options.runs}${options.starlightLimitMinutes ? ` --starlight-limit ${options.starlightLimitMinutes}` : ''}\`. ` +
      `Corpus: \`scripts/generate-corpus.ts\`, seed ${options.seed}, ${options.locales.length} locales (${options.locales.join(', ')}); ` +
      `builds cold (no cache) unless marked warm, the sites alternating; times are medians of ${options.runs} run(s). ` +
      'The floor is bench/floor: bare Astro + MDX + the Pagefind CLI with the same versions. ' +
      `Page figures are for \`${options.article}\`; bytes are gzip (level 6), KB = 1,024 bytes. Ratio = Pandu / Starlight.`,
    '',
    `Machine: ${Object.entries(environment)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
  );
  for (const r of report.results) {
    const p = r.pandu;
    const s = r.starlight;
    const row = (label: string, get: (x: SiteResult) => string, ratioKey?: string) =>
      `| ${label} | ${get(p)} | ${s ? get(s) : '–'} | ${ratioKey && r.ratio?.[ratioKey] != null ? r.ratio[ratioKey] : '–'} |`;
    const types = [...new Set([...Object.keys(p.pageTypes), ...Object.keys(s?.pageTypes ?? {})])].sort();
    lines.push(
      `## ${num(r.articlesPerLocale)} articles per locale (${num(p.pages)} Pandu pages${s ? `, ${num(s.pages)} Starlight pages` : ''})`,
      '',
      ...(r.starlightNotFinished
        ? [
            `Starlight did not finish within ${r.starlightNotFinished.limitMinutes} minutes and was stopped: Pandu / Starlight wall time is below ${(p.buildWallTime / (r.starlightNotFinished.limitMinutes * 60)).toFixed(3)}.`,
            '',
          ]
        : []),
      '| figure | Pandu | Starlight | ratio |',
      '|---|---:|---:|---:|',
      row('build wall time', (x) => `${num(x.buildWallTime, 1)} s`, 'buildWallTime'),
      row('build CPU time (user + sys)', (x) => `${num(x.buildCpuTime, 1)} s`, 'buildCpuTime'),
      row('wall time per page', (x) => `${num(x.msPerPage, 2)} ms`, 'msPerPage'),
      row('pages per second', (x) => num(x.pagesPerSecond, 1), 'pagesPerSecond'),
      row('peak memory (largest process)', (x) => `${num(x.peakMemoryMB)} MB`, 'peakMemoryMB'),
      row('dist/ size', (x) => mb(x.distBytes), 'distBytes'),
      row('article page HTML', (x) => kib(x.articleHtmlGzip), 'articleHtmlGzip'),
      row('article page chrome (HTML without the article)', (x) => kib(x.articleChromeGzip), 'articleChromeGzip'),
      ...types.flatMap((t) => [
        row(
          `${t}: JS on load`,
          (x) => kib(x.pageTypes[t]?.js),
          t === 'article' ? 'articleJs' : t === 'home' ? 'homeJs' : undefined,
        ),
        row(`${t}: CSS on load`, (x) => kib(x.pageTypes[t]?.css), t === 'article' ? 'articleCss' : undefined),
      ]),
      row('CSS, whole site', (x) => kib(x.siteCssGzip), 'siteCssGzip'),
      row(
        'Pagefind index (files)',
        (x) => (x.pagefindIndexBytes == null ? 'none' : `${mb(x.pagefindIndexBytes)} (${num(x.pagefindFiles)})`),
        'pagefindIndexBytes',
      ),
      row(
        'first search: bytes fetched',
        (x) => (x.firstSearch ? `${kib(x.firstSearch.bytes)} in ${x.firstSearch.requests} requests` : 'no search'),
        'firstSearchBytes',
      ),
      row('first search: results after', (x) => (x.firstSearch ? `${num(x.firstSearch.resultsMs)} ms` : '–')),
      row('build runs (wall s)', (x) => x.runs.map((run) => run.wallSeconds.toFixed(1)).join(', ')),
      '',
    );
    if (r.floor) {
      const f = r.floor;
      lines.push(
        '| beside the floor | Pandu | floor | Pandu / floor |',
        '|---|---:|---:|---:|',
        `| build wall time | ${num(p.buildWallTime, 1)} s | ${num(f.buildWallTime, 1)} s | ${r.floorRatio!.buildWallTime} |`,
        `| build CPU time | ${num(p.buildCpuTime, 1)} s | ${num(f.buildCpuTime, 1)} s | ${r.floorRatio!.buildCpuTime} |`,
        `| peak memory | ${num(p.peakMemoryMB)} MB | ${num(f.peakMemoryMB)} MB | ${r.floorRatio!.peakMemoryMB} |`,
        `| pages | ${num(p.pages)} | ${num(f.pages)} | |`,
        `| build runs (wall s) | ${p.runs.map((run) => run.wallSeconds.toFixed(1)).join(', ')} | ${f.runs.map((run) => run.wallSeconds.toFixed(1)).join(', ')} | |`,
        '',
      );
    }
    const phaseRows = (label: string, phases: PhaseTiming[] | undefined) =>
      (phases ?? []).map(
        (ph) => `| ${label} | ${ph.name} | ${num(ph.wallSeconds, 2)} s | ${num(ph.cpuSeconds, 2)} s |`,
      );
    if (p.phases || r.rebuilds) {
      lines.push(
        '| Pandu build | phase | wall | CPU |',
        '|---|---|---:|---:|',
        ...phaseRows('cold (median)', p.phases),
        ...(r.rebuilds
          ? [
              `| warm, nothing changed | total | ${num(r.rebuilds.warm.wallSeconds, 1)} s | ${num(r.rebuilds.warm.cpuSeconds, 1)} s |`,
              ...phaseRows('warm, nothing changed', r.rebuilds.warm.phases),
              `| warm, one article edited | total (${(r.rebuilds.editedOverCold * 100).toFixed(0)}% of cold) | ${num(r.rebuilds.oneArticleEdited.wallSeconds, 1)} s | ${num(r.rebuilds.oneArticleEdited.cpuSeconds, 1)} s |`,
              ...phaseRows('warm, one article edited', r.rebuilds.oneArticleEdited.phases),
            ]
          : []),
        '',
      );
    }
    if (r.dev) {
      lines.push(
        '| `npm run dev` | seconds |',
        '|---|---:|',
        `| answers HTTP | ${num(r.dev.readySeconds, 2)} |`,
        `| first article page served | ${num(r.dev.firstArticleSeconds, 2)} |`,
        `| an edited article shows (median of 3) | ${num(r.dev.editShowsSeconds, 2)} |`,
        '',
      );
    }
  }
  if (report.growth.length) {
    lines.push(
      '## Growth from size to size',
      '',
      '| site | articles per locale | articles x | wall time x | wall time per page x | CPU per page x | dist/ x | chrome x |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      ...report.growth.map(
        (g) =>
          `| ${g.site} | ${num(g.fromArticlesPerLocale)} → ${num(g.toArticlesPerLocale)} | ${g.articlesFactor} | ${g.wallTimeFactor} | ${g.timePerPageFactor} | ${g.cpuPerPageFactor} | ${g.distBytesFactor} | ${g.articleChromeFactor ?? '–'} |`,
      ),
      '',
    );
  }
  lines.push(
    '## Budgets (PRODUCT.md §5), on the largest size of this run',
    '',
    '| what | budget | measured | |',
    '|---|---|---|---|',
    ...report.budgets.map(
      (b) => `| ${b.what} | ${b.budget} | ${b.measured} | ${b.pass === null ? '–' : b.pass ? 'pass' : '**over**'} |`,
    ),
    '',
  );
  return lines.join('\n');
}
