// `npm run bench`: builds a generated corpus at several sizes with Pandu, Starlight and the floor
// (bare Astro + MDX + Pagefind), alternating, then Pandu twice more (warm with nothing changed,
// warm with one article edited), and writes bench/results/<name>.json and .md.
//   npm run bench -- --sizes 100,1000 --runs 3 [--seed 1] [--no-starlight] [--starlight-limit 30] [--no-floor] [--no-dev] [--name latest] [--keep]
// Not part of `npm test`: a full run takes long (see docs/performance.md for timings).
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copySiteData, generateCorpus } from './bench/corpus.ts';
import { measureDist } from './bench/dist-metrics.ts';
import {
  budgets,
  floorRatios,
  median,
  floorResult,
  growth,
  markdown,
  ratios,
  siteResult,
  type BenchReport,
  type Rebuilds,
  type SizeResult,
} from './bench/report.ts';
import {
  ensureStarlightInstalled,
  floor,
  pandu,
  repoRoot,
  starlight,
  starlightRoot,
  type BenchSite,
} from './bench/sites.ts';
import { checkGnuTime, TimeLimitReached, type RunStats } from './bench/timed-run.ts';
import { measureDevServer, type DevFigures } from './bench/dev-server.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-starlight': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    /** Minutes a Starlight build may take; past it, it is stopped and recorded as not finished. */
    'starlight-limit': { type: 'string', default: '30' },
    /** Leave out `npm run dev` (ready time, an edit showing). */
    'no-dev': { type: 'boolean', default: false },
    name: { type: 'string', default: 'latest' },
    /** Keep the generated corpora and builds under bench/out/ (they are deleted size by size otherwise). */
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const starlightLimitMinutes = Number(values['starlight-limit']);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !(starlightLimitMinutes > 0)
) {
  console.error(
    'Usage: npm run bench -- --sizes 100,1000,5000 --runs 3 [--seed 1] [--no-starlight] [--starlight-limit 30] [--no-floor] [--no-dev] [--name latest] [--keep]',
  );
  process.exit(1);
}
const withStarlight = !values['no-starlight'];
const withFloor = !values['no-floor'];
const workDir = join(repoRoot, 'bench/out'); // git-ignored; inside the repo so Astro keeps its build files per output folder
const resultsDir = join(repoRoot, 'bench/results');
const query = 'refund';
/** The article measured at every size: the 11th generated, the same text in every corpus. */
const articleIndex = 10;

checkGnuTime();
if (withStarlight) ensureStarlightInstalled();

const version = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const environment: Record<string, string | number> = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  astro: version(join(repoRoot, 'node_modules/astro')),
  pagefind: version(join(repoRoot, 'node_modules/pagefind')),
  ...(withStarlight ? { starlight: version(join(starlightRoot, 'node_modules/@astrojs/starlight')) } : {}),
  loadAverageAtStart: loadavg()[0]!.toFixed(2),
};

const sites: BenchSite[] = [pandu, ...(withStarlight ? [starlight] : []), ...(withFloor ? [floor] : [])];
const results: SizeResult[] = [];
const started = Date.now();
let locales: string[] = [];
let measuredArticle = '';

/**
 * One timed build. Pandu's corpus gets the current content/ settings and UI strings first (they
 * grow keys while others work); a failed build is retried once after that refresh.
 */
async function buildOnce(
  site: BenchSite,
  buildDirs: Parameters<BenchSite['build']>[0],
  slugs: string[],
  warm = false,
): Promise<RunStats> {
  const refresh = () => site === pandu && copySiteData(join(repoRoot, 'content'), buildDirs.corpus, slugs);
  if (!warm) refresh();
  try {
    return await site.build(buildDirs, warm);
  } catch (error) {
    if (error instanceof TimeLimitReached) throw error; // no second try: it would take as long
    console.log(
      `  ${site.name} build failed; retrying once. ${(error instanceof Error ? error.message : String(error)).split('\n').slice(1, 4).join(' ')}`,
    );
    refresh();
    return site.build(buildDirs, warm);
  }
}

/** Pages and bytes of a built folder (the floor's only measurements besides its build). */
function folderFigures(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

function writeReport(): void {
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    environment: {
      ...environment,
      loadAverageAtEnd: loadavg()[0]!.toFixed(2),
      benchMinutes: +((Date.now() - started) / 60000).toFixed(1),
    },
    options: {
      sizes,
      runs,
      seed: values.seed,
      locales,
      article: measuredArticle,
      query,
      starlight: withStarlight,
      starlightLimitMinutes,
    },
    results,
    growth: growth(results),
    budgets: [],
  };
  report.budgets = budgets(results);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${values.name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(resultsDir, `${values.name}.md`), markdown(report));
}

for (const size of sizes) {
  const sizeDir = join(workDir, String(size));
  rmSync(sizeDir, { recursive: true, force: true });
  const corpora = Object.fromEntries(
    sites.map((site) => [
      site.name,
      generateCorpus({
        out: join(sizeDir, `${site.name}-corpus`),
        perLocale: size,
        seed: values.seed,
        format: site.format,
        source: join(repoRoot, 'content'),
      }),
    ]),
  );
  const { slugs } = corpora.pandu!;
  locales = corpora.pandu!.locales;
  const locale = locales.includes('en') ? 'en' : locales[0]!;
  const articleSlug = slugs[Math.min(articleIndex, slugs.length - 1)]!;
  measuredArticle = `${locale}/${articleSlug}/`;
  console.log(`\n${size} articles per locale (${locales.join(', ')}): corpora in ${sizeDir}`);

  const stats: Record<string, RunStats[]> = Object.fromEntries(sites.map((s) => [s.name, []]));
  const dirs = (site: BenchSite, run: number) => ({
    corpus: corpora[site.name]!.out,
    outDir: join(sizeDir, `${site.name}-dist`),
    cacheDir: join(sizeDir, `${site.name}-cache`),
    logFile: join(sizeDir, `${site.name}-run${run}.log`),
    ...(site === starlight ? { timeLimitSeconds: starlightLimitMinutes * 60 } : {}),
  });
  /** Set when Starlight ran past its limit at this size: it is not built or measured again here. */
  let starlightNotFinished: { limitMinutes: number } | null = null;
  for (let run = 1; run <= runs; run++) {
    // ABBA order: neither site always builds first on a warming (or cooling) machine.
    const order = run % 2 === 1 ? sites : [...sites].reverse();
    for (const site of order) {
      if (site === starlight && starlightNotFinished) continue;
      let result: RunStats;
      try {
        result = await buildOnce(site, dirs(site, run), slugs);
      } catch (error) {
        if (!(error instanceof TimeLimitReached)) throw error;
        starlightNotFinished = { limitMinutes: starlightLimitMinutes };
        console.log(`  ${site.name.padEnd(9)} run ${run}/${runs}: not finished in ${starlightLimitMinutes} min`);
        continue;
      }
      stats[site.name]!.push(result);
      console.log(
        `  ${site.name.padEnd(9)} run ${run}/${runs}: ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, ${result.peakRssMB} MB`,
      );
    }
  }

  // Pandu again on its last cold output and cache: nothing changed, then one article edited.
  let rebuilds: Rebuilds | null = null;
  {
    const last = dirs(pandu, runs);
    const warm = await buildOnce(pandu, { ...last, logFile: join(sizeDir, 'pandu-warm.log') }, slugs, true);
    appendFileSync(
      join(corpora.pandu!.out, 'articles', locale, `${articleSlug}.mdx`),
      '\nOne more sentence, added by the bench to measure a rebuild after an edit.\n',
    );
    const edited = await buildOnce(pandu, { ...last, logFile: join(sizeDir, 'pandu-edited.log') }, slugs, true);
    const coldWall = median(stats.pandu!.map((r) => r.wallSeconds));
    rebuilds = { warm, oneArticleEdited: edited, editedOverCold: +(edited.wallSeconds / coldWall).toFixed(3) };
    console.log(
      `  pandu     warm: ${warm.wallSeconds.toFixed(1)} s wall; one article edited: ${edited.wallSeconds.toFixed(1)} s wall (${(rebuilds.editedOverCold * 100).toFixed(0)}% of cold)`,
    );
  }

  let dev: DevFigures | null = null;
  if (!values['no-dev']) {
    dev = await measureDevServer({
      repoRoot,
      corpus: corpora.pandu!.out,
      locale,
      slug: articleSlug,
      logFile: join(sizeDir, 'pandu-dev.log'),
    });
    console.log(
      `  pandu     npm run dev: answers after ${dev.readySeconds.toFixed(1)} s, first article ${dev.firstArticleSeconds.toFixed(1)} s; an edit shows in ${dev.editShowsSeconds.toFixed(2)} s`,
    );
  }

  const measured: Partial<Record<'pandu' | 'starlight', ReturnType<typeof siteResult>>> = {};
  for (const site of sites.filter((s) => s !== floor && !(s === starlight && starlightNotFinished))) {
    console.log(`  measuring ${site.name} pages and search in Chromium…`);
    const metrics = await measureDist({
      site,
      distDir: dirs(site, 0).outDir,
      locales,
      locale,
      articleSlugs: new Set(slugs),
      articleSlug,
      query,
    });
    measured[site.name as 'pandu' | 'starlight'] = siteResult(stats[site.name]!, metrics);
  }
  const floorFigures = withFloor ? folderFigures(dirs(floor, 0).outDir) : null;
  const floorMeasured = floorFigures ? floorResult(stats.floor!, floorFigures.pages, floorFigures.bytes) : null;
  results.push({
    articlesPerLocale: size,
    pandu: measured.pandu!,
    starlight: measured.starlight ?? null,
    floor: floorMeasured,
    ratio: measured.starlight ? ratios(measured.pandu!, measured.starlight) : null,
    floorRatio: floorMeasured ? floorRatios(measured.pandu!, floorMeasured) : null,
    starlightNotFinished,
    rebuilds,
    dev,
  });
  writeReport();
  if (!values.keep) rmSync(sizeDir, { recursive: true, force: true });
}

console.log(
  `\nWrote ${join(resultsDir, `${values.name}.md`)} and .json in ${((Date.now() - started) / 60000).toFixed(1)} min.\n`,
);
console.log(readFileSync(join(resultsDir, `${values.name}.md`), 'utf8'));
