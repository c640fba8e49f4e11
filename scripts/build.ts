// `npm run build`: builds the site into a fresh folder, then swaps it into place, so a failed
// build leaves the previous dist/ untouched. Content mistakes print as `file: message`, no stack.
// Prints a line per phase (check, sync, bundle, render, search index, sitemap, swap) and a
// summary; `--quiet` prints only problems. PANDU_PHASES_FILE=<file> also writes the phases as
// JSON (the bench reads them). `--out <dir>` builds there instead of dist/ (or PANDU_OUT_DIR).
// `--locales en,id` builds a shard: the pages of those locales only, for `npm run merge-shards`
// (docs/scaling.md). A build after another of the same output folder keeps what it can
// (scripts/lib/build-state.ts): nothing changed, nothing is built; only some articles' text
// changed, only their pages are rendered and their search bundles indexed. `--full` builds all.
import { build } from 'astro';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { endPhase, onPhase, phaseTimings, recordPhase, startPhase } from '../src/lib/build-phases.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';
import {
  astroLogLevel,
  contentDir,
  outDir as outDirSetting,
  ownCacheDir,
  passIncremental,
  passShardLocales,
  passToAstroBuild,
  phasesFile,
} from '../src/lib/env.ts';
import { phaseLine, summarizeDist, summaryLines } from './lib/build-report.ts';
import { startContentCheck } from './lib/check-process.ts';
import { astroRootFor } from './lib/astro-root.ts';
import { parseLocalesFlag, shardManifest, writeShardManifest } from './lib/shards.ts';
import { planBuild, writeBuildState, type BuildDecision, type BuildInputs } from './lib/build-state.ts';

const { values: flags } = parseArgs({
  options: {
    quiet: { type: 'boolean', default: false },
    out: { type: 'string' },
    locales: { type: 'string', multiple: true },
    full: { type: 'boolean', default: false },
  },
});
const say = (line: string) => {
  if (!flags.quiet) console.log(line);
};
const started = performance.now();
const outDir = resolve(flags.out || outDirSetting());
let shard: string[] | undefined;
try {
  shard = flags.locales && parseLocalesFlag(flags.locales, readSiteSettings(contentDir()).locales);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
// Read by the pages, the content loader and the integrations of this process (src/lib/shard.ts).
passShardLocales(shard);
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
onPhase((phase) => say(phaseLine(phase)));

// A swap cut short (the process killed between its two renames) leaves the last good site in
// `previous` and none at `outDir`: put it back first, whatever this build does next.
if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
// A staging folder left by a build killed half-way is never reused, even if this build stops early.
rmSync(staging, { recursive: true, force: true });

// Stops the build before anything is swapped in: the last good site stays where it was.
function stop(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

// The writers' check (`npm run check`) runs alongside Astro, in a process of its own
// (scripts/lib/check-process.ts): a content mistake stops the build, whatever Astro is doing, with
// the check's file:line messages, which it prints itself.
const checked = startContentCheck().then(
  (check) => {
    recordPhase({
      name: 'content check',
      wallSeconds: check.wallSeconds,
      cpuSeconds: check.cpuSeconds,
      detail: `${check.articles.toLocaleString('en-US')} articles, ${check.errors} errors, ${check.warnings} warnings`,
    });
    if (check.errors > 0) stop(`Build stopped; ${outDir} is unchanged.`);
    return check;
  },
  (error: unknown) =>
    stop(`Build stopped; ${outDir} is unchanged.\n${error instanceof Error ? error.message : String(error)}`),
);

// What this build can keep of the last one (a shard is always built whole).
const projectRoot = process.cwd();
startPhase('changes');
let inputs: BuildInputs | undefined;
let decision: BuildDecision = { kind: 'full', reason: 'a shard' };
if (!shard) ({ inputs, decision } = planBuild(contentDir(), outDir, flags.full));
endPhase(
  decision.kind === 'full'
    ? `full build: ${decision.reason}`
    : decision.kind === 'unchanged'
      ? 'nothing changed since the last build'
      : `${decision.changed.length.toLocaleString('en-US')} ${decision.changed.length === 1 ? 'article' : 'articles'} changed: ${decision.changed.slice(0, 3).join(', ')}${decision.changed.length > 3 ? ', …' : ''}`,
);
passIncremental(
  decision.kind === 'incremental'
    ? { changed: decision.changed.map((file) => resolve(contentDir(), file)), previous: outDir }
    : undefined,
);

// Nothing changed: the check still runs (its warnings are printed again), Astro does not.
if (decision.kind === 'unchanged') {
  const check = await checked;
  finish(check.warnings, true);
  process.exit(0);
}

// A build with a cache folder of its own (tests, the bench, shards) also gets an Astro project
// root of its own (scripts/lib/astro-root.ts), so the .astro/ folders of builds running at once never collide.
const astroRoot = astroRootFor(projectRoot, ownCacheDir());

try {
  passToAstroBuild({ astroRoot: astroRoot !== projectRoot ? astroRoot : undefined, outDir: staging });
  const configFile = relative(astroRoot, resolve(projectRoot, 'astro.config.mjs'));
  await build({ root: astroRoot, configFile, outDir: staging, logLevel: astroLogLevel() });
} catch (error) {
  // A content mistake can make Astro fail first: the check's message says where and how to fix it.
  await checked;
  const message = error instanceof Error ? error.message : String(error);
  stop(`\nBuild failed; ${outDir} is unchanged.\n${message}`);
}
const check = await checked;

if (shard) writeShardManifest(staging, shardManifest(shard));

// Swap: old dist/ aside, new one in, old one removed.
startPhase('swap');
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
endPhase();
// What the next build compares against (written last: a build cut short before this line is
// followed by a full one, as the output then no longer matches the state kept).
if (inputs) writeBuildState(outDir, inputs);
finish(check.warnings);

/** The phases file and the summary. */
function finish(warnings: number, upToDate = false): void {
  const phases = phasesFile();
  if (phases) writeFileSync(phases, `${JSON.stringify(phaseTimings(), null, 2)}\n`);
  if (flags.quiet) return;
  const dist = summarizeDist(outDir, shard ?? readSiteSettings(contentDir()).locales);
  const next = shard
    ? `npm run merge-shards -- ${relative(projectRoot, outDir) || '.'} <the other shards> --out dist`
    : undefined;
  for (const line of summaryLines(dist, outDir, warnings, (performance.now() - started) / 1000, next, upToDate))
    say(line);
}
