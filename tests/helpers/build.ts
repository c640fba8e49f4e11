// Runs `npm run build`'s script on a content folder, in its own output and cache folders,
// so tests can build fixtures side by side with the real site.
import { spawn, spawnSync } from 'node:child_process';
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

// No lock between builds: each has its own output and cache folders, and so its own Astro root
// (scripts/build.ts), so builds of different content folders can run at the same time.
function buildCommand({ content, name, basePath, env = {}, args = [] }: BuildOptions) {
  const outDir = resolve(tmpRoot, name);
  mkdirSync(tmpRoot, { recursive: true });
  // Vitest puts BASE_URL=/ in the environment; Astro's prerender would take it over `base`.
  const { BASE_URL: _vitestBaseUrl, ...inherited } = process.env;
  const options = {
    cwd: repoRoot,
    env: {
      ...inherited,
      PANDU_OUT_DIR: outDir,
      PANDU_CACHE_DIR: resolve(tmpRoot, `.cache-${name}`),
      ...(content ? { PANDU_CONTENT: content } : {}),
      ...(basePath ? { BASE_PATH: basePath } : {}),
      ...env,
    },
  };
  return { outDir, args: ['scripts/build.ts', ...args], options };
}

export function buildSite(build: BuildOptions): BuildResult {
  const { outDir, args, options } = buildCommand(build);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
  return { ok: result.status === 0, outDir, output: `${result.stdout}\n${result.stderr}` };
}

/** buildSite without blocking this process: the real site builds so, and tests that build several sites at once. */
export function buildSiteAsync(build: BuildOptions): Promise<BuildResult> {
  const { outDir, args, options } = buildCommand(build);
  return new Promise<BuildResult>((done) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ ok: false, outDir, output: `${output}\n${error.message}` }));
    child.on('close', (status) => done({ ok: status === 0, outDir, output }));
  });
}
