// Reading a built site: its HTML files and the pages in them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const htmlFiles = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.html'));

/** The HTML of a page by its URL path under the site root ("en/" → en/index.html). */
export function readPage(dir: string, urlPath: string): string {
  const clean = urlPath.replace(/^\/+/, '');
  const file = clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
  return readFileSync(join(dir, file), 'utf8');
}

/** Values of one attribute on every matching tag: attrs(html, 'a', 'href'). */
export function attrs(html: string, tag: string, attr: string): string[] {
  const tagRe = new RegExp(`<${tag}\\b[^>]*>`, 'gi');
  const attrRe = new RegExp(`\\s${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  return [...html.matchAll(tagRe)].flatMap((m) => {
    const a = attrRe.exec(m[0]);
    return a ? [a[1] ?? a[2] ?? a[3] ?? ''] : [];
  });
}
