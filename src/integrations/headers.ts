// Writes dist/_headers after the build: the security and cache headers of src/lib/security-headers.ts
// for this build's base path and feedback endpoint.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headerRules } from '../lib/security-headers.ts';
import type { SiteSettings } from '../lib/schemas.ts';
import { withTrailingSlash } from '../lib/routes.ts';

export default function headers(settings: SiteSettings): AstroIntegration {
  let base = '/';
  return {
    name: 'pandu-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), formatHeadersFile(headerRules(settings, base)));
      },
    },
  };
}
