// `npm run dev` on a generated corpus, as a writer meets it: how long until the server answers,
// until the first article page is served, and until an edit to that article shows in its page.
// Times are taken by polling over HTTP, the way a browser tab waiting for the page would see them.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevFigures {
  /** From starting `astro dev` until it answers HTTP at all. */
  readySeconds: number;
  /** From starting until the measured article's page is served (its first compile included). */
  firstArticleSeconds: number;
  /** From saving an edit to the article until its page holds the edited text (median of edits). */
  editShowsSeconds: number;
}

const pollMs = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchText(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined; // not listening yet
  }
}

/** Polls `url` until `done` holds for its answer; seconds since `since`. */
async function waitFor(
  url: string,
  done: (answer: { status: number; text: string }) => boolean,
  since: number,
  timeoutMs: number,
): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    const answer = await fetchText(url);
    if (answer && done(answer)) return (performance.now() - since) / 1000;
    await sleep(pollMs);
  }
  throw new Error(`${url} did not answer as expected within ${timeoutMs / 1000} s`);
}

/**
 * Starts `astro dev` from `repoRoot` on the content folder `corpus`, measures, stops it. The
 * article file is restored afterwards. `edits` edits are timed one after the other.
 */
export async function measureDevServer(options: {
  repoRoot: string;
  corpus: string;
  locale: string;
  slug: string;
  logFile: string;
  edits?: number;
}): Promise<DevFigures> {
  const { repoRoot, corpus, locale, slug, logFile, edits = 3 } = options;
  const articleFile = join(corpus, 'articles', locale, `${slug}.mdx`);
  const original = readFileSync(articleFile, 'utf8');
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PANDU_CONTENT: corpus,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DISABLE_UPDATE_CHECK: 'true',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    // Astro prints its address ("Local    http://127.0.0.1:PORT/base/") once it listens.
    let origin: string | undefined;
    while (!origin) {
      if (server.exitCode !== null) throw new Error(`astro dev exited:\n${log.slice(-2000)}`);
      if (performance.now() - started > 300_000)
        throw new Error(`astro dev printed no address in 300 s:\n${log.slice(-2000)}`);
      origin = /Local\s+(http:\/\/\S+)/.exec(log)?.[1];
      await sleep(pollMs);
    }
    const home = origin.endsWith('/') ? origin : `${origin}/`;
    const page = `${home}${locale}/${slug}/`;
    const readySeconds = await waitFor(home, () => true, started, 300_000);
    const firstArticleSeconds = await waitFor(page, ({ status }) => status === 200, started, 300_000);
    const times: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Edited by the bench, edit ${edit} ${Date.now()}.`;
      const saved = performance.now();
      writeFileSync(articleFile, `${original}\n${marker}\n`);
      times.push(await waitFor(page, ({ status, text }) => status === 200 && text.includes(marker), saved, 60_000));
    }
    times.sort((a, b) => a - b);
    return { readySeconds, firstArticleSeconds, editShowsSeconds: times[Math.floor(times.length / 2)]! };
  } finally {
    writeFileSync(articleFile, original);
    server.kill('SIGTERM');
    writeFileSync(logFile, log);
  }
}
