// A content folder read into memory once: every later step works on these texts, so each file
// is read (and parsed) a single time, and tests can combine folders without copying them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ContentFiles {
  /** The folder on disk (absolute), used to print paths the writer can click. */
  dir: string;
  /** Text of every file, by its path relative to `dir` with "/" separators. */
  texts: Map<string, string>;
}

// Data files and articles; pictures and other assets are not read.
const textFile = /\.(ya?ml|mdx?|markdown|txt)$/i;

export function readContentFiles(dir: string): ContentFiles {
  const texts = new Map<string, string>();
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // a folder that does not exist holds no files; the rules say what is missing
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const path = relative(dir, full).split(sep).join('/');
        texts.set(path, textFile.test(entry.name) ? readFileSync(full, 'utf8') : '');
      }
    }
  };
  walk(dir);
  return { dir, texts };
}

/** The texts of the articles (articles/<locale>/<slug>.mdx), in path order. */
export function articleTexts(files: ContentFiles): string[] {
  return [...files.texts].filter(([file]) => /^articles\/[^/]+\/[^/]+\.mdx$/.test(file)).map(([, text]) => text);
}

/** Files of `over` replace or add to those of `base` (tests: a valid corpus plus one broken case). */
export function overlay(base: ContentFiles, over: ContentFiles, dir = over.dir): ContentFiles {
  return { dir, texts: new Map([...base.texts, ...over.texts]) };
}
