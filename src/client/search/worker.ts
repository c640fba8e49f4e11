// The search worker: Pagefind, its WebAssembly and the ranking (core.ts) run here, off the main
// thread, so typing and scrolling never wait for a search. engine.ts talks to it with messages.
import { loadEngine, loadHits, runSearch, type SearchConfig, type Search } from './core.ts';

export type WorkerRequest =
  | { id: number; type: 'load'; config: SearchConfig }
  | { id: number; type: 'search'; config: SearchConfig; query: string; limit: number; category: string }
  | { id: number; type: 'more'; search: number; shown: number; count: number };

/** A reply carries what was asked for, or the error's message. */
export type WorkerReply = { id: number; value?: unknown; error?: string };

/** Recent searches by request id, for "show more"; older ones are dropped. */
const searches = new Map<number, { search: Search; locale: string }>();
const kept = 4;

async function answer(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'load':
      await loadEngine(request.config);
      return undefined;
    case 'search': {
      const search = await runSearch(request.config, request.query, request.limit, request.category);
      searches.set(request.id, { search, locale: request.config.locale });
      for (const id of [...searches.keys()].slice(0, -kept)) searches.delete(id);
      return search.found;
    }
    case 'more': {
      const done = searches.get(request.search);
      if (!done) return [];
      return loadHits(done.search.results.slice(request.shown, request.shown + request.count), done.locale);
    }
  }
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  answer(request).then(
    (value) => postMessage({ id: request.id, value } satisfies WorkerReply),
    (error: unknown) =>
      postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
