// Where a build runs Astro. A build with a cache folder of its own (PANDU_CACHE_DIR: tests, the
// bench, shards) gets a project root of its own, so the .astro/ folders of builds running at once
// never collide (scripts/build.ts points srcDir and publicDir back at the repository).
// That root must sit inside the repository: Astro and Vite resolve packages from it (generated
// modules import "astro/..."), and Astro's style modules break when srcDir is not below the
// root's parent folders. A cache folder outside the repository gets its root under
// node_modules/.astro/roots/, named by the cache folder's path.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';

export function astroRootFor(projectRoot: string, cacheDir: string | undefined): string {
  if (!cacheDir) return projectRoot;
  const cache = resolve(cacheDir);
  const inside = relative(projectRoot, cache);
  const root =
    inside && !inside.startsWith('..') && !isAbsolute(inside)
      ? join(cache, 'astro-root')
      : join(projectRoot, 'node_modules/.astro/roots', createHash('sha1').update(cache).digest('hex').slice(0, 12));
  mkdirSync(root, { recursive: true });
  return root;
}
