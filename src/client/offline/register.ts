// On every page (with offline reading on): the "You are offline" notice, and, once the page has
// loaded, the service worker (<base>sw.js, src/client/offline/worker.ts), told which locale the
// reader reads so it can save it. Kept tiny: PRODUCT.md allows it 0.5 KB gzip.
export function startOfflineReading(): void {
  const notice = document.getElementById('offline-notice');
  if (!notice) return;
  const { base, locale } = notice.dataset;
  const [all, some] = notice.querySelectorAll('p');
  const show = async () => {
    notice.hidden = navigator.onLine;
    // The worker leaves a marker once every page of the locale is saved.
    const saved = !navigator.onLine && !!(await self.caches?.match(`${base}sw.js?all=${locale}`));
    all!.hidden = !saved;
    some!.hidden = saved;
  };
  addEventListener('online', show);
  addEventListener('offline', show);
  void show();
  const workers = navigator.serviceWorker;
  if (!workers) return;
  addEventListener('load', async () => {
    await workers.register(`${base}sw.js`);
    const { active } = await workers.ready;
    const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
    active?.postMessage({ locale, page: location.pathname, saveData });
  });
}
