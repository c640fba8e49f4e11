// Every environment variable Pandu reads or sets, in one place; docs/configuration.md lists them
// with content/site.yaml's settings. Functions, not constants: scripts/build.ts sets the Astro
// root and output folder for the build it starts, after this module is loaded.
// (scripts/prerequisites.mjs keeps its own plain-JS reads: it runs on old Node, before any of this.)
import { delimiter, resolve } from 'node:path';

const read = (name: string): string | undefined => process.env[name] || undefined;

/** The content folder: `content/`, or PANDU_CONTENT (fixtures in tests, a generated corpus in the bench). */
export function contentDir(): string {
  return resolve(read('PANDU_CONTENT') ?? 'content');
}

/** Where the build writes the site: PANDU_OUT_DIR, else dist/ (relative to the working folder). */
export function outDir(): string {
  return read('PANDU_OUT_DIR') ?? 'dist';
}

/** A cache folder of the build's own (tests, the bench, shards): PANDU_CACHE_DIR; undefined for the shared one. */
export function ownCacheDir(): string | undefined {
  return read('PANDU_CACHE_DIR');
}

/** Astro's cache and the check's facts cache: PANDU_CACHE_DIR, else node_modules/.astro. */
export function cacheDir(): string {
  return ownCacheDir() ?? 'node_modules/.astro';
}

/** The Astro project root of a build with its own cache folder (set by scripts/build.ts): PANDU_ASTRO_ROOT. */
export function astroRoot(): string | undefined {
  return read('PANDU_ASTRO_ROOT');
}

/** BASE_PATH: the path the site is served under, over site.yaml's `basePath`. */
export function basePathOverride(): string | undefined {
  return read('BASE_PATH');
}

/** PANDU_LOG_LEVEL=debug: Astro's own debug output during `npm run build`. */
export function astroLogLevel(): 'debug' | 'warn' {
  return read('PANDU_LOG_LEVEL') === 'debug' ? 'debug' : 'warn';
}

/** PANDU_PHASES_FILE: where `npm run build` also writes its phase timings as JSON (the bench reads them). */
/**
 * PANDU_ARTICLES_AS_MODULES=1 bundles every article as Astro does by default, instead of compiling
 * each when its page renders (src/lib/article-body.ts): the comparison in tests/build/article-bodies.test.ts,
 * and a way back should a future Astro render them differently.
 */
export function articlesAsModules(): boolean {
  return read('PANDU_ARTICLES_AS_MODULES') === '1';
}

export function phasesFile(): string | undefined {
  return read('PANDU_PHASES_FILE');
}

/** PANDU_VERIFIED_WITHIN_DAYS: how recent a contact fact's "verified" date must be (the check's default otherwise). */
export function verifiedWithinDays(): number | undefined {
  const days = read('PANDU_VERIFIED_WITHIN_DAYS');
  return days ? Number(days) : undefined;
}

/** PANDU_TODAY (YYYY-MM-DD): the date the check counts from, for tests. */
export function today(): Date | undefined {
  const day = read('PANDU_TODAY');
  return day ? new Date(day) : undefined;
}

/** Colours in terminal output: only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColor(stream: { isTTY?: boolean }): boolean {
  return Boolean(stream.isTTY) && !read('NO_COLOR');
}

/** CHROMIUM_PATH: the browser for screenshots, tests and Lighthouse, over the one found on PATH. */
export function chromiumPath(): string | undefined {
  return read('CHROMIUM_PATH');
}

/** The folders of PATH, where system tools (chromium, nginx) are looked for. */
export function pathDirs(): string[] {
  return (read('PATH') ?? '').split(delimiter).filter(Boolean);
}

/** SCREENSHOT_DIR: where `npm run screenshots` writes its PNGs. */
export function screenshotDir(): string {
  return read('SCREENSHOT_DIR') ?? 'tests/.tmp/screenshots';
}

/** CI: set by CI services; the tests then also write a JSON report. */
export function onCi(): boolean {
  return Boolean(read('CI'));
}

/** scripts/build.ts hands the Astro build it starts its own root and output folder (read by astro.config.mjs). */
/**
 * PANDU_SHARD_LOCALES: the locales a shard build renders (scripts/build.ts sets it from --locales,
 * a hand-over inside the build process like PANDU_ASTRO_ROOT); undefined for a whole-site build.
 */
export function shardLocalesSetting(): string[] | undefined {
  return read('PANDU_SHARD_LOCALES')?.split(',');
}

/** Hands a shard's locales to the pages, content loader and integrations of this build process. */
export function passShardLocales(locales: readonly string[] | undefined): void {
  if (locales) process.env.PANDU_SHARD_LOCALES = locales.join(',');
  else delete process.env.PANDU_SHARD_LOCALES;
}

/** The environment variables that change what a build writes, for the fingerprint of an incremental build. */
export function outputSettings(): Record<string, string | undefined> {
  const names = [
    'BASE_PATH',
    'PANDU_CONTENT',
    'PANDU_ARTICLES_AS_MODULES',
    'PANDU_SHARD_LOCALES',
    'PANDU_TODAY',
    'PANDU_VERIFIED_WITHIN_DAYS',
  ];
  return Object.fromEntries(names.map((name) => [name, read(name)]));
}

/**
 * PANDU_INCREMENTAL: what an incremental build (scripts/lib/build-state.ts) renders again, as JSON:
 * the ids ("en/refund") of the articles whose text changed and the folder of the last build, whose
 * other pages it keeps. Set by scripts/build.ts for the Astro build it starts; undefined for a full build.
 */
export function incrementalSetting(): { changed: string[]; previous: string } | undefined {
  const value = read('PANDU_INCREMENTAL');
  return value ? (JSON.parse(value) as { changed: string[]; previous: string }) : undefined;
}

/** Hands an incremental build's plan to the pages and integrations of this build process. */
export function passIncremental(plan: { changed: readonly string[]; previous: string } | undefined): void {
  if (plan) process.env.PANDU_INCREMENTAL = JSON.stringify(plan);
  else delete process.env.PANDU_INCREMENTAL;
}

export function passToAstroBuild(options: { astroRoot?: string; outDir: string }): void {
  if (options.astroRoot) process.env.PANDU_ASTRO_ROOT = options.astroRoot;
  process.env.PANDU_OUT_DIR = options.outDir;
}

/** No telemetry and no "new Astro version" notice, whoever runs Astro (versions are pinned, upgraded on purpose). */
export function quietAstro(): void {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
}

/** NODE_COMPILE_CACHE: Node keeps compiled modules in `dir` (the tests set it; their workers and the processes they start inherit it). */
export function useNodeCompileCache(dir: string): void {
  process.env.NODE_COMPILE_CACHE ??= dir;
}

/** Pagefind reads its index chunk size from its environment when it starts (src/integrations/search-index.ts). */
export function setPagefindChunkSize(bytes: string): void {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= bytes;
}
