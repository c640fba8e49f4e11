// On "/": go to the first of the browser's languages that the site has, else the default locale.

/**
 * The site locale for a reader whose browser asks for `wanted` (navigator.languages, best first):
 * the same tag ("pt-BR"), else the same language ("ar" for "ar-EG", "pt-BR" for "pt").
 * Undefined when the site has none of them.
 */
export function preferredLocale(wanted: readonly string[], ours: readonly string[]): string | undefined {
  const lower = ours.map((l) => l.toLowerCase());
  const language = (tag: string) => tag.split('-')[0]!;
  for (const tag of wanted.map((w) => w.toLowerCase())) {
    const exact = lower.indexOf(tag);
    if (exact >= 0) return ours[exact];
    const same = lower.findIndex((l) => language(l) === language(tag));
    if (same >= 0) return ours[same];
  }
  return undefined;
}

export function redirectToPreferredLocale(): void {
  const list = document.querySelector<HTMLElement>('[data-locales]');
  const ours = list?.dataset.locales?.split(' ') ?? [];
  const wanted = preferredLocale(navigator.languages, ours) ?? ours[0];
  const link = wanted && list?.querySelector<HTMLAnchorElement>(`a[hreflang="${wanted}"]`);
  if (link) location.replace(link.href);
}
