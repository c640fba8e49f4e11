// Internal link checker for a built site: every href/src that stays on the site must reach a
// file, and every #anchor an element id on the target page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './dist.ts';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** Path of a page file as a URL under `base`: "en/x/index.html" → "/help/en/x/". */
export function pageUrl(file: string, base: string): string {
  return `${base}${file.replace(/index\.html$/, '')}`;
}

export function findBrokenLinks(dir: string, base = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, ids(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  for (const page of htmlFiles(dir)) {
    const html = readFileSync(join(dir, page), 'utf8');
    const here = new URL(pageUrl(page, base), 'http://site.test');
    const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const link of links) {
      if (/^(mailto:|tel:|data:)/.test(link)) continue;
      const url = new URL(link, here);
      if (url.origin !== here.origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, link, reason: `outside the base path ${base}` });
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      let file = join(dir, rel);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push({ page, link, reason: 'no such file' });
        continue;
      }
      if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, link, reason: `no element with id "${url.hash.slice(1)}"` });
      }
    }
  }
  return broken;
}
