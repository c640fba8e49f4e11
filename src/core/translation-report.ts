// The translation status of a content folder on disk: for `npm run translations` and the
// reviewers' page. Reads only front matter and text; no MDX parsing.
import { readContentFiles } from './content-files.ts';
import { loadCorpus } from './corpus.ts';
import { defaultLintOptions } from './lint.ts';
import { sortProblems, type Problem } from './problems.ts';
import { translations, untranslatedTexts, versionsOf } from './rules/translations.ts';
import { trees } from './rules/trees.ts';
import { translationStatus, type ArticleStatus } from './translation-status.ts';

export interface TranslationReport {
  locales: string[];
  defaultLocale: string;
  articles: ArticleStatus[];
}

export function readTranslationReport(contentDir: string): TranslationReport {
  const corpus = loadCorpus(readContentFiles(contentDir));
  return {
    locales: corpus.locales,
    defaultLocale: corpus.defaultLocale,
    articles: translationStatus(versionsOf(corpus), corpus.locales, corpus.defaultLocale),
  };
}

/**
 * One warning per missing translation, as `npm run check` prints them: articles, and the texts of
 * categories, channels, decision trees and the tagline (the site shows the default locale's text).
 */
export function readTranslationWarnings(contentDir: string, displayPath: (file: string) => string): Problem[] {
  const corpus = loadCorpus(readContentFiles(contentDir));
  const options = defaultLintOptions({ displayPath });
  const treeTexts = trees(corpus, options).filter((p) => p.rule === 'untranslated-text');
  const articles = translations(corpus, options).filter((p) => p.rule === 'missing-translation');
  return sortProblems([...articles, ...untranslatedTexts(corpus, options), ...treeTexts]);
}
