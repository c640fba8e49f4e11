// Offline reading in the built site (src/integrations/offline.ts): the worker's manifest lists the
// files of each locale (pages, search bundle with its from-* bundles) with their sizes and hashes,
// the worker and the registration stay within their byte budgets (PRODUCT.md §5, issue 15), the
// host is told never to cache the worker, and the web app manifest points at real icons.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { siteDir, tmpRoot } from '../helpers/paths.ts';
import { htmlFiles, listFiles } from '../helpers/dist.ts';
import { gzipBytes } from '../../scripts/bench/page-weight.ts';
import { localeBytes, offlineManifest, type OfflineManifest } from '../../src/integrations/offline.ts';
import { renderNginxConf } from '../../deploy/nginx-conf.ts';

const KB = 1024;
const worker = readFileSync(join(siteDir, 'sw.js'), 'utf8');
const manifest = JSON.parse(/^const M=(.*);$/m.exec(worker)![1]!) as OfflineManifest;
/** The hand-written part of sw.js: everything after the manifest line. */
const workerCode = worker.slice(worker.indexOf('\n') + 1);
const pathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

describe('the service worker of the built site', () => {
  it('lists every page and search file of each locale under that locale, with its size and hash', () => {
    const byPath = new Map(manifest.files.map((f) => [f[0], f]));
    for (const locale of ['en', 'id']) {
      const own = listFiles(siteDir).filter((f) => f.startsWith(`${locale}/`) || f.startsWith(`pagefind/${locale}/`));
      expect(own.length).toBeGreaterThan(20);
      for (const file of own) {
        const entry = byPath.get(pathOf(file));
        const bytes = readFileSync(join(siteDir, file));
        expect(entry, file).toEqual([
          pathOf(file),
          bytes.length,
          createHash('sha256').update(bytes).digest('hex').slice(0, 8),
          locale,
        ]);
      }
      expect(byPath.get(`${locale}/offline/`)?.[3]).toBe(locale);
    }
    // Shared by every locale: the stylesheet and scripts, icons, the locale chooser.
    const shared = manifest.files.filter((f) => f[3] === '').map((f) => f[0]);
    expect(shared).toEqual(expect.arrayContaining(['', 'favicon.svg', 'icons/icon-192.png', 'icons/maskable-512.png']));
    expect(shared.filter((p) => p.startsWith('_astro/'))).toEqual(
      listFiles(siteDir).filter((f) => f.startsWith('_astro/')),
    );
    // Not for readers: host configuration, crawler files, the worker itself.
    for (const path of ['_headers', 'sitemap.xml', 'robots.txt', 'sw.js', '404.html'])
      expect(byPath.has(path), path).toBe(false);
  });

  it('saves each locale of the real content whole: it fits the default 5 MB budget', () => {
    expect(manifest.budget).toBe(5 * KB * KB);
    for (const locale of ['en', 'id']) {
      expect(localeBytes(manifest, locale)).toBeGreaterThan(100 * KB);
      expect(localeBytes(manifest, locale)).toBeLessThanOrEqual(manifest.budget);
    }
  });

  it("files a locale's from-* search bundles (untranslated articles) under that locale", () => {
    const dir = mkdtempSync(join(tmpRoot, 'offline-manifest-'));
    try {
      for (const file of [
        'id/index.html',
        'pagefind/id/pagefind.js',
        'pagefind/id/from-en/pagefind-entry.json',
        'pagefind/en/pagefind.js',
        '_astro/a.css',
        'sitemap.xml',
      ]) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), file);
      }
      const built = offlineManifest(dir, ['id', 'en'], 1000);
      expect(built.files.map((f) => [f[0], f[3]])).toEqual([
        ['_astro/a.css', ''],
        ['id/', 'id'],
        ['pagefind/en/pagefind.js', 'en'],
        ['pagefind/id/from-en/pagefind-entry.json', 'id'],
        ['pagefind/id/pagefind.js', 'id'],
      ]);
      // The version follows the bytes: same files, same version; one byte more, another.
      expect(offlineManifest(dir, ['id', 'en'], 1000).v).toBe(built.v);
      writeFileSync(join(dir, 'id/index.html'), 'id/index.html!');
      expect(offlineManifest(dir, ['id', 'en'], 1000).v).not.toBe(built.v);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the worker within 5 KB gzip and the registration on a page within 0.5 KB gzip', () => {
    expect(gzipBytes(workerCode)).toBeLessThanOrEqual(5 * KB);
    // The worker is real code, not an empty file.
    expect(workerCode).toContain('skipWaiting');
    const page = readFileSync(join(siteDir, 'en/phrasebook/index.html'), 'utf8');
    const scripts = [...page.matchAll(/<script type="module" src="\/(_astro\/OfflineNotice[^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const registration = readFileSync(join(siteDir, scripts[0]!), 'utf8');
    expect(registration).toContain('sw.js');
    expect(gzipBytes(registration)).toBeLessThanOrEqual(512);
  });

  it("registers on every page but the locale chooser, with the notice in the page's language", () => {
    for (const file of htmlFiles(siteDir).filter((f) => /^(en|id)\//.test(f))) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      expect(html, file).toMatch(new RegExp(`id="offline-notice"[^>]*data-locale="${file.slice(0, 2)}"`));
      expect(html, file).toContain(`<link rel="manifest" href="/${file.slice(0, 2)}/manifest.webmanifest">`);
    }
  });

  it('tells hosts to check the worker at every visit: _headers and the nginx config', () => {
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    expect(headers).toContain("worker-src 'self'; manifest-src 'self'");
    const nginx = renderNginxConf({ dist: siteDir });
    const block = /location = \/sw\.js \{[^}]*\}/.exec(nginx)?.[0];
    expect(block).toContain('add_header Cache-Control "no-cache" always;');
    // …and the security headers of every response, which nginx does not inherit into a location.
    expect(block).toContain('add_header Content-Security-Policy');
  });

  it('writes a web app manifest per locale: name, start page in the locale, icons that exist, one maskable', () => {
    for (const locale of ['en', 'id']) {
      const app = JSON.parse(readFileSync(join(siteDir, locale, 'manifest.webmanifest'), 'utf8'));
      expect(app).toMatchObject({ lang: locale, start_url: `/${locale}/`, scope: '/', display: 'standalone' });
      for (const icon of app.icons) expect(listFiles(siteDir), icon.src).toContain(icon.src.slice(1));
      expect(app.icons.filter((i: { purpose: string }) => i.purpose === 'maskable')).toHaveLength(1);
      expect(app.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    }
  });
});
