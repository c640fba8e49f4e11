// The HTTP headers the site wants from its host, in one place. The build writes them to
// dist/_headers (Netlify / Cloudflare Pages format); deploy/nginx-conf.ts turns that file into
// nginx `add_header` lines, and docs/deploy.md shows them for other hosts.
import type { SiteSettings } from './schemas.ts';

/**
 * A strict Content-Security-Policy: scripts only from the site itself (no inline script, no eval;
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine and nothing else),
 * styles only from the bundled stylesheet. The feedback endpoint, when set, is the one other
 * origin the page may talk to (fetch with JavaScript, a form post without).
 */
export function contentSecurityPolicy(settings: Pick<SiteSettings, 'feedbackEndpoint'>): string {
  const feedback = feedbackOrigins(settings.feedbackEndpoint)
    .map((o) => ` ${o}`)
    .join('');
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${feedback}`,
    `form-action 'self'${feedback}`,
    // Offline reading: the service worker and the web app manifest come from the site itself.
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Form backends that answer a post with a redirect to another origin: CSP checks connect-src and
 * form-action on every hop, so the redirect target must be allowed too (docs/feedback.md).
 */
const redirectsTo: Record<string, string> = {
  // Google Apps Script web apps answer /exec with a redirect to the script's output.
  'https://script.google.com': 'https://script.googleusercontent.com',
};

/** The origins the feedback widget talks to: the endpoint's, and where it redirects. */
export function feedbackOrigins(endpoint: string | undefined): string[] {
  if (!endpoint) return [];
  const origin = new URL(endpoint).origin;
  return redirectsTo[origin] ? [origin, redirectsTo[origin]] : [origin];
}

/** Headers for every response, pages and files alike. */
export function securityHeaders(settings: Pick<SiteSettings, 'feedbackEndpoint'>): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(settings),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Older browsers that do not know frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

export interface HeaderRule {
  /** A URL path, or a pattern where "*" matches the rest of the path (the _headers file syntax). */
  path: string;
  headers: Record<string, string>;
}

/**
 * What to send where. Files under _astro/ carry a content hash in their name: cache them for a year.
 * The service worker must be checked at every visit, or readers keep an old build offline.
 */
export function headerRules(settings: Pick<SiteSettings, 'feedbackEndpoint'>, base: string): HeaderRule[] {
  return [
    { path: `${base}*`, headers: securityHeaders(settings) },
    { path: `${base}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { path: `${base}sw.js`, headers: { 'Cache-Control': 'no-cache' } },
  ];
}

/** The rules in the `_headers` format: a path line, then indented "Name: value" lines. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((r) =>
    [r.path, ...Object.entries(r.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# HTTP headers for this site (Netlify and Cloudflare Pages read this file; see docs/deploy.md for other hosts).\n${blocks.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules (deploy/nginx-conf.ts serves what the build wrote). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0)
      throw new Error(`_headers: cannot read "${line.trim()}": expected "Name: value" under a path line.`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}
