// On "/": go to the first of the browser's languages that the site has, else the default locale.
export function redirectToPreferredLocale(): void {
  const list = document.querySelector<HTMLElement>('[data-locales]');
  const ours = list?.dataset.locales?.split(' ') ?? [];
  const wanted = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find((l) => ours.includes(l)) ?? ours[0];
  const link = wanted && list?.querySelector<HTMLAnchorElement>(`a[hreflang="${wanted}"]`);
  if (link) location.replace(link.href);
}
