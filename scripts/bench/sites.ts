// The two sites the bench builds from the same corpus: Pandu (`npm run build`'s script, whatever
// it does today) and Starlight with its defaults (bench/starlight/, its own package.json).
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusFormat } from './corpus.ts';
import { timedRun, type RunStats } from './timed-run.ts';
import { articleBody } from './page-weight.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const starlightRoot = join(repoRoot, 'bench/starlight');

export interface BuildDirs {
  /** Generated corpus in this site's format. */
  corpus: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
}

export interface BenchSite {
  name: 'pandu' | 'starlight';
  format: CorpusFormat;
  /** Where the article body is on a page; the rest is chrome. */
  articleBody: RegExp;
  /** A cold build: no cache from an earlier run. */
  build(dirs: BuildDirs): Promise<RunStats>;
}

// Astro's telemetry would phone home (and wait for the network) on every build.
const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

export const pandu: BenchSite = {
  name: 'pandu',
  format: 'pandu',
  articleBody: articleBody.pandu,
  build: ({ corpus, outDir, cacheDir, logFile }) => {
    // Removing the previous output is not part of a build's time.
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    return timedRun(process.execPath, ['scripts/build.ts'], {
      cwd: repoRoot,
      env: { ...quietEnv, PANDU_CONTENT: corpus, PANDU_OUT_DIR: outDir, PANDU_CACHE_DIR: cacheDir },
      logFile,
    });
  },
};

/** Installs bench/starlight's exact versions from its lock file on first use. */
export function ensureStarlightInstalled(): void {
  if (existsSync(join(starlightRoot, 'node_modules/@astrojs/starlight/package.json'))) return;
  console.log('Installing Starlight for the bench (bench/starlight, npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlightRoot, stdio: 'inherit', env: process.env });
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
  build: ({ corpus, outDir, cacheDir, logFile }) => {
    ensureStarlightInstalled();
    linkDocs(corpus);
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    return timedRun(process.execPath, [join(starlightRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: starlightRoot,
      env: { ...quietEnv, STARLIGHT_OUT_DIR: outDir, STARLIGHT_CACHE_DIR: cacheDir },
      logFile,
    });
  },
};
