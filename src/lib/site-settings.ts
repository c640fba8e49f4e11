// Reads content/site.yaml outside Astro's content layer: astro.config.mjs needs the base URL and
// base path before any collection exists.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { siteSettingsSchema, type SiteSettings } from './schemas.ts';

/** The content folder: `content/`, or PANDU_CONTENT (fixtures in tests, a generated corpus in the bench). */
export function contentDir(): string {
  return resolve(process.env.PANDU_CONTENT || 'content');
}

export function readSiteSettings(dir: string): SiteSettings {
  const file = join(dir, 'site.yaml');
  const result = siteSettingsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
    throw new Error(`${file}: site settings are not valid:\n${problems}`);
  }
  return result.data;
}

/** BASE_PATH (environment) wins over `basePath` in site.yaml; always "/…/". */
export function resolveBasePath(settings: SiteSettings): string {
  const raw = process.env.BASE_PATH || settings.basePath;
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
