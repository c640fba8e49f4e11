// `npm run dev` runs the content check (src/core/lint.ts) when it starts and whenever a file under
// the content folder changes. A mistake that stops pages from rendering (an unknown component, a
// broken tree, an unreadable file…) then answers every request Astro would render with the check's
// own lines, in place of Astro's stack trace; the page reloads by itself once the mistake is fixed.
// Trees are no content collection, so Astro does not watch them: a change to one reloads the site
// here. The check runs in a thread of its own (dev-check-worker.ts): the server answers at once,
// and a page open when the first check finds such a mistake reloads to show it. After a change,
// though, requests wait for the check's answer. Astro must never render from content the check
// stops, not even a favicon or a missing file (its 404 page reads the trees): it would send its
// error to Vite's client late, Vite keeps that error for the next tab to connect, and the page the
// writer fixed would open with Astro's error overlay over it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { Worker } from 'node:worker_threads';
import { formatProblem } from '../core/problems.ts';
import type { PrintedProblem } from '../core/check-folder.ts';
import type { RuleId } from '../core/rule-list.ts';
import { contentDir } from '../lib/env.ts';
import { withTrailingSlash } from '../lib/routes.ts';
import type { DevCheckReply } from './dev-check-worker.ts';

/**
 * Errors that leave every page readable: the preview goes on showing them, and the terminal (and
 * `npm run check`, and the build) list them. Any other error would break pages as they render.
 */
const previewable = new Set<RuleId>([
  'channel-https',
  'phone-e164',
  'unsafe-url',
  'search-words',
  'duplicate-title',
  'placeholder-text',
  'phrase-meaning',
  'heading-order',
  'image-alt',
  'link-target',
  'link-anchor',
  'slug-format',
  'duplicate-id',
]);

/** Astro's module of collection data: invalidating it re-runs every module built on the content. */
const dataLayerModule = '\0astro:data-layer-content';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** Where the problems page asks whether the check's result changed. */
const statePath = '__pandu-check';

/**
 * The page a writer sees while the content has mistakes that break pages. It asks the server every
 * half second whether the result changed, and reloads then: Vite's client would also show Astro's
 * own error overlay (a stack trace) on top, and could miss a reload sent before it connected.
 */
function problemsPage(lines: string[], base: string, publicBase: string, version: number): string {
  const items = lines.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content check: ${lines.length} ${lines.length === 1 ? 'problem' : 'problems'}</title>
<link rel="icon" href="${publicBase}favicon.svg" type="image/svg+xml">
<script type="module">
const seen = ${version};
setInterval(async () => {
  const state = await fetch('${base}${statePath}', { cache: 'no-store' }).then((r) => r.json(), () => ({ version: seen }));
  if (state.version !== seen) location.reload();
}, 500);
</script>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-inline-size:60rem;padding-inline:1rem;color:#1b1b1b}li{margin-block:.75rem}code{white-space:pre-wrap;overflow-wrap:anywhere}</style>
</head><body><main>
<h1>The content check found ${lines.length === 1 ? 'a mistake that stops' : 'mistakes that stop'} pages from showing</h1>
<p>Fix ${lines.length === 1 ? 'it' : 'them'} in the file named on each line (file:line:column); this page reloads by itself. <code>npm run check</code> lists the same.</p>
<ol>
${items}
</ol>
</main></body></html>
`;
}

/** How long a page waits for the check after a change, at most, before it is rendered anyway. */
const checkWaitMs = 10_000;

/** Whether a browser would show the answer as a page (the problems page), not load it as a file. */
const isPageRequest = (req: IncomingMessage) =>
  (req.headers.accept ?? '').includes('text/html') || /\/(\?.*)?$/.test(req.url ?? '');

/** Astro's own request handlers (astro/dist/vite-plugin-astro-server), found by name. */
const astroHandlers = new Set(['astroDevPrerenderHandler', 'astroDevHandler']);

/** `siteBase`: Astro's base path, under which it serves public/ (Vite's own base stays "/"). */
export function devContentCheck({ siteBase }: { siteBase: string }): Plugin {
  const dir = contentDir();
  const publicBase = withTrailingSlash(siteBase);
  let blocking: string[] = [];
  /** Changes whenever `blocking` does: an open problems page reloads then. */
  let version = 0;
  let base = '/';

  /** The check's thread, started with the server; checks run one at a time, the last change always checked. */
  let worker: Worker | undefined;
  let running = false;
  let again = false;
  /** A file changed and the check has not answered for it yet; `settled` are the pages waiting. */
  let unchecked = false;
  /**
   * Whether the first check has answered. Until then pages never wait: with no facts cache, the
   * first check parses every article (seconds at thousands of articles), and a writer's first
   * edits would wait for all of it.
   */
  let checkedOnce = false;
  let settled: Array<() => void> = [];
  let changeTimer: NodeJS.Timeout | undefined;

  function release() {
    unchecked = false;
    for (const resume of settled) resume();
    settled = [];
  }

  /** Resolves once the last change is checked, or after `checkWaitMs`. */
  function whenChecked(): Promise<void> {
    if (!unchecked) return Promise.resolve();
    return new Promise((resolve) => {
      const gaveUp = setTimeout(resolve, checkWaitMs);
      settled.push(() => {
        clearTimeout(gaveUp);
        resolve();
      });
    });
  }

  function check(server: ViteDevServer) {
    if (running) {
      again = true;
      return;
    }
    running = true;
    worker ??= startWorker(server);
    worker.postMessage('check');
  }

  function startWorker(server: ViteDevServer): Worker {
    const thread = new Worker(new URL('./dev-check-worker.ts', import.meta.url), { workerData: { dir } });
    thread.unref(); // never what keeps the server's process alive
    thread.on('message', (reply: DevCheckReply) => {
      running = false;
      checkedOnce = true;
      if ('error' in reply) server.config.logger.error(`Content check failed: ${reply.error}`);
      else show(server, reply.problems);
      if (again) {
        again = false;
        check(server);
      } else if (!changeTimer) release();
    });
    thread.on('error', (error) => {
      server.config.logger.error(`Content check failed: ${error.message}`);
      running = false;
      worker = undefined; // the next change starts a new thread
      release();
    });
    return thread;
  }

  function show(server: ViteDevServer, problems: PrintedProblem[]) {
    const lines = (list: PrintedProblem[]) => list.map((p) => formatProblem(p));
    const before = blocking.join('\n');
    blocking = lines(problems.filter((p) => p.severity === 'error' && !previewable.has(p.rule)));
    const errors = lines(problems.filter((p) => p.severity === 'error'));
    if (errors.length) server.config.logger.warn(`Content check:\n${errors.join('\n')}`, { timestamp: true });
    if (blocking.join('\n') === before) return;
    version += 1;
    server.ws.send({ type: 'full-reload', path: '*' }); // pages open with Vite's client
  }

  /** Trees are read by the site's own modules, outside the content layer: rebuild those modules. */
  function reloadContent(server: ViteDevServer) {
    for (const environment of Object.values(server.environments)) {
      const module = environment.moduleGraph.getModuleById(dataLayerModule);
      if (module) environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
      const runner = (
        environment as {
          runner?: { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(m: unknown): void } };
        }
      ).runner;
      const evaluated = runner?.evaluatedModules.getModuleById(dataLayerModule);
      if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
      if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
    }
    server.ws.send({ type: 'full-reload', path: '*' });
  }

  return {
    name: 'pandu-dev-check',
    apply: 'serve',
    configResolved(config) {
      base = withTrailingSlash(config.base);
    },
    configureServer(server) {
      // The first check waits until the server listens, that is once Astro has synced the content:
      // on two cores, parsing thousands of articles beside that sync made the server answer seconds later.
      if (server.httpServer) server.httpServer.once('listening', () => check(server));
      else check(server);
      server.httpServer?.once('close', () => void worker?.terminate());
      server.watcher.add(dir);
      let treesChanged = false;
      const onChange = (path: string) => {
        const file = relative(dir, path).split(sep).join('/');
        if (file.startsWith('../')) return;
        if (/^trees\/[^/]+\.ya?ml$/.test(file)) treesChanged = true;
        if (checkedOnce) unchecked = true;
        clearTimeout(changeTimer);
        // Editors write a file in several steps: check once they are done.
        changeTimer = setTimeout(() => {
          changeTimer = undefined;
          check(server);
          if (treesChanged) reloadContent(server);
          treesChanged = false;
        }, 100);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);

      server.middlewares.use(function panduCheckGate(req: IncomingMessage, res: ServerResponse, next: () => void) {
        if (req.url?.split('?')[0] === `${base}${statePath}`) {
          res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          return res.end(JSON.stringify({ version }));
        }
        void whenChecked().then(() => {
          if (!blocking.length) return next();
          if (!isPageRequest(req)) {
            res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
            return res.end(`The content check found mistakes that stop pages from showing:\n${blocking.join('\n')}\n`);
          }
          res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(problemsPage(blocking, base, publicBase, version));
        });
      });
      // Once every middleware is in (Astro adds its handlers in a hook like this one, perhaps after
      // it): move the gate to just before Astro's handlers. Vite still serves its modules and public
      // files (a broken tree breaks no script), and every request Astro would render waits for the
      // check. Should Astro rename its handlers, the gate stays in front of Vite's: pages still stop.
      return () =>
        queueMicrotask(() => {
          const stack = server.middlewares.stack;
          const nameOf = (layer: (typeof stack)[number]) => (layer.handle as { name?: string }).name ?? '';
          const gate = stack.findIndex((layer) => nameOf(layer) === 'panduCheckGate');
          const astro = stack.findIndex((layer) => astroHandlers.has(nameOf(layer)));
          if (gate === -1 || astro < gate) return;
          const [layer] = stack.splice(gate, 1);
          stack.splice(astro - 1, 0, layer!);
        });
    },
  };
}
