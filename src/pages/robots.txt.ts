// /robots.txt: crawl everything, find the sitemap. Under a base path crawlers only read the
// host's root robots.txt: docs/deploy.md says to copy the Sitemap line there.
import type { APIRoute } from 'astro';
import { paths, site } from '../lib/content.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: ${paths.base}\n\nSitemap: ${new URL(paths.file('sitemap.xml'), site.baseUrl).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
