// The search page: runs the search in the URL (?q=…&category=…), keeps the URL in step with
// the field and the topic filter, and shows the topics and contact channels when nothing matches.
import { readConfig, search, typingPause, type SearchResult } from './engine.ts';
import { appendList, countText, renderNotice, type SearchStrings } from './render.ts';
import type { HitGroup } from './core.ts';

const pageSize = 10;
/**
 * Hits built per task. The first few fill a phone's screen at once; the others follow after the
 * next frame, so neither building them nor the browser's style and layout of them is one long
 * task that a tap would wait for (Lighthouse's total blocking time).
 */
const batchSize = 2;

/** Resolves after the browser has had a chance to paint (at the latest after 100 ms: a hidden tab paints no frames). */
const afterNextFrame = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });

/** `groups` cut into pieces of at most `size` hits, in order (a piece may hold hits of two groups). */
function batches(groups: HitGroup[], size: number): HitGroup[][] {
  const pieces: HitGroup[][] = [];
  let piece: HitGroup[] = [];
  let count = 0;
  for (const group of groups) {
    for (const hit of group.hits) {
      if (count === size) {
        pieces.push(piece);
        piece = [];
        count = 0;
      }
      const last = piece.at(-1);
      if (last?.locale === group.locale) last.hits.push(hit);
      else piece.push({ locale: group.locale, hits: [hit] });
      count++;
    }
  }
  if (count) pieces.push(piece);
  return pieces;
}

export function enableSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const get = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = get<HTMLFormElement>('[data-search-form]');
  const input = get<HTMLInputElement>('[data-search-page-input]');
  const status = get('[data-search-status]');
  const notice = get('[data-search-notice]');
  const hits = get('[data-search-hits]');
  const more = get('[data-search-more]');
  const help = get('[data-search-help]');
  const empty = get('[data-search-empty]');
  const config = readConfig(root);
  const strings = JSON.parse(root.dataset.searchStrings ?? '{}') as SearchStrings;
  let current: SearchResult | null = null;
  let shown = 0;

  get('[data-search-nojs]').hidden = true;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const category = () => form.querySelector<HTMLInputElement>('input[name="category"]:checked')?.value ?? '';
  const radio = form.querySelector<HTMLInputElement>(
    `input[name="category"][value="${CSS.escape(params.get('category') ?? '')}"]`,
  );
  if (radio) radio.checked = true;
  // With a query, the topics and channels keep their place but stay invisible until its results
  // are in (then they give way to the results, or show when nothing matches): visible, they would
  // be pushed down the screen by the results, a layout shift; gone, the footer would be.
  if (input.value.trim()) help.style.visibility = 'hidden';

  /** Counts renders: a batch of hits still to come is dropped once a newer result is shown. */
  let rendering = 0;
  const render = async (result: SearchResult | null) => {
    const ticket = ++rendering;
    current = result;
    help.style.visibility = '';
    hits.replaceChildren();
    hits.removeAttribute('aria-busy');
    shown = 0;
    more.hidden = true;
    if (!result) {
      status.textContent = '';
      notice.hidden = true;
      help.hidden = false;
      empty.hidden = true;
      return;
    }
    // "Did you mean": one click puts the suggestion in the field and searches it.
    renderNotice(notice, strings, result, location.pathname)?.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = result.suggestion ?? result.query;
      void run();
    });
    // The count goes in with the first hits: set later, its line would push them down the screen.
    status.textContent = countText(strings, result.total, result.query);
    help.hidden = result.total > 0;
    empty.hidden = result.total > 0;
    hits.setAttribute('aria-busy', 'true');
    for (const [i, piece] of batches(result.groups, batchSize).entries()) {
      if (i > 0) await afterNextFrame();
      if (ticket !== rendering) return;
      appendList(hits, piece, strings, config.locale);
    }
    hits.removeAttribute('aria-busy');
    shown = Math.min(pageSize, result.total);
    more.hidden = shown >= result.total;
  };

  const run = async () => {
    const query = input.value.trim();
    const next = new URL(location.href);
    next.search = '';
    if (query) next.searchParams.set('q', query);
    if (category()) next.searchParams.set('category', category());
    if (next.href !== location.href) history.replaceState(null, '', next);
    if (!query) return render(null);
    try {
      const result = await search(config, query, pageSize, category());
      if (result && input.value.trim() === query) await render(result);
    } catch {
      void render(null);
      status.textContent = strings.failed;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, typingPause(input.value));
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'category') void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  get('[data-search-more] button').addEventListener('click', async () => {
    if (!current) return;
    const result = current;
    const groups = await result.more(shown, pageSize);
    if (current !== result) return;
    const added = appendList(hits, groups, strings, config.locale);
    shown = Math.min(shown + pageSize, result.total);
    more.hidden = shown >= result.total;
    // Keyboard and screen-reader users continue at the first new result.
    added[0]?.querySelector('a')?.focus();
  });
  // The search in the URL starts in a task of its own (it starts the worker): the page's scripts
  // are evaluated in one task, which would otherwise also carry this.
  setTimeout(run);
}
