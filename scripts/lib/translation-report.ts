// The translation status of a content folder on disk: for `npm run translations` and the
// reviewers' page. Reads only front matter and text; no MDX parsing.
import { readContentFiles } from './content-files.ts';
import { loadCorpus } from './corpus.ts';
import { versionsOf } from './rules/translations.ts';
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
