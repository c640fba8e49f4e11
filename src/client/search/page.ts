// The search page: runs the search in the URL (?q=…&category=…), keeps the URL in step with
// the field and the topic filter, and shows the topics and contact channels when nothing matches.
import { readConfig, search, typingPause, type SearchResult } from './engine.ts';
import { appendList, countText, renderNotice, type SearchStrings } from './render.ts';

const pageSize = 10;

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
  const category = () => new FormData(form).get('category')?.toString() ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name="category"][value="${CSS.escape(params.get('category') ?? '')}"]`);
  if (radio) radio.checked = true;
  // With a query, the topics and channels keep their place but stay invisible until its results
  // are in (then they give way to the results, or show when nothing matches): visible, they would
  // be pushed down the screen by the results, a layout shift; gone, the footer would be.
  if (input.value.trim()) help.style.visibility = 'hidden';

  const render = (result: SearchResult | null) => {
    current = result;
    help.style.visibility = '';
    hits.replaceChildren();
    shown = 0;
    if (!result) {
      status.textContent = '';
      notice.hidden = true;
      help.hidden = false;
      empty.hidden = true;
      more.hidden = true;
      return;
    }
    appendList(hits, result.groups, strings, config.locale);
    shown = Math.min(pageSize, result.total);
    status.textContent = countText(strings, result.total, result.query);
    // "Did you mean": one click puts the suggestion in the field and searches it.
    renderNotice(notice, strings, result, location.pathname)?.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = result.suggestion ?? result.query;
      void run();
    });
    more.hidden = shown >= result.total;
    help.hidden = result.total > 0;
    empty.hidden = result.total > 0;
  };

  const run = async () => {
    const query = input.value.trim();
    const next = new URL(location.href);
    next.search = '';
    if (query) next.searchParams.set('q', query);
    if (category()) next.searchParams.set('category', category());
    history.replaceState(null, '', next);
    if (!query) return render(null);
    try {
      const result = await search(config, query, pageSize, category());
      if (result && input.value.trim() === query) render(result);
    } catch {
      render(null);
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
  void run();
}
