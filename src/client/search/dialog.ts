// The search dialog (src/components/search/SearchButton.astro), wired on first use; open.ts
// opens and closes it. Combobox pattern: focus stays in the input; ↑/↓ move
// aria-activedescendant through the options, Enter opens the active one (or the first), Escape
// closes the dialog (native <dialog>) and open.ts gives focus back to where it was.
import { loadEngine, readConfig, search, typingPause, type SearchConfig } from './engine.ts';
import { countText, renderNotice, renderOptions, type SearchStrings } from './render.ts';

const hitsShown = 6;

interface Parts {
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
  empty: HTMLElement;
  seeAll: HTMLAnchorElement;
  config: SearchConfig;
  strings: SearchStrings;
}

let parts: Parts | undefined;
let options: HTMLAnchorElement[] = [];
let active = -1;
/** The search for what is in the field now: Enter waits for it. */
let pending: Promise<void> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | undefined;

function find(dialog: HTMLDialogElement): Parts {
  const get = <T extends HTMLElement>(selector: string) => dialog.querySelector<T>(selector)!;
  return {
    input: get<HTMLInputElement>('input[role="combobox"]'),
    listbox: get('[role="listbox"]'),
    status: get('[role="status"]'),
    notice: get('[data-search-notice]'),
    empty: get('[data-search-empty]'),
    seeAll: get<HTMLAnchorElement>('[data-search-all]'),
    config: readConfig(dialog),
    strings: JSON.parse(dialog.dataset.searchStrings ?? '{}') as SearchStrings,
  };
}

function setActive(index: number): void {
  const { input } = parts!;
  active = index;
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  const current = options[index];
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

function showOptions(list: HTMLAnchorElement[]): void {
  const { input, listbox } = parts!;
  options = list;
  listbox.hidden = list.length === 0;
  input.setAttribute('aria-expanded', String(list.length > 0));
  setActive(-1);
}

async function runSearch(): Promise<void> {
  const { input, listbox, status, notice, empty, seeAll, config, strings } = parts!;
  const query = input.value.trim();
  seeAll.search = query ? `?q=${encodeURIComponent(query)}` : '';
  const clear = (text: string) => {
    listbox.replaceChildren();
    showOptions([]);
    notice.hidden = true;
    status.textContent = text;
  };
  if (!query) {
    clear('');
    empty.hidden = true;
    return;
  }
  try {
    const result = await search(config, query, hitsShown);
    if (!result || input.value.trim() !== query) return; // a newer search will render
    showOptions(renderOptions(listbox, result.groups, strings, config.locale));
    // "Did you mean": one click puts the suggestion in the field and searches it.
    renderNotice(notice, strings, result, seeAll.pathname)?.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = result.suggestion ?? query;
      input.focus();
      scheduleSearch();
    });
    empty.hidden = result.total > 0;
    status.textContent = countText(strings, result.total, query);
  } catch {
    clear(strings.failed);
  }
}

function scheduleSearch(): void {
  const { input } = parts!;
  clearTimeout(timer);
  pending = new Promise((done) => {
    timer = setTimeout(() => void runSearch().then(done), typingPause(input.value));
  });
}

function onKeydown(event: KeyboardEvent): void {
  if (event.isComposing) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (!options.length) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    setActive(active === -1 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    // Enter right after typing: wait for that search, then open its best hit.
    void pending.then(() => {
      const chosen = options[active] ?? options[0];
      if (chosen) location.assign(chosen.href);
    });
  }
}

function wire(dialog: HTMLDialogElement): void {
  parts = find(dialog);
  const { input, status, config, strings } = parts;
  input.addEventListener('input', scheduleSearch);
  input.addEventListener('keydown', onKeydown);
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes, like Escape.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Fetch Pagefind while the reader types the first word.
  status.textContent = strings.loading;
  loadEngine(config).then(
    () => {
      if (status.textContent === strings.loading) status.textContent = '';
    },
    () => (status.textContent = strings.failed),
  );
}

/** Wires the dialog, starts loading Pagefind, and searches what the reader has typed so far. */
export function enableSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog || parts) return;
  wire(dialog);
  if (parts!.input.value.trim()) scheduleSearch();
}
