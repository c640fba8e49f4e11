// `astro dev` or `astro preview` as a writer runs them (npm run dev / preview), on 127.0.0.1 until
// the test stops it. A dev server writes Astro's .astro/ folder (types, and a lock that refuses a
// second server) in its project root: each test's dev server gets a root of its own, as builds with
// a cache folder do (scripts/lib/astro-root.ts), so several run at once.
import { spawn, type ChildProcess } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { astroRootFor } from '../../scripts/lib/astro-root.ts';
import { freePort } from './server.ts';
import { repoRoot, siteDir, tmpRoot } from './paths.ts';

export interface AstroServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** The server's last lines of output, for a failing test to show. */
  output(): string;
  stop(): Promise<void>;
}

export async function startAstro(
  command: 'dev' | 'preview',
  options: { content?: string; name?: string; env?: Record<string, string> } = {},
): Promise<AstroServer> {
  const port = await freePort();
  const cacheDir = resolve(tmpRoot, `.cache-${options.name ?? command}`);
  const ownRoot = command === 'dev' ? astroRootFor(repoRoot, cacheDir) : undefined;
  // Not Vitest's environment (NODE_ENV=test, BASE_URL, VITEST…): the server of a writer's shell.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(name)),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [
      resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'),
      command,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      ...(ownRoot ? ['--root', ownRoot, '--config', relative(ownRoot, resolve(repoRoot, 'astro.config.mjs'))] : []),
    ],
    {
      cwd: repoRoot,
      env: {
        ...env,
        PANDU_OUT_DIR: siteDir,
        PANDU_CACHE_DIR: cacheDir,
        ...(ownRoot ? { PANDU_ASTRO_ROOT: ownRoot } : {}),
        ...(options.content ? { PANDU_CONTENT: options.content } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  // The server's last lines: for the error when it does not start, and for a failing test to show.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-40_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(url);
      break;
    } catch {
      if (child.exitCode !== null || attempt > 1200)
        throw new Error(`astro ${command} did not start on ${url}:\n${output}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const exited = new Promise((done) => child.once('exit', done));
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
