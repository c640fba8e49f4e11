// Reads content/site.yaml outside Astro's content layer, once per build: astro.config.mjs needs
// the base URL and base path before any collection exists, then hands the settings to the pages
// (virtual:pandu/site, src/integrations/site.ts) and to the other integrations as options.
// The writers' check reads the same file with line positions (src/core/corpus.ts), against the same schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { basePathOverride } from './env.ts';
import { siteSettingsSchema, type SiteSettings } from './schemas.ts';

/** content/site.yaml of a content folder. */
export function siteSettingsFile(dir: string): string {
  return join(dir, 'site.yaml');
}

export function readSiteSettings(dir: string): SiteSettings {
  const file = siteSettingsFile(dir);
  const result = siteSettingsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
    throw new Error(`${file}: site settings are not valid:\n${problems}`);
  }
  return result.data;
}

/** BASE_PATH (environment) wins over `basePath` in site.yaml; always "/…/". */
export function resolveBasePath(settings: SiteSettings): string {
  const raw = basePathOverride() ?? settings.basePath;
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
