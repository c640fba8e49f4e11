// /<locale>/manifest.webmanifest: the web app manifest that makes the help center installable,
// one per locale so the installed app opens in the reader's language. Icons: public/icons/.
import type { APIRoute } from 'astro';
import { builtLocales, paths, site, strings } from '../../lib/content.ts';
import { localeStaticPaths } from '../../lib/routes.ts';

export function getStaticPaths() {
  return localeStaticPaths(builtLocales);
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale!;
  const icon = (file: string, sizes: string, type: string, purpose = 'any') => ({
    src: paths.file(`icons/${file}`),
    sizes,
    type,
    purpose,
  });
  const manifest = {
    id: paths.home(locale),
    name: site.name,
    short_name: site.name,
    description: site.tagline?.[locale] ?? strings(locale).footerNote,
    lang: locale,
    start_url: paths.home(locale),
    scope: paths.base,
    display: 'standalone',
    background_color: '#fbfbf8',
    theme_color: site.theme.accent,
    icons: [
      icon('icon.svg', 'any', 'image/svg+xml'),
      icon('icon-192.png', '192x192', 'image/png'),
      icon('icon-512.png', '512x512', 'image/png'),
      icon('maskable-512.png', '512x512', 'image/png', 'maskable'),
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
