// Shards of a build and their merge (docs/scaling.md). A shard (`npm run build -- --locales en
// --out shards/en`) holds its locales' pages and search bundles, plus the files every shard
// writes alike (the language chooser, 404.html, robots.txt, _headers, _astro/, icons). The merge
// (`npm run merge-shards`) checks the shards belong together, copies them into one folder and
// then computes what covers the whole site: the words files of search, sitemap.xml and sw.js
// with its list of files and their hashes. The result equals a whole build byte for byte
// (tests/build/shards.test.ts).
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { addWordCounts, writeWordsFiles } from '../../src/integrations/search-index.ts';
import { sitemapRoot, writeSitemap } from '../../src/integrations/sitemap.ts';
import { writeOfflineWorker } from '../../src/integrations/offline.ts';
import type { SiteSettings } from '../../src/lib/schemas.ts';
import { parseWords, shardFolder, shardManifestFile, shardWordsFile } from '../../src/lib/shard.ts';
import { readSiteSettings, resolveBasePath } from '../../src/lib/site-settings.ts';
import { contentDir } from '../../src/lib/env.ts';
import { codeFingerprint, filesUnder, fingerprint } from './fingerprint.ts';

/** A problem with the shards given to the merge (or the --locales flag): the message says what to do. */
export class ShardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardError';
  }
}

/** `--locales en,id --locales ar` → ["en", "id", "ar"] in the site's order, each a locale of the site. */
export function parseLocalesFlag(values: readonly string[], siteLocales: readonly string[]): string[] {
  const asked = values
    .flatMap((v) => v.split(','))
    .map((l) => l.trim())
    .filter(Boolean);
  const unknown = asked.filter((l) => !siteLocales.includes(l));
  if (unknown.length || !asked.length) {
    throw new ShardError(
      `--locales: ${unknown.length ? `${unknown.map((l) => `"${l}"`).join(', ')} is not a locale of this site` : 'no locale given'}. Use some of: ${siteLocales.join(', ')} (content/site.yaml).`,
    );
  }
  return siteLocales.filter((l) => asked.includes(l));
}

export interface ShardManifest {
  format: 1;
  /** Locales whose pages this shard holds. */
  locales: string[];
  /** Every locale of the site. */
  siteLocales: string[];
  /** Fingerprint of the code that built it (sources, public files, lockfile): shards of two commits never mix. */
  build: string;
  /** Fingerprint of the content folder: shards of two versions of the content never mix. */
  content: string;
  /** Base path the pages were built for (BASE_PATH or site.yaml). */
  base: string;
  settings: SiteSettings;
}

export function shardManifest(locales: string[]): ShardManifest {
  const dir = contentDir();
  const settings = readSiteSettings(dir);
  return {
    format: 1,
    locales,
    siteLocales: settings.locales,
    build: codeFingerprint(),
    content: fingerprint(
      dir,
      filesUnder(dir, (path) => path.split('/').some((part) => part.startsWith('.'))),
    ),
    base: resolveBasePath(settings),
    settings,
  };
}

export function writeShardManifest(outDir: string, manifest: ShardManifest): void {
  const file = join(outDir, shardManifestFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

interface Shard {
  dir: string;
  /** The folder as messages show it. */
  name: string;
  manifest: ShardManifest;
}

function readShard(dir: string): Shard {
  const name = relative(process.cwd(), dir) || '.';
  const file = join(dir, shardManifestFile);
  if (!existsSync(file)) {
    throw new ShardError(
      `${name} is not a shard: it has no ${shardManifestFile}. Build one with \`npm run build -- --locales <locales> --out ${name}\`.`,
    );
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as ShardManifest;
  if (manifest.format !== 1)
    throw new ShardError(
      `${name}: a shard of another Pandu version (format ${manifest.format}). Build every shard with this one.`,
    );
  return { dir, name, manifest };
}

/** Throws ShardError unless the shards were built from the same code and content and cover every locale once. */
export function checkShards(shards: readonly Shard[]): void {
  if (!shards.length) throw new ShardError('No shard given. Usage: npm run merge-shards -- <shard folder>… --out dist');
  const [first] = shards as [Shard];
  // The merge writes sw.js with this checkout's worker: it must be the code that built the shards.
  const here = codeFingerprint();
  if (first.manifest.build !== here) {
    throw new ShardError(
      `${first.name} was built from other code (build ${first.manifest.build}) than this checkout (build ${here}): merge with the commit and lockfile that built the shards. Nothing was written.`,
    );
  }
  for (const shard of shards.slice(1)) {
    const a = first.manifest;
    const b = shard.manifest;
    const differ = (what: string, fix: string) =>
      new ShardError(`${shard.name} and ${first.name} were built from ${what}: ${fix}. Nothing was written.`);
    if (a.build !== b.build)
      throw differ(
        `different code (build ${b.build} and ${a.build})`,
        'build every shard from the same commit and lockfile',
      );
    if (a.content !== b.content)
      throw differ(
        `different content (content ${b.content} and ${a.content})`,
        'build every shard from the same content folder',
      );
    if (a.base !== b.base)
      throw differ(`different base paths (${b.base} and ${a.base})`, 'build every shard with the same BASE_PATH');
  }
  const site = first.manifest.siteLocales;
  const owner = new Map<string, string>();
  for (const shard of shards) {
    for (const locale of shard.manifest.locales) {
      const other = owner.get(locale);
      if (other)
        throw new ShardError(
          `Locale "${locale}" is in two shards, ${other} and ${shard.name}: build each locale in one shard only. Nothing was written.`,
        );
      owner.set(locale, shard.name);
    }
  }
  const missing = site.filter((l) => !owner.has(l));
  if (missing.length) {
    throw new ShardError(
      `No shard holds ${missing.map((l) => `"${l}"`).join(', ')} (the site's locales: ${site.join(', ')}). Build it with \`npm run build -- --locales ${missing.join(',')} --out <folder>\` and pass that folder too. Nothing was written.`,
    );
  }
}

export interface MergeResult {
  outDir: string;
  locales: string[];
  /** A line about sw.js, when offline reading is on. */
  offline?: string;
}

/**
 * Merges shard folders into `outDir`: in a staging folder first, swapped into place only when
 * everything worked, so a failed merge leaves `outDir` as it was.
 */
export async function mergeShards(dirs: readonly string[], outDir: string): Promise<MergeResult> {
  const shards = dirs.map((d) => readShard(resolve(d)));
  checkShards(shards);
  const { settings, base } = shards[0]!.manifest;
  const staging = `${outDir}.staging`;
  const previous = `${outDir}.previous`;
  rmSync(staging, { recursive: true, force: true });
  try {
    // Files several shards write (the root pages, _astro/, icons) must be the same bytes in each.
    const from = new Map<string, Shard>();
    for (const shard of shards) {
      for (const path of filesUnder(shard.dir, (p) => p.startsWith(`${shardFolder}/`))) {
        const target = join(staging, path);
        const earlier = from.get(path);
        if (earlier) {
          if (!readFileSync(join(shard.dir, path)).equals(readFileSync(target))) {
            throw new ShardError(
              `${path} differs between ${earlier.name} and ${shard.name}, though both shards claim the same code and content. Rebuild both. Nothing was written.`,
            );
          }
          continue;
        }
        from.set(path, shard);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join(shard.dir, path), target);
      }
    }
    // Then what covers the whole site, in the order a whole build writes it.
    const words = shards
      .map((s) => join(s.dir, shardWordsFile))
      .filter((f) => existsSync(f))
      .map((f) => parseWords(readFileSync(f, 'utf8')));
    await writeWordsFiles(staging, addWordCounts(words));
    writeSitemap(staging, sitemapRoot(settings.baseUrl, base));
    const offline = await writeOfflineWorker(staging, settings);
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
    return { outDir, locales: shards.flatMap((s) => s.manifest.locales), offline };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
