// `npm run merge-shards -- shards/en shards/id --out dist`: merges shard builds
// (`npm run build -- --locales en --out shards/en`) into the whole site, byte for byte what one
// build of every locale writes (docs/scaling.md). Shards built from other code or content, a
// locale in two shards or in none stop the merge with a message, and nothing is written.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { summarizeDist } from './lib/build-report.ts';
import { mergeShards, ShardError } from './lib/shards.ts';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false } },
});
const started = performance.now();
const outDir = resolve(flags.out);
try {
  const merged = await mergeShards(positionals, outDir);
  if (!flags.quiet) {
    const dist = summarizeDist(outDir, merged.locales);
    const perLocale = Object.entries(dist.pagesPerLocale)
      .map(([l, n]) => `${l} ${n.toLocaleString('en-US')}`)
      .join(', ');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Merged ${positionals.length} shard${positionals.length === 1 ? '' : 's'} into ${relative(process.cwd(), outDir) || '.'} in ${seconds} s: ${dist.pages.toLocaleString('en-US')} pages (${perLocale}), ${(dist.distBytes / 1024 / 1024).toFixed(1)} MB.`,
    );
    if (merged.offline) console.log(merged.offline);
    console.log('Next: npm run preview');
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof ShardError ? `Merge stopped: ${message}` : `Merge failed; ${outDir} is unchanged.\n${message}`,
  );
  process.exit(1);
}
