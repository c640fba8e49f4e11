// Decision trees without page loads. The server renders every step as a page with real links
// (the source of truth); this swaps the step in place from the linked page, pushes the URL so
// back, reload and shared links land on the same step, moves focus to the new heading and
// announces it. Anything unexpected (offline, error page) falls back to following the link.

interface Snapshot {
  title: string;
  step: Element;
  /** The language switch links of that page, by hreflang. */
  langs: Record<string, string>;
}

const withoutHash = (url: string) => url.split('#')[0]!;

function snapshot(doc: Document, name: string): Snapshot | undefined {
  const step = doc.querySelector(`[data-decision-tree="${name}"] [data-tree-step]`);
  if (!step) return undefined;
  const langs: Record<string, string> = {};
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]'))
    langs[a.hreflang] = a.getAttribute('href')!;
  return { title: doc.title, step: step.cloneNode(true) as Element, langs };
}

function enhance(root: HTMLElement): void {
  const name = root.dataset.decisionTree!;
  const step = root.querySelector('[data-tree-step]')!;
  const live = root.querySelector('[data-tree-live]')!;
  const initial = withoutHash(location.href);
  /** Every step page of this tree starts with this URL (the first question's page). */
  const steps = new URL(root.dataset.treeSteps!, location.href).href;
  const pages = new Map([[initial, Promise.resolve(snapshot(document, name))]]);
  let shown = initial;
  let latest = 0;

  const load = (url: string) => {
    let page = pages.get(url);
    if (!page) {
      page = fetch(url)
        .then(async (r) =>
          r.ok ? snapshot(new DOMParser().parseFromString(await r.text(), 'text/html'), name) : undefined,
        )
        .catch(() => undefined);
      pages.set(url, page);
    }
    return page;
  };

  const show = async (url: string, push: boolean) => {
    const ticket = ++latest;
    const page = await load(url);
    if (ticket !== latest) return; // a later click won
    if (!page) {
      pages.delete(url);
      // A click follows the link; a history step is already at the URL, so load it for real.
      if (push) location.assign(url);
      else location.reload();
      return;
    }
    if (push) history.pushState({ tree: name }, '', url);
    step.replaceChildren(...page.step.cloneNode(true).childNodes);
    document.title = page.title;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')) {
      const href = page.langs[a.hreflang];
      if (href) a.href = href;
    }
    shown = url;
    const heading = step.querySelector<HTMLElement>('h2')!;
    heading.focus();
    live.textContent = heading.textContent;
  };

  const treeLink = (e: Event) => (e.target as Element).closest?.<HTMLAnchorElement>('a[data-tree-link]');
  root.addEventListener('click', (e) => {
    const link = treeLink(e);
    // Modified clicks open a tab or window, as links do.
    if (!link || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void show(link.href, true);
  });
  // Fetch a step as soon as the reader points at or tabs to its link.
  const prefetch = (e: Event) => {
    const link = treeLink(e);
    if (link) void load(link.href);
  };
  root.addEventListener('pointerover', prefetch);
  root.addEventListener('focusin', prefetch);
  // Every history step shows the step of its URL, whatever state the entry carries: after a reload
  // Chromium keeps the earlier pushState entries, and back then fires popstate with a null state.
  addEventListener('popstate', () => {
    const url = withoutHash(location.href);
    if (url === shown) return;
    // A page that is not a step of this tree (the home page a reloaded step was reached from)
    // has its own layout: load it rather than put its step into this page.
    if (url !== initial && !url.startsWith(steps)) location.reload();
    else void show(url, false);
  });
}

export function enhanceTrees(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-decision-tree]')) enhance(root);
}
