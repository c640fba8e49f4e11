// `npm run translations -- --mark-current <slug> <locale>`: a translator says "this translation
// matches the source as it is now". Records the source's fingerprint in `translatedFrom`, editing
// only that line of the file.
import { renameSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFiles } from '../../src/core/content-files.ts';
import { loadCorpus } from '../../src/core/corpus.ts';
import { EditError, setFrontMatterField } from './front-matter-edit.ts';
import { sourceLocale, type ArticleVersion } from '../../src/core/translation-status.ts';
import { versionsOf } from '../../src/core/rules/translations.ts';

export interface MarkResult {
  file: string;
  from: string;
  hash: string;
}

export class MarkError extends Error {}

export function markCurrent(
  dir: string,
  slug: string,
  locale: string,
  displayPath: (file: string) => string = (f) => f,
): MarkResult {
  const corpus = loadCorpus(readContentFiles(dir));
  if (!corpus.locales.includes(locale))
    throw new MarkError(`"${locale}" is not a locale of this site (${corpus.locales.join(', ')}).`);
  const versions = new Map(
    versionsOf(corpus)
      .filter((v) => v.slug === slug)
      .map((v) => [v.locale, v] as [string, ArticleVersion]),
  );
  const version = versions.get(locale);
  if (versions.size === 0)
    throw new MarkError(`There is no article "${slug}". Run npm run translations to see the slugs.`);
  if (!version)
    throw new MarkError(
      `There is no ${locale} file for "${slug}": ${displayPath(`articles/${locale}/${slug}.mdx`)} does not exist.`,
    );
  if (version.stub)
    throw new MarkError(
      `${displayPath(version.file)} is still marked "translation: missing". Translate it, delete that line, then mark it.`,
    );
  const from = version.translatedFrom?.locale ?? sourceLocale(versions, corpus.locales, corpus.defaultLocale);
  const source = from ? versions.get(from) : undefined;
  if (!from || from === locale || !source || source.stub) {
    throw new MarkError(
      `${displayPath(version.file)} is the source text of "${slug}" (no other locale has text to translate from), so there is nothing to mark.`,
    );
  }

  const path = join(dir, version.file);
  const original = readFileSync(path, 'utf8');
  let edited: string;
  try {
    edited = setFrontMatterField(original, 'translatedFrom', `{ locale: ${from}, hash: ${source.hash} }`);
  } catch (error) {
    if (error instanceof EditError)
      throw new MarkError(`${displayPath(version.file)} was not changed: ${error.message}.`);
    throw error;
  }
  // Write beside, then swap: a crash never leaves half a file; a file changed meanwhile is left alone.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, edited, { flag: 'wx' });
  if (readFileSync(path, 'utf8') !== original) {
    rmSync(temporary);
    throw new MarkError(
      `${displayPath(version.file)} changed while marking it; nothing was written. Run the command again.`,
    );
  }
  renameSync(temporary, path);
  return { file: version.file, from, hash: source.hash };
}
