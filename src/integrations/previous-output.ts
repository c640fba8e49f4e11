// Astro integration for an incremental build (src/lib/incremental.ts): once Astro has written the
// pages it rendered again, the other files of the last build are copied in beside them, before the
// search index, sitemap, headers and offline manifest are made from the whole site. Search
// bundles are left to the search index, which copies those it does not index again.
import { mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { incrementalPlan, keepFile } from '../lib/incremental.ts';
import { mapInParallel } from '../lib/parallel.ts';
import { endPhase, startPhase } from '../lib/build-phases.ts';

/** Copies the files of `from` that `to` lacks, but for its search bundles; returns how many. */
async function keepPrevious(from: string, to: string): Promise<number> {
  const pagefind = join(from, 'pagefind');
  const kept: { source: string; target: string; page: boolean }[] = [];
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    if (source.startsWith(`${pagefind}/`)) continue;
    // What this build wrote is newer; the files it did not write are the last build's.
    const target = join(to, relative(from, source));
    if (!existsSync(target)) kept.push({ source, target, page: entry.name.endsWith('.html') });
  }
  for (const folder of new Set(kept.map((file) => dirname(file.target)))) await mkdir(folder, { recursive: true });
  // Pages are linked, not copied (faster, and no second copy on disk): nothing writes into a
  // page after Astro. Other files are copied: the sitemap, _headers and sw.js are rewritten in
  // place later in the build, and a build that fails must leave the last one as it was.
  await mapInParallel(kept, (file) => keepFile(file.source, file.target, file.page));
  return kept.length;
}

export default function previousOutput(): AstroIntegration {
  return {
    name: 'pandu-previous-output',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const plan = incrementalPlan();
        if (!plan) return;
        startPhase('pages kept');
        const copied = await keepPrevious(plan.previous, fileURLToPath(dir));
        endPhase(`${copied.toLocaleString('en-US')} files of the last build`);
      },
    },
  };
}
