// Fixture content folders: the real site settings, categories, channels and UI strings, with
// the fixture's own articles. Keeps fixtures small and in step with the real interface strings.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, tmpRoot } from './paths.ts';

/** Copies content/*.yaml and content/ui/ plus `articlesDir` into tests/.tmp/content-<name>. */
export function fixtureContent(name: string, articlesDir: string): string {
  const dir = resolve(tmpRoot, `content-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const real = join(repoRoot, 'content');
  for (const file of ['site.yaml', 'categories.yaml', 'channels.yaml']) cpSync(join(real, file), join(dir, file));
  cpSync(join(real, 'ui'), join(dir, 'ui'), { recursive: true });
  cpSync(articlesDir, join(dir, 'articles'), { recursive: true });
  return dir;
}
