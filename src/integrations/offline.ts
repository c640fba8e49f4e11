// Writes <base>sw.js after the build: the service worker of offline reading
// (src/client/offline/worker.ts) with this build's manifest in front of it. The manifest lists
// every file a reader may keep offline, with its size (for the budget: a locale that fits is
// saved whole) and a hash of its bytes (so a cache never mixes two builds), filed under its
// locale: <locale>/… pages and pagefind/<locale>/… (its whole search bundle, from-* included),
// or "" for files every locale uses (_astro/, icons, the locale chooser).
// The version is a hash of the manifest: the same content builds the same sw.js, byte for byte.
// With `offline: false`, sw.js is a worker that removes itself and its caches from readers' browsers.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify, transformWithOxc } from 'vite';
import type { SiteSettings } from '../lib/schemas.ts';
import { offlineBudget } from '../lib/offline.ts';
import { fileLocale, pageOfFile } from '../lib/routes.ts';
import { shardLocales } from '../lib/shard.ts';

/** [path under the base path, bytes, hash, locale or ""]; an HTML page as its address ("en/phrasebook/"). */
export type ManifestFile = [path: string, bytes: number, hash: string, locale: string];
export interface OfflineManifest {
  v: string;
  budget: number;
  files: ManifestFile[];
}

/** Files no reader needs offline: host configuration, files for crawlers, the worker itself, the site-wide 404. */
const notForReaders = new Set(['sw.js', '_headers', 'sitemap.xml', 'robots.txt', '404.html']);

const hash = (data: Buffer | string, length: number) =>
  createHash('sha256').update(data).digest('hex').slice(0, length);

/**
 * The size of a file and the hash of its bytes, read through one buffer for every file. Read
 * whole, the site's files (75 MB at 2,000 articles a locale) stayed in buffers until a later
 * collection: the build's process grew by 48 and 166 MB over its last 2 s, its peak in one of
 * those builds; through one buffer it grows by 4 MB (docs/performance.md).
 */
function sizeAndHash(file: string, buffer: Buffer): [bytes: number, hash: string] {
  const fd = openSync(file, 'r');
  try {
    const digest = createHash('sha256');
    const size = fstatSync(fd).size;
    for (let read = 0; read < size;) {
      const n = readSync(fd, buffer, 0, buffer.length, read);
      if (n === 0) break;
      digest.update(buffer.subarray(0, n));
      read += n;
    }
    return [size, digest.digest('hex').slice(0, 8)];
  } finally {
    closeSync(fd);
  }
}

export function offlineManifest(outDir: string, locales: readonly string[], budget: number): OfflineManifest {
  const buffer = Buffer.allocUnsafe(256 * 1024);
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !notForReaders.has(path))
    .sort()
    .map((path): ManifestFile => {
      const [bytes, fileHash] = sizeAndHash(join(outDir, path), buffer);
      return [pageOfFile(path), bytes, fileHash, fileLocale(path, locales) ?? ''];
    });
  return { v: hash(JSON.stringify([budget, files]), 12), budget, files };
}

/** Bytes a reader's device keeps when `locale` is saved whole: its own files and the shared ones. */
export function localeBytes(manifest: OfflineManifest, locale: string): number {
  return manifest.files.filter((f) => f[3] === '' || f[3] === locale).reduce((sum, f) => sum + f[1], 0);
}

/** The worker's code, types stripped and minified (deterministic: same source, same bytes). */
export async function workerCode(): Promise<string> {
  const file = fileURLToPath(new URL('../client/offline/worker.ts', import.meta.url));
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  // A classic worker script: the `export {}` that makes the source a module goes.
  const script = code.replace(/^export\s*\{\s*\};?\s*$/m, '');
  return (await minify('sw.js', script, { compress: true, mangle: true })).code;
}

/** Removes the worker and its caches from readers' browsers when a site turns offline reading off. */
export const removalWorker = `// Offline reading is off (content/site.yaml): this worker removes itself and its caches.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith('pandu-')).map((n) => caches.delete(n)))).then(() => self.registration.unregister())));
`;

/** Writes <out>/sw.js for the site in `outDir`; returns a line for the build's log. */
export async function writeOfflineWorker(outDir: string, settings: SiteSettings): Promise<string | undefined> {
  const budget = offlineBudget(settings);
  if (budget === undefined) {
    writeFileSync(join(outDir, 'sw.js'), removalWorker);
    return undefined;
  }
  const manifest = offlineManifest(outDir, settings.locales, budget);
  writeFileSync(join(outDir, 'sw.js'), `const M=${JSON.stringify(manifest)};\n${await workerCode()}`);
  const sizes = settings.locales.map((l) => `${l} ${(localeBytes(manifest, l) / 1024 / 1024).toFixed(2)} MB`);
  return `sw.js ${manifest.v}: ${sizes.join(', ')} of ${(budget / 1024 / 1024).toFixed(2)} MB`;
}

export default function offline(settings: SiteSettings): AstroIntegration {
  return {
    name: 'pandu-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A shard holds some locales only: `npm run merge-shards` lists and hashes the whole site.
        if (shardLocales()) return;
        const line = await writeOfflineWorker(fileURLToPath(dir), settings);
        if (line) logger.info(line);
      },
    },
  };
}
