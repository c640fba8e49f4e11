// Hashes of what a build is made from, shared by the shards' merge check (scripts/lib/shards.ts)
// and the incremental build's state (scripts/lib/build-state.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Every file under `dir` (relative, "/" separators), sorted; none when it does not exist. */
export function filesUnder(dir: string, skip?: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !skip?.(path))
    .sort();
}

/** A hash of the paths and bytes of files under `root`. */
export function fingerprint(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths)
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(root, path)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The checkout this script runs from: its code builds the site. */
const projectRoot = resolve(import.meta.dirname, '../..');

/** What decides the output besides the content: the site's code and scripts, its public files and its dependencies. */
export function codeFingerprint(): string {
  const code = ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json'].filter((f) =>
    existsSync(join(projectRoot, f)),
  );
  const tree = (folder: string) => filesUnder(join(projectRoot, folder)).map((f) => `${folder}/${f}`);
  return fingerprint(projectRoot, [...code, ...tree('src'), ...tree('public'), ...tree('scripts')]);
}
