// What `npm run dev` leaves out of its file watcher. Vite watches the whole project folder, and
// the folders below are generated sites, not sources: after a bench run they hold hundreds of
// thousands of files (three sites' corpora and builds), and walking them made the dev server
// start 12 s later at 2,000 articles per locale. A folder that holds the content being previewed,
// or the Astro root, stays watched: tests and the bench keep their content under these folders.
import { isAbsolute, resolve, sep } from 'node:path';

/** Generated folders of the project, relative to its root. */
export const generatedFolders = ['dist', 'bench/out', 'bench/starlight', 'bench/floor', 'tests/.tmp'];

const within = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/**
 * A test for Vite's `server.watch.ignored`: true for a path inside a generated folder, unless it
 * is inside one of `keep` or on the way to one (an absolute path each).
 */
export function ignoreGenerated(projectRoot: string, keep: readonly string[]): (path: string) => boolean {
  const generated = generatedFolders.map((folder) => resolve(projectRoot, folder));
  const kept = keep.map((path) => resolve(path));
  // Called for every path the watcher meets, several times each: chokidar's paths are absolute.
  return (path) => {
    const file = isAbsolute(path) ? path : resolve(path);
    if (!generated.some((folder) => within(file, folder))) return false;
    return !kept.some((k) => within(file, k) || within(k, file));
  };
}
