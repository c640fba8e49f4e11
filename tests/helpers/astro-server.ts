// `astro dev` or `astro preview` as a writer runs them (npm run dev / preview), on 127.0.0.1 until
// the test stops it. The dev server writes .astro/ in the project; test builds each have an Astro
// root of their own (scripts/build.ts), so no lock.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './server.ts';
import { repoRoot, siteDir, tmpRoot } from './paths.ts';

export interface AstroServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  stop(): Promise<void>;
}

export async function startAstro(
  command: 'dev' | 'preview',
  options: { content?: string; name?: string } = {},
): Promise<AstroServer> {
  const port = await freePort();
  // Not Vitest's environment (NODE_ENV=test, BASE_URL, VITEST…): the server of a writer's shell.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(name)),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'), command, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: repoRoot,
      env: {
        ...env,
        PANDU_OUT_DIR: siteDir,
        PANDU_CACHE_DIR: resolve(tmpRoot, `.cache-${options.name ?? command}`),
        ...(options.content ? { PANDU_CONTENT: options.content } : {}),
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(url);
      break;
    } catch {
      if (child.exitCode !== null || attempt > 1200) throw new Error(`astro ${command} did not start on ${url}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const exited = new Promise((done) => child.once('exit', done));
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
