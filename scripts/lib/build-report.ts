// What `npm run build` prints: one line per phase as it ends, then a summary of the site built.
// Plain lines, the same on a terminal and in a CI log.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PhaseTiming } from '../../src/lib/build-phases.ts';

const seconds = (s: number) => `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;

export function phaseLine(phase: PhaseTiming): string {
  const detail = phase.detail ? `  ${phase.detail}` : '';
  return `  ${phase.name.padEnd(24)}${seconds(phase.wallSeconds).padStart(9)}  (CPU ${seconds(phase.cpuSeconds)})${detail}`;
}

export interface DistSummary {
  /** HTML pages per top-level folder that is a locale. */
  pagesPerLocale: Record<string, number>;
  pages: number;
  distBytes: number;
  searchIndexBytes: number;
}

/** Walks the built site once: pages per locale, total size, the size of pagefind/. */
export function summarizeDist(outDir: string, locales: readonly string[]): DistSummary {
  const summary: DistSummary = {
    pagesPerLocale: Object.fromEntries(locales.map((l) => [l, 0])),
    pages: 0,
    distBytes: 0,
    searchIndexBytes: 0,
  };
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    const top = path.slice(outDir.length + 1).split(/[/\\]/)[0]!;
    summary.distBytes += size;
    if (top === 'pagefind') summary.searchIndexBytes += size;
    if (entry.name.endsWith('.html')) {
      summary.pages++;
      if (top in summary.pagesPerLocale) summary.pagesPerLocale[top]!++;
    }
  }
  return summary;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function summaryLines(
  dist: DistSummary,
  outDir: string,
  warnings: number,
  totalSeconds: number,
  next = 'npm run preview',
  upToDate = false,
): string[] {
  const perLocale = Object.entries(dist.pagesPerLocale)
    .map(([locale, n]) => `${locale} ${n.toLocaleString('en-US')}`)
    .join(', ');
  return [
    `${upToDate ? `Up to date: ${outDir}, nothing changed since its last build (checked in ${seconds(totalSeconds)})` : `Built ${outDir} in ${seconds(totalSeconds)}`}: ${dist.pages.toLocaleString('en-US')} pages (${perLocale}), ${megabytes(dist.distBytes)}, search index ${megabytes(dist.searchIndexBytes)}, ${warnings} content warning${warnings === 1 ? '' : 's'}.`,
    `Next: ${next}`,
  ];
}
