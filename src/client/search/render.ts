// Search hits as DOM: options of a listbox (the dialog) or a list of links (the search page).
// Every text goes in as text (textContent, text nodes); excerpts through excerptNodes.
import { fill } from '../../lib/i18n.ts';
import { excerptNodes } from './excerpt.ts';
import type { Hit, HitGroup, Section } from './core.ts';

/** Interface words, from the data-search-strings attribute (content/ui/<locale>.yaml). */
export interface SearchStrings {
  result: string;
  results: string;
  noResults: string;
  loading: string;
  failed: string;
  inLanguage: string;
  /** "Showing results for some of your words." */
  someWords: string;
  /** "Did you mean {suggestion}?" */
  didYouMean: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "5 results", "1 result", or "No articles match “…”." */
export function countText(strings: SearchStrings, total: number, query: string): string {
  if (total === 0) return fill(strings.noResults, { query });
  return total === 1 ? strings.result : fill(strings.results, { n: total });
}

/**
 * The line above the hits when the search changed the query: "Did you mean <a>refund</a>?" (the
 * hits are already for it; the link puts it in the field) and/or "Showing results for some of your
 * words.". Empties `notice` and returns undefined when the query was searched as typed.
 */
export function renderNotice(
  notice: HTMLElement,
  strings: SearchStrings,
  found: { partial: boolean; suggestion?: string },
  searchPage: string,
): HTMLAnchorElement | undefined {
  const parts: Node[] = [];
  let link: HTMLAnchorElement | undefined;
  if (found.suggestion) {
    const [before = '', after = ''] = strings.didYouMean.split('{suggestion}');
    link = element('a', 'search-suggestion', found.suggestion);
    link.href = `${searchPage}?q=${encodeURIComponent(found.suggestion)}`;
    link.dataset.searchSuggestion = found.suggestion;
    parts.push(document.createTextNode(before), link, document.createTextNode(after));
  }
  if (found.partial) parts.push(document.createTextNode(`${parts.length ? ' ' : ''}${strings.someWords}`));
  notice.replaceChildren(...parts);
  notice.hidden = parts.length === 0;
  return link;
}

/** "In English" for a group of hits written in `groupLocale`, in the reader's language. */
export function groupLabel(strings: SearchStrings, readerLocale: string, groupLocale: string): string {
  const language = new Intl.DisplayNames([readerLocale], { type: 'language' }).of(groupLocale) ?? groupLocale;
  return fill(strings.inLanguage, { language });
}

function excerptElement(excerpt: string): HTMLElement {
  const node = element('span', 'search-excerpt');
  node.append(...excerptNodes(excerpt));
  return node;
}

// --- The dialog: a listbox whose options are the links themselves (role=option on <a href>). ---

function option(
  id: string,
  href: string,
  title: string,
  excerpt: string,
  extra?: string,
  section = false,
): HTMLAnchorElement {
  // The option's name is its whole visible text (title, topic, excerpt), as WCAG 2.5.3 asks.
  const link = element('a', section ? 'search-option search-option-section' : 'search-option');
  link.href = href;
  link.id = id;
  link.tabIndex = -1;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.append(element('span', 'search-title', title));
  if (extra) link.append(element('span', 'search-category', extra));
  link.append(excerptElement(excerpt));
  return link;
}

function hitOptions(hit: Hit, next: () => string): HTMLElement[] {
  return [
    option(next(), hit.url, hit.title, hit.excerpt, hit.category),
    ...hit.sections.map((s: Section) => option(next(), s.url, s.title, s.excerpt, undefined, true)),
  ];
}

/** Fills `listbox` with one option per hit and per section hit; other languages as labelled groups. */
export function renderOptions(
  listbox: HTMLElement,
  groups: HitGroup[],
  strings: SearchStrings,
  readerLocale: string,
): HTMLAnchorElement[] {
  let n = 0;
  const next = () => `${listbox.id}-${n++}`;
  const children: HTMLElement[] = [];
  for (const group of groups) {
    const options = group.hits.flatMap((hit) => hitOptions(hit, next));
    if (group.locale === readerLocale) {
      children.push(...options);
      continue;
    }
    const wrapper = element('div', 'search-group');
    wrapper.setAttribute('role', 'group');
    wrapper.lang = group.locale;
    const label = element('div', 'search-group-label', groupLabel(strings, readerLocale, group.locale));
    label.id = `${listbox.id}-g-${group.locale}`;
    label.lang = readerLocale;
    label.setAttribute('role', 'presentation');
    wrapper.setAttribute('aria-labelledby', label.id);
    wrapper.append(label, ...options);
    children.push(wrapper);
  }
  listbox.replaceChildren(...children);
  return [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
}

// --- The search page: plain lists of links, one list per language. ---

function listItem(hit: Hit): HTMLLIElement {
  const item = element('li', 'search-hit');
  const link = element('a', 'search-title', hit.title);
  link.href = hit.url;
  item.append(link);
  if (hit.category) item.append(element('span', 'search-category', hit.category));
  const excerpt = element('p', 'search-excerpt-block');
  excerpt.append(excerptElement(hit.excerpt));
  item.append(excerpt);
  if (hit.sections.length) {
    const sections = element('ul', 'search-sections');
    for (const s of hit.sections) {
      const li = element('li', '');
      const a = element('a', 'search-section-title', s.title);
      a.href = s.url;
      li.append(a, excerptElement(s.excerpt));
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}

/** Appends the hits of `groups` to the lists in `container` (a labelled list per language); returns the new items. */
export function appendList(
  container: HTMLElement,
  groups: HitGroup[],
  strings: SearchStrings,
  readerLocale: string,
): HTMLLIElement[] {
  const added: HTMLLIElement[] = [];
  for (const group of groups) {
    let list = container.querySelector<HTMLOListElement>(`ol[data-locale="${group.locale}"]`);
    if (!list) {
      list = element('ol', 'search-hits');
      list.dataset.locale = group.locale;
      if (group.locale === readerLocale) {
        container.prepend(list); // the reader's language always comes first
      } else {
        const heading = element('h2', 'search-group-heading', groupLabel(strings, readerLocale, group.locale));
        list.lang = group.locale;
        container.append(heading, list);
      }
    }
    const items = group.hits.map(listItem);
    list.append(...items);
    added.push(...items);
  }
  return added;
}
