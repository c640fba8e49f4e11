// The service worker (built into <base>sw.js by src/integrations/offline.ts, which puts the build's
// manifest `M` in front of this code). It keeps the reader's locale readable offline, one build at
// a time:
// - every build has its own cache, "pandu-<version>"; a file is only kept when its bytes are this
//   build's (the manifest holds a hash of each), so a cache never mixes two deploys;
// - a new build installs in the background (unchanged files are copied from the previous cache,
//   not downloaded again) and takes over at the next navigation when one tab shows the site;
// - a page, its scripts and its search index are answered from the same cache.
// Plain code with no imports: it runs as a classic worker script.

/** The build's manifest: version, byte budget, and [path under base, bytes, hash, locale or ""] per file. */
declare const M: { v: string; budget: number; files: [string, number, string, string][] };

// The service worker scope, typed here: the DOM library (used by every other script) has no worker types.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  clientId: string;
  resultingClientId: string;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: { locale?: string; page?: string; saveData?: boolean; keep?: string[] } | 'skip';
  ports: readonly MessagePort[];
}
declare const self: {
  registration: ServiceWorkerRegistration;
  clients: { matchAll(): Promise<readonly unknown[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
};

const BASE = new URL('./', location.href).pathname;
const CACHE = `pandu-${M.v}`;
const STATE = `${BASE}sw.js?state`;
/** The build's files by path ("/help/en/phrasebook/"). */
const files = new Map(M.files.map((f) => [BASE + f[0], f]));
const fileOf = (url: string) => files.get(new URL(url, location.href).pathname);
/** The cache answering requests: this build's, or the next build's once this worker handed over. */
let serving = CACHE;
/** Pages that came from the network from another build: their requests go to the network too. */
const networkClients = new Set<string>();

const saveData = () => !!(navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
const offlinePage = (locale: string) => `${BASE}${locale}/offline/`;
const offlinePages = () => M.files.filter((f) => f[0].endsWith('/offline/')).map((f) => BASE + f[0]);
/** The marker a page reads to say "everything in <locale> is saved" (all) or to offer "Keep this topic offline" (part). */
const marker = (kind: 'all' | 'part', locale: string) => `${BASE}sw.js?${kind}=${locale}`;

/** The locales the reader reads: in this build's cache, else in the previous build's. */
async function readLocales(): Promise<string[]> {
  const saved = (await (await caches.open(CACHE)).match(STATE)) ?? (await caches.match(STATE));
  return saved ? saved.json() : [];
}

/** The first 8 hex digits of the SHA-256 of a response's body (the manifest's hash). */
async function hashOf(response: Response): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.arrayBuffer()));
  return [...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Puts a file of this build into `cache`: copied from any cache holding the same bytes, else
 * downloaded when `network` allows. False when it is not this build's file or could not be had.
 */
async function keep(url: string, network: boolean, cache: Cache): Promise<boolean> {
  const file = fileOf(url);
  if (!file) return false;
  if (await cache.match(url)) return true;
  let response = await caches.match(url);
  if (!response || (await hashOf(response.clone())) !== file[2]) {
    if (!network) return false;
    response = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
    // Other bytes: another build is deployed by now, and its own worker will cache it.
    if (!response?.ok || (await hashOf(response.clone())) !== file[2]) return false;
  }
  await cache.put(url, response);
  return true;
}

async function keepAll(urls: string[], network: boolean, cache: Cache): Promise<boolean> {
  let ok = true;
  for (const url of urls) {
    // Once this build has handed over, its background saving stops: the browser activates the
    // next worker only when this one has no event in flight.
    if (serving !== CACHE) return false;
    ok = (await keep(url, network, cache)) && ok;
  }
  return ok;
}

/**
 * Caches a locale: all of it when it fits the budget with the shared files, else its home, search
 * page and search bundle (pages the reader opens and topics they keep are added as they go).
 */
async function keepLocale(locale: string, network: boolean, cache: Cache): Promise<boolean> {
  const mine = M.files.filter((f) => f[3] === '' || f[3] === locale);
  const fits = mine.reduce((sum, f) => sum + f[1], 0) <= M.budget;
  const core = (path: string) =>
    path === `${locale}/` || path === `${locale}/search/` || path.startsWith(`pagefind/${locale}/`);
  const urls = mine.filter((f) => f[3] === '' || fits || core(f[0])).map((f) => BASE + f[0]);
  const ok = await keepAll(urls, network, cache);
  if (ok) await cache.put(marker(fits ? 'all' : 'part', locale), new Response(''));
  return ok;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const network = !saveData();
      // The offline pages (a few KB) always, so a missing page never shows the browser's error.
      if (!(await keepAll(offlinePages(), true, cache))) throw new Error('offline pages not cached');
      // What the previous build had: the reader's locales, then the pages they opened or kept.
      const locales = await readLocales();
      await cache.put(STATE, Response.json(locales));
      for (const locale of locales) {
        if (!(await keepLocale(locale, network, cache)) && network) throw new Error(`${locale} not cached`);
      }
      for (const name of await caches.keys()) {
        if (name !== CACHE && name.startsWith('pandu-'))
          await keepAll(
            (await (await caches.open(name)).keys()).map((r) => r.url),
            network,
            cache,
          );
      }
    })().catch(async (error) => {
      // A failed install leaves no half-filled cache; the browser tries again at its next update check.
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n !== CACHE && n.startsWith('pandu-')).map((n) => caches.delete(n))),
      ),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data === 'skip') {
    // The active worker hands over to this one at a navigation: tell it which cache to answer from.
    event.ports[0]?.postMessage(CACHE);
    event.waitUntil(self.skipWaiting());
    return;
  }
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      if (data.keep) {
        event.ports[0]?.postMessage(await keepAll(data.keep, true, cache));
        return;
      }
      const { locale, page } = data;
      if (!locale) return;
      const locales = await readLocales();
      if (!locales.includes(locale)) await cache.put(STATE, Response.json([...locales, locale]));
      // Nothing in the background on a connection that asks to save data: pages are kept as they are opened.
      if (data.saveData || saveData()) return;
      // The page that registered the worker came from the network before it: fetch it once more.
      if (page) await keep(new URL(page, location.href).href, true, cache);
      await keepLocale(locale, true, cache);
    })(),
  );
});

/** At a navigation with a newer build waiting and no other tab on this one: the newer build answers from now on. */
async function handOver(): Promise<void> {
  const next = self.registration.waiting;
  if (!next || serving !== CACHE || (await self.clients.matchAll()).length > 1) return;
  serving = await new Promise<string>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (message) => resolve(message.data);
    next.postMessage('skip', [channel.port2]);
    // A worker that does not answer must not hold the navigation: stay on this build.
    setTimeout(resolve, 2000, CACHE);
  });
}

async function answer(event: FetchEvent): Promise<Response> {
  const request = event.request;
  const navigate = request.mode === 'navigate';
  if (navigate) await handOver();
  if (networkClients.has(event.clientId)) return fetch(request);
  const url = new URL(request.url);
  const key = url.pathname;
  const cache = await caches.open(serving);
  const cached = await cache.match(key);
  if (cached) return cached;
  try {
    const response = await fetch(request);
    const file = serving === CACHE && response.ok ? fileOf(key) : undefined;
    // Keep what the reader opens, when it is this build's; a page of another build gets its files from the network.
    const same = file ? hashOf(response.clone()).then((hash) => hash === file[2]) : Promise.resolve(false);
    const copy = response.clone();
    event.waitUntil(same.then((ok) => (ok ? cache.put(key, copy) : undefined)));
    if (navigate && !(await same)) networkClients.add(event.resultingClientId);
    return response;
  } catch (error) {
    if (!navigate) throw error;
    // The offline page in the language of the address (or the first one), never the browser's error.
    const pages = offlinePages();
    const page = pages.find((p) => p === offlinePage(url.pathname.slice(BASE.length).split('/')[0]!)) ?? pages[0];
    return (page && (await caches.match(page))) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (
    event.request.method !== 'GET' ||
    url.origin !== location.origin ||
    !url.pathname.startsWith(BASE) ||
    url.pathname === `${BASE}sw.js`
  )
    return;
  event.respondWith(answer(event));
});

export {};
