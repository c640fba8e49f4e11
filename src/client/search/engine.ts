// The main thread's side of search: reads the page's search settings and asks the search worker
// (worker.ts, started on first use) for results. Nothing of Pagefind runs on the main thread.
//
// The worker is a separate bundle built through Vite's `?worker&url`, loaded as a module worker
// from the site itself, which the Content-Security-Policy allows (script-src 'self').
import workerUrl from './worker.ts?worker&url';
import type { Found, HitGroup, SearchConfig } from './core.ts';
import type { WorkerReply, WorkerRequest } from './worker.ts';

export type { Hit, HitGroup, Section, SearchConfig } from './core.ts';
export { typingPause } from './query.ts';

/** Read from the data-search-* attributes of the dialog or the search page. */
export function readConfig(element: HTMLElement): SearchConfig {
  const { searchBase = '/', searchLocale = '', searchBundles = '' } = element.dataset;
  return { base: searchBase, locale: searchLocale, bundles: searchBundles.split(' ').filter(Boolean) };
}

export interface SearchResult extends Found {
  /** Loads the data of `count` more hits after `shown` (the search page's "show more"). */
  more(shown: number, count: number): Promise<HitGroup[]>;
}

/** A request without its id (ask() numbers it). */
type Ask = { [T in WorkerRequest['type']]: Omit<Extract<WorkerRequest, { type: T }>, 'id'> }[WorkerRequest['type']];

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

/** Posts a question to the worker (started on first use); `reply` settles with its answer. */
function ask<T>(message: Ask): { id: number; reply: Promise<T> } {
  if (!worker) {
    worker = new Worker(workerUrl, { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const { id, value, error } = event.data;
      const pending = waiting.get(id);
      waiting.delete(id);
      if (error === undefined) pending?.resolve(value);
      else pending?.reject(new Error(error));
    });
    // The worker script itself failed to load (offline): every pending question fails; the next starts again.
    worker.addEventListener('error', () => {
      for (const pending of waiting.values()) pending.reject(new Error('The search worker could not start.'));
      waiting.clear();
      worker = undefined;
    });
  }
  const id = ++nextId;
  const reply = new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker!.postMessage({ ...message, id } as WorkerRequest);
  });
  return { id, reply };
}

/** Starts loading Pagefind and the locale's words in the worker. */
export function loadEngine(config: SearchConfig): Promise<void> {
  return ask<void>({ type: 'load', config }).reply;
}

let latest = 0;

/**
 * Searches the reader's locale (plus the untranslated articles it shows) and loads the first
 * `limit` hits. Returns null when a newer search started meanwhile: its result is the one to show.
 */
export async function search(
  config: SearchConfig,
  query: string,
  limit: number,
  category = '',
): Promise<SearchResult | null> {
  const ticket = ++latest;
  const { id, reply } = ask<Found>({ type: 'search', config, query, limit, category });
  const found = await reply;
  if (ticket !== latest) return null;
  // "Show more" names this search: the worker keeps its full list of results.
  return { ...found, more: (shown, count) => ask<HitGroup[]>({ type: 'more', search: id, shown, count }).reply };
}
