// The offline-reading setting of content/site.yaml, read once for the build and the pages.
import type { SiteSettings } from './schemas.ts';

/** A locale's pages, search bundle and shared files are saved whole on a reader's device up to this size. */
export const defaultOfflineBudgetMB = 5;

/** The byte budget of offline reading, or undefined when `offline: false` turns it off. */
export function offlineBudget(settings: Pick<SiteSettings, 'offline'>): number | undefined {
  if (settings.offline === false) return undefined;
  const megabytes = settings.offline === true ? defaultOfflineBudgetMB : settings.offline.budgetMB;
  return Math.round(megabytes * 1024 * 1024);
}
