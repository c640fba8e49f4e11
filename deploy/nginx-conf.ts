// Renders deploy/nginx.conf for a built site: `node deploy/nginx-conf.ts <dist> [--root <path on
// the server>] [--listen 80] [--server-name _]`. Everything else comes from the build itself: the
// base path and headers from <dist>/_headers, the locales from the <locale>/404/ pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHeadersFile, type HeaderRule } from '../src/lib/security-headers.ts';

export interface NginxOptions {
  /** The built site (dist/). */
  dist: string;
  /** Where the files are on the server; defaults to `dist` itself. */
  root?: string;
  listen?: string;
  serverName?: string;
}

interface Location {
  /** A path prefix ("/help/en/"), or one file ("/help/sw.js") when `exact`. */
  prefix: string;
  exact?: boolean;
  errorPage?: string;
  headers: Record<string, string>;
}

const template = readFileSync(join(import.meta.dirname, 'nginx.conf'), 'utf8');
/** `/help/_astro/*` → `/help/_astro/`: the _headers patterns the build writes are prefixes or single files. */
const prefixOf = (rule: HeaderRule) => {
  if (rule.path.includes('*') && !rule.path.endsWith('/*'))
    throw new Error(`_headers: "${rule.path}" is neither a "/…/*" prefix nor one file; nginx-conf.ts cannot map it.`);
  return rule.path.replace(/\*$/, '');
};
const isFile = (rule: HeaderRule) => !rule.path.endsWith('*');
/** Whether a rule's headers apply to a location: a prefix rule to everything under it, a file rule to that file. */
const covers = (rule: HeaderRule, location: Location) =>
  isFile(rule) ? location.exact === true && location.prefix === rule.path : location.prefix.startsWith(prefixOf(rule));

const headerRulesOf = (dist: string) => parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
/** The base path a site was built for: the build's first header rule covers the whole site. */
export const basePathOf = (dist: string) => prefixOf(headerRulesOf(dist)[0]!);

export function renderNginxConf({ dist, root = resolve(dist), listen = '80', serverName = '_' }: NginxOptions): string {
  const rules = headerRulesOf(dist);
  const base = basePathOf(dist);
  const locales = readdirSync(dist).filter((name) => existsSync(join(dist, name, '404', 'index.html')));

  const locations = new Map<string, Location>();
  const add = (prefix: string, errorPage?: string) => {
    const known = locations.get(prefix);
    if (known) known.errorPage ??= errorPage;
    else locations.set(prefix, { prefix, errorPage, headers: {} });
  };
  add(base, `${base}404.html`);
  for (const locale of locales) add(`${base}${locale}/`, `${base}${locale}/404/`);
  for (const rule of rules.filter((r) => !isFile(r))) add(prefixOf(rule));
  for (const rule of rules.filter(isFile))
    locations.set(`=${rule.path}`, { prefix: rule.path, exact: true, headers: {} });

  const blocks = [...locations.values()]
    .sort((a, b) => a.prefix.localeCompare(b.prefix))
    .map((location) => {
      // nginx does not merge add_header across locations: each one lists every header that applies.
      for (const rule of rules) if (covers(rule, location)) Object.assign(location.headers, rule.headers);
      // Missing paths get the 404 page of the nearest locale (or the site's).
      const errorPage =
        location.errorPage ??
        [...locations.values()]
          .filter((l) => l.errorPage && location.prefix.startsWith(l.prefix))
          .sort((a, b) => b.prefix.length - a.prefix.length)[0]!.errorPage;
      const alias = `${root.replace(/\/+$/, '')}/${location.prefix.slice(base.length)}`;
      return [
        `    location ${location.exact ? '=' : '^~'} ${location.prefix} {`,
        `        alias ${alias};`,
        `        error_page 404 ${errorPage};`,
        ...Object.entries(location.headers).map(
          ([name, value]) => `        add_header ${name} "${value.replace(/"/g, '\\"')}" always;`,
        ),
        '    }',
      ].join('\n');
    });
  // Host configuration, not a page.
  blocks.push(`    location = ${base}_headers {\n        return 404;\n    }`);
  if (base !== '/') blocks.unshift(`    location = ${base.slice(0, -1)} {\n        return 301 ${base};\n    }`);

  return template
    .replace('{{listen}}', listen)
    .replace('{{server_name}}', serverName)
    .replace('{{locations}}', blocks.join('\n\n'));
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { root: { type: 'string' }, listen: { type: 'string' }, 'server-name': { type: 'string' } },
  });
  const dist = positionals[0] ?? 'dist';
  if (!existsSync(join(dist, '_headers'))) {
    console.error(`${dist}/_headers not found: build the site first (npm run build), then pass its folder.`);
    process.exit(1);
  }
  process.stdout.write(
    renderNginxConf({ dist, root: values.root, listen: values.listen, serverName: values['server-name'] }),
  );
}
