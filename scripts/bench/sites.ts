// The three sites the bench builds from the same corpus: Pandu (`npm run build`'s script, whatever
// it does today), Starlight with its defaults (bench/starlight/, its own package.json) and the
// floor (bench/floor/: bare Astro + MDX + the Pagefind CLI, with Pandu's versions).
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusFormat } from './corpus.ts';
import type { PhaseTiming } from '../../src/lib/build-phases.ts';
import { timedRun, type RunStats } from './timed-run.ts';
import { articleBody } from './page-weight.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const starlightRoot = join(repoRoot, 'bench/starlight');
export const floorRoot = join(repoRoot, 'bench/floor');

export interface BuildDirs {
  /** Generated corpus in this site's format. */
  corpus: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  /** Stop the build after this long (TimeLimitReached); no limit when left out. */
  timeLimitSeconds?: number;
}

export interface BenchSite {
  name: 'pandu' | 'starlight' | 'floor';
  format: CorpusFormat;
  /** Where the article body is on a page; the rest is chrome. */
  articleBody: RegExp;
  /** A cold build (no cache, no output from an earlier run), or a warm one that keeps both. */
  build(dirs: BuildDirs, warm?: boolean): Promise<RunStats>;
}

// Astro's telemetry would phone home (and wait for the network) on every build.
const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

export const pandu: BenchSite = {
  name: 'pandu',
  format: 'pandu',
  articleBody: articleBody.pandu,
  build: async ({ corpus, outDir, cacheDir, logFile }, warm = false) => {
    // Removing the previous output is not part of a build's time.
    if (!warm) {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
    const phasesFile = `${logFile}.phases.json`;
    const stats = await timedRun(process.execPath, ['scripts/build.ts'], {
      cwd: repoRoot,
      env: {
        ...quietEnv,
        PANDU_CONTENT: corpus,
        PANDU_OUT_DIR: outDir,
        PANDU_CACHE_DIR: cacheDir,
        PANDU_PHASES_FILE: phasesFile,
      },
      logFile,
    });
    return { ...stats, phases: JSON.parse(readFileSync(phasesFile, 'utf8')) as PhaseTiming[] };
  },
};

/**
 * The floor: `astro build` of bench/floor (a collection over the corpus's MDX, one bare page
 * per article, stand-in components), then the Pagefind CLI over its output, timed together.
 */
export const floor: BenchSite = {
  name: 'floor',
  format: 'pandu',
  articleBody: /<main\b[^>]*>/i,
  build: ({ corpus, outDir, cacheDir, logFile }, warm = false) => {
    if (!warm) {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
    const node = JSON.stringify(process.execPath);
    const astro = JSON.stringify(join(repoRoot, 'node_modules/astro/bin/astro.mjs'));
    const pagefind = JSON.stringify(join(repoRoot, 'node_modules/pagefind/lib/runner/bin.cjs'));
    return timedRun(
      '/bin/sh',
      ['-c', `${node} ${astro} build && ${node} ${pagefind} --site ${JSON.stringify(outDir)}`],
      {
        cwd: floorRoot,
        env: { ...quietEnv, FLOOR_CORPUS: corpus, FLOOR_OUT_DIR: outDir, FLOOR_CACHE_DIR: cacheDir },
        logFile,
      },
    );
  },
};

/** Installs bench/starlight's exact versions from its lock file on first use. */
export function ensureStarlightInstalled(): void {
  if (existsSync(join(starlightRoot, 'node_modules/@astrojs/starlight/package.json'))) return;
  console.log('Installing Starlight for the bench (bench/starlight, npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: starlightRoot,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) throw new Error('npm ci in bench/starlight failed; see the output above.');
}

/** Points Starlight's docs folder (src/content/docs, git-ignored) at a generated corpus. */
function linkDocs(corpus: string): void {
  const docs = join(starlightRoot, 'src/content/docs');
  mkdirSync(join(docs, '..'), { recursive: true });
  if (existsSync(docs) || isLink(docs)) {
    if (!isLink(docs)) throw new Error(`${docs} is a real folder; the bench only replaces its own link there.`);
    unlinkSync(docs);
  }
  symlinkSync(corpus, docs, 'dir');
}
const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

export const starlight: BenchSite = {
  name: 'starlight',
  format: 'starlight',
  articleBody: articleBody.starlight,
  build: ({ corpus, outDir, cacheDir, logFile, timeLimitSeconds }) => {
    ensureStarlightInstalled();
    linkDocs(corpus);
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    return timedRun(process.execPath, [join(starlightRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: starlightRoot,
      env: { ...quietEnv, STARLIGHT_OUT_DIR: outDir, STARLIGHT_CACHE_DIR: cacheDir },
      logFile,
      ...(timeLimitSeconds === undefined ? {} : { timeLimitSeconds }),
    });
  },
};
