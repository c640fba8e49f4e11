// "Keep this topic offline": asks the service worker to save the category page and every article
// it lists. Shown only when the reader's locale is above the offline budget (otherwise the whole
// locale is saved anyway) and a service worker controls the page.
export async function enhanceKeepOffline(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-keep-offline]');
  const worker = navigator.serviceWorker?.controller;
  const notice = document.getElementById('offline-notice');
  if (!box || !worker || !notice) return;
  const { base, locale } = notice.dataset;
  if (!(await caches.match(`${base}sw.js?part=${locale}`))) return;
  const button = box.querySelector('button')!;
  const status = box.querySelector('p')!;
  const pages = [
    location.pathname,
    ...[...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => new URL(a.href).pathname),
  ]
    .filter((path, i, all) => path.startsWith(`${base}${locale}/`) && all.indexOf(path) === i)
    .map((path) => location.origin + path);
  const saved = async () => (await Promise.all(pages.map((page) => caches.match(page)))).every(Boolean);
  const done = (ok: boolean) => {
    status.textContent = ok ? box.dataset.kept! : box.dataset.failed!;
    button.hidden = ok;
  };
  box.hidden = false;
  if (await saved()) return done(true);
  button.addEventListener('click', () => {
    button.disabled = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = (message) => {
      button.disabled = false;
      done(message.data === true);
    };
    worker.postMessage({ keep: pages }, [channel.port2]);
  });
}
