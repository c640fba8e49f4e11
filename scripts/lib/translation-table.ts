// The translation status as a terminal table: one row per article, one column per locale.
import type { TranslationReport } from '../../src/core/translation-report.ts';
import type { TranslationState } from '../../src/core/translation-status.ts';

const words: Record<TranslationState, string> = {
  source: 'source',
  translated: 'translated',
  stale: 'STALE',
  missing: 'missing',
  untracked: 'untracked',
};

export function formatStatusTable(report: TranslationReport): string {
  const header = ['article', ...report.locales];
  const rows = report.articles.map((a) => [a.slug, ...a.locales.map((l) => words[l.state])]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const counts = new Map<TranslationState, number>();
  for (const a of report.articles)
    for (const l of a.locales) if (l.state !== 'source') counts.set(l.state, (counts.get(l.state) ?? 0) + 1);
  const totals = (['translated', 'stale', 'missing', 'untracked'] as const)
    .map((s) => `${counts.get(s) ?? 0} ${words[s].toLowerCase()}`)
    .join(', ');
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${report.articles.length} articles; translations: ${totals}.`,
    'source: the text others are translated from. stale: the source changed after the translation was last marked.',
    'untracked: translated, but no translatedFrom yet; after checking it matches the source, run',
    '  npm run translations -- --mark-current <slug> <locale>',
  ].join('\n');
}
