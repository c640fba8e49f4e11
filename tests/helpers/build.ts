// Runs `npm run build`'s script on a content folder, in its own output and cache folders,
// so tests can build fixtures side by side with the real site.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, tmpRoot } from './paths.ts';

export interface BuildOptions {
  /** Content folder (default: the real content/). */
  content?: string;
  /** Name of the output folder under tests/.tmp. */
  name: string;
  /** Base path, such as "/help/". */
  basePath?: string;
  env?: Record<string, string>;
  /** Arguments for the build script, such as --quiet. */
  args?: string[];
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  output: string;
}

export function buildSite({ content, name, basePath, env = {}, args = [] }: BuildOptions): BuildResult {
  const outDir = resolve(tmpRoot, name);
  mkdirSync(tmpRoot, { recursive: true });
  // Vitest puts BASE_URL=/ in the environment; Astro's prerender would take it over `base`.
  const { BASE_URL: _vitestBaseUrl, ...inherited } = process.env;
  // One build at a time: Astro writes .astro/content-modules.mjs in the project root, so two
  // builds of different content folders at once can render each other's articles.
  const result = spawnSync('flock', [resolve(tmpRoot, '.build.lock'), process.execPath, 'scripts/build.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...inherited,
      PANDU_OUT_DIR: outDir,
      PANDU_CACHE_DIR: resolve(tmpRoot, `.cache-${name}`),
      ...(content ? { PANDU_CONTENT: content } : {}),
      ...(basePath ? { BASE_PATH: basePath } : {}),
      ...env,
    },
  });
  return { ok: result.status === 0, outDir, output: `${result.stdout}\n${result.stderr}` };
}
