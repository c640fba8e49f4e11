// The root 404.html holds the not-found message of every locale. Keep only the one of the path's
// locale (/<base>/<locale>/…) and make it the page's language, title and main heading; any other
// path keeps the default locale, first on the page.
export function showNotFoundInPathLocale(): void {
  const main = document.querySelector<HTMLElement>('[data-not-found]');
  if (!main) return;
  const base = main.dataset.notFound!;
  const path = location.pathname;
  const locale = path.startsWith(base) ? path.slice(base.length).split('/')[0] : '';
  const sections = [...main.querySelectorAll<HTMLElement>('section[data-locale]')];
  const chosen = sections.find((s) => s.dataset.locale === locale) ?? sections[0]!;
  for (const section of sections) section.hidden = section !== chosen;
  main.prepend(chosen); // first, so no separator above it
  const heading = chosen.querySelector('h2');
  if (heading) {
    const h1 = document.createElement('h1');
    h1.append(...heading.childNodes);
    heading.replaceWith(h1);
  }
  document.documentElement.lang = chosen.lang;
  document.title = chosen.dataset.title!;
}
