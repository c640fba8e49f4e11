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

function buildCommand({ content, name, basePath, env = {}, args = [] }: BuildOptions) {
  const outDir = resolve(tmpRoot, name);
  mkdirSync(tmpRoot, { recursive: true });
  // Vitest puts BASE_URL=/ in the environment; Astro's prerender would take it over `base`.
  const { BASE_URL: _vitestBaseUrl, ...inherited } = process.env;
  // Every build has its own output and cache folders (and so its own Astro root): builds of
  // different content folders can run at the same time.
  return {
    outDir,
    command: process.execPath,
    args: ['scripts/build.ts', ...args],
    options: {
      cwd: repoRoot,
      env: {
        ...inherited,
        PANDU_OUT_DIR: outDir,
        PANDU_CACHE_DIR: resolve(tmpRoot, `.cache-${name}`),
        ...(content ? { PANDU_CONTENT: content } : {}),
        ...(basePath ? { BASE_PATH: basePath } : {}),
        ...env,
      },
    },
  };
}

export function buildSite(options: BuildOptions): BuildResult {
  const { outDir, command, args, options: spawnOptions } = buildCommand(options);
  const result = spawnSync(command, args, { ...spawnOptions, encoding: 'utf8' });
  return { ok: result.status === 0, outDir, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build in the background: tests can run several at once. */
export function buildSiteAsync(options: BuildOptions): Promise<BuildResult> {
  const { outDir, command, args, options: spawnOptions } = buildCommand(options);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, spawnOptions);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ ok: code === 0, outDir, output }));
  });
}
