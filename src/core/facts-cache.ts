// Article facts kept between runs, by the SHA-1 of the file's text: the build runs the check
// every time, and an unchanged article is never parsed again. The cache is dropped whenever the
// code that extracts facts (or the Markdown parser) changes, so it can never hold stale facts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { dirname, join, resolve } from 'node:path';
import { extractFacts, extractHead, type ArticleFacts, type HeadFacts } from './article-facts.ts';
import type { FactsSource } from './corpus.ts';
import { cacheDir } from '../lib/env.ts';

const require = createRequire(import.meta.url);

/** The installed version of `name`, also when its package.json is not exported ("" if not found). */
function packageVersion(name: string): string {
  let dir: string;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    return '';
  }
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? '';
    } catch {
      // no package.json at this level: look one folder up
    }
  }
  return '';
}

/** Changes when the extraction code or a parser version changes. */
function extractorVersion(): string {
  const here = import.meta.dirname;
  const sources = [
    'article-facts.ts',
    'mdx.ts',
    'mdast.ts',
    'front-matter.ts',
    'hash.ts',
    'yaml.ts',
    'placeholder.ts',
    '../lib/slug.ts',
  ].map((f) => readFileSync(join(here, f), 'utf8'));
  const parsers = [
    'remark-parse',
    'remark-mdx',
    'remark-gfm',
    'remark-frontmatter',
    'micromark',
    'github-slugger',
    'yaml',
    'satteri',
  ].map((name) => `${name}@${packageVersion(name)}`);
  return createHash('sha1')
    .update([...sources, ...parsers].join('\0'))
    .digest('hex');
}

/**
 * Where the cache of a content folder lives: next to Astro's own cache (PANDU_CACHE_DIR, else
 * node_modules/.astro), one file per folder so checking one folder never empties another's.
 */
export function defaultCacheFile(contentDir: string): string {
  const folder = createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 10);
  return resolve(cacheDir(), `pandu-check-facts-${folder}.json`);
}

/** The facts of one text: its head always, its body once a rule needed it. */
interface Entry {
  head?: HeadFacts;
  body?: ArticleFacts;
}

const minimumPerWorker = 100;

function parseInWorker(texts: string[]): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./facts-worker.ts', import.meta.url), { workerData: texts });
    worker.once('message', (entries: Entry[]) => resolve(entries));
    worker.once('error', reject);
  });
}

export class FactsCache implements FactsSource {
  /** Undefined: kept in memory for this run only (`--no-cache`). */
  private readonly file: string | undefined;
  private readonly version = extractorVersion();
  private readonly known = new Map<string, Entry>();
  /** Entries used in this run: the only ones written back, so the file never grows stale. */
  private readonly used = new Map<string, Entry>();
  private changed = false;
  /** The keys the cache file holds: it is written again only when this run's differ. */
  private savedKeys = new Set<string>();
  /** Each text's key, hashed once per run (the rules ask for a text's head and body apart). */
  private readonly keys = new Map<string, string>();
  /** Texts parsed in this thread during this run (not found in the cache, not prefilled). */
  parsed = 0;

  constructor(file?: string) {
    this.file = file;
    if (!file) return;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: Record<string, Entry> };
      if (saved.version === this.version)
        for (const [key, entry] of Object.entries(saved.entries)) this.known.set(key, entry);
      this.savedKeys = new Set(this.known.keys());
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
  }

  /**
   * Starts another run in the same process (`npm run dev` checks again after every change): the
   * facts stay in memory, so the cache file is not read again each time.
   */
  nextRun(): void {
    for (const [key, entry] of this.used) this.known.set(key, entry);
    this.used.clear();
    this.keys.clear();
    this.changed = false;
    this.parsed = 0;
  }

  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (!key) {
      key = createHash('sha1').update(text).digest('hex');
      this.keys.set(text, key);
    }
    return key;
  }

  private entry(text: string): Entry {
    const key = this.keyOf(text);
    let entry = this.used.get(key);
    if (!entry) {
      entry = this.known.get(key) ?? {};
      this.used.set(key, entry);
    }
    return entry;
  }

  head = (text: string): HeadFacts => {
    const entry = this.entry(text);
    if (!entry.head) [entry.head, this.changed, this.parsed] = [extractHead(text), true, this.parsed + 1];
    return entry.head;
  };

  body = (text: string): ArticleFacts => {
    const entry = this.entry(text);
    if (!entry.body) [entry.body, this.changed, this.parsed] = [extractFacts(text), true, this.parsed + 1];
    return entry.body;
  };

  /**
   * Parses, on every core, the texts the cache does not know yet. Worth it only for many files
   * (a worker takes a moment to start); otherwise the rules parse each article when they need it.
   */
  async prefill(texts: readonly string[]): Promise<void> {
    const missing = [...new Set(texts)].filter((text) => {
      const entry = this.known.get(this.keyOf(text));
      return !entry?.head || !entry.body;
    });
    const workers = Math.min(availableParallelism(), Math.floor(missing.length / minimumPerWorker));
    if (workers < 2) return;
    const chunks = Array.from({ length: workers }, (_, i) => missing.filter((_, j) => j % workers === i));
    const results = await Promise.all(chunks.map((chunk) => parseInWorker(chunk)));
    chunks.forEach((chunk, i) =>
      chunk.forEach((text, j) => {
        this.known.set(this.keyOf(text), results[i]![j]!);
        this.changed = true;
      }),
    );
  }

  /** Writes the cache when something changed (atomically: a crash leaves the old file). */
  save(): void {
    const sameKeys =
      this.used.size === this.savedKeys.size && [...this.used.keys()].every((k) => this.savedKeys.has(k));
    if (!this.file || (!this.changed && sameKeys)) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: this.version, entries: Object.fromEntries(this.used) }));
      renameSync(temporary, this.file);
      this.savedKeys = new Set(this.used.keys());
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}
