// What a failing offline test needs to say why: a timeline of a context's requests, the service
// worker's own included (who answered them, which never finished), and what its workers logged.
// Printed only when a step fails. (DevTools' ServiceWorker domain would also give the workers'
// states, but enabling it stops Playwright's offline emulation from reaching the pages.)
import type { BrowserContext, Request } from 'playwright-core';

export interface WorkerTrace {
  /** The timeline so far, with the requests still pending at the end. */
  report(): string;
}

export function traceWorkers(context: BrowserContext): WorkerTrace {
  const start = Date.now();
  const lines: string[] = [];
  const pending = new Set<Request>();
  const at = () => `${((Date.now() - start) / 1000).toFixed(2)}s`;
  const path = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');
  context.on('request', (request) => {
    pending.add(request);
    lines.push(`${at()} request ${request.method()} ${path(request.url())}`);
  });
  context.on('requestfinished', async (request) => {
    pending.delete(request);
    const response = await request.response().catch(() => null);
    const from = response?.fromServiceWorker() ? 'worker' : 'network';
    lines.push(`${at()} finished ${response?.status() ?? '?'} (${from}) ${path(request.url())}`);
  });
  context.on('requestfailed', (request) => {
    pending.delete(request);
    lines.push(`${at()} failed ${request.failure()?.errorText ?? ''} ${path(request.url())}`);
  });
  // What a service worker logs (its errors included) reaches the context with no page.
  context.on('console', (message) => {
    if (!message.page()) lines.push(`${at()} worker ${message.type()}: ${message.text()}`);
  });
  context.on('serviceworker', (worker) => {
    lines.push(`${at()} worker started ${path(worker.url())}`);
    worker.on('close', () => lines.push(`${at()} worker closed ${path(worker.url())}`));
  });
  return {
    report() {
      const still = [...pending].map((r) => `  pending ${r.method()} ${path(r.url())}`);
      return [...lines, `${at()} end; ${pending.size} request(s) pending`, ...still].join('\n');
    },
  };
}

/** Runs `step`; when it throws, the error carries the trace. */
export async function withTrace<T>(trace: WorkerTrace, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof Error) error.message += `\n\nService worker trace:\n${trace.report()}`;
    throw error;
  }
}
