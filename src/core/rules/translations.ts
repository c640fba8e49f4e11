// Articles missing in a locale and translations whose source changed (translation-status.ts).
import { asRecord, type Corpus, type YamlFile } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { translationStatus, type ArticleVersion } from '../translation-status.ts';
import { positionIn, positionOf } from '../yaml.ts';
import type { RuleCheck } from './shared.ts';
import { sitePaths } from '../../lib/routes.ts';

export function versionsOf(corpus: Corpus): ArticleVersion[] {
  return corpus.articles.map((a) => ({
    locale: a.locale,
    slug: a.slug,
    file: a.file,
    title: typeof a.fields?.title === 'string' ? a.fields.title : a.slug,
    stub: a.stub,
    hash: a.hash,
    translatedFrom: a.translatedFrom,
  }));
}

export const translations: RuleCheck = (corpus, { displayPath }) => {
  const articles = new Map(corpus.articles.map((a) => [a.file, a]));
  const fieldAt = (file: string, field: string) => {
    const fm = articles.get(file)?.frontMatter;
    return fm ? positionIn(fm.positions, [field]) : undefined;
  };
  const problems: Problem[] = [];
  for (const status of translationStatus(versionsOf(corpus), corpus.locales, corpus.defaultLocale)) {
    const source = status.locales.find((l) => l.state === 'source');
    if (!source?.file) continue; // only stubs: nothing to translate yet
    if (articles.get(source.file)?.draft) continue; // nobody reads a draft yet, in any locale
    for (const { locale, state, file, from, recordedHash, currentHash } of status.locales) {
      const page = sitePaths('/').article(locale, status.slug);
      if (state === 'missing' && file) {
        problems.push(
          problem(
            'missing-translation',
            file,
            fieldAt(file, 'translation'),
            `Not translated yet: readers of ${page} see the ${source.locale} text. Translate it here, then delete "translation: missing".`,
          ),
        );
      } else if (state === 'missing') {
        problems.push(
          problem(
            'missing-translation',
            source.file,
            undefined,
            `No ${locale} translation: readers of ${page} see this ${source.locale} text. Add ${displayPath(`articles/${locale}/${status.slug}.mdx`)}.`,
          ),
        );
      } else if (state === 'stale' && file) {
        const change = currentHash
          ? `The ${from} text changed since this translation was made (fingerprint ${recordedHash}, now ${currentHash}). Update the translation, then run: npm run translations -- --mark-current ${status.slug} ${locale}`
          : `This was translated from the ${from} text, but ${displayPath(`articles/${from}/${status.slug}.mdx`)} has no text now. Fix translatedFrom, or remove it if this is now the original.`;
        problems.push(problem('stale-translation', file, fieldAt(file, 'translatedFrom'), change));
      }
    }
  }
  return problems;
};

/**
 * Texts given per locale in the data files (category labels and descriptions, channel labels and
 * notes, the site's tagline) with no text in some locale: the site shows the default locale's text
 * there, marked with its `lang`. One warning per missing text, on the line of the field.
 */
export const untranslatedTexts: RuleCheck = (corpus) => {
  const problems: Problem[] = [];
  const check = (source: YamlFile | undefined, path: (string | number)[], value: unknown, what: string) => {
    const texts = asRecord(value);
    if (!source || !texts) return;
    const shownLocale = [corpus.defaultLocale, ...Object.keys(texts)].find(
      (l) => typeof texts[l] === 'string' && texts[l],
    );
    if (!shownLocale) return; // nothing written at all: the schema rules report it
    for (const locale of corpus.locales) {
      if (typeof texts[locale] === 'string' && texts[locale]) continue;
      problems.push(
        problem(
          'untranslated-text',
          source.file,
          positionOf(source.yaml, path, true),
          `${what} has no "${locale}" text: readers of /${locale}/ see the ${shownLocale} text. Add "${locale}: …" under it.`,
        ),
      );
    }
  };
  const listed = (source: YamlFile | undefined, kind: string, fields: string[]) => {
    const items = source && !source.yaml.syntaxError && Array.isArray(source.yaml.data) ? source.yaml.data : [];
    items.forEach((item, index) => {
      const fieldsOf = asRecord(item);
      const id = typeof fieldsOf?.id === 'string' ? `${kind} "${fieldsOf.id}"` : `${kind} ${index + 1}`;
      for (const field of fields) check(source, [index, field], fieldsOf?.[field], `${id}: ${field}`);
    });
  };
  listed(corpus.categoriesFile, 'category', ['label', 'description']);
  listed(corpus.channelsFile, 'channel', ['label', 'note']);
  if (corpus.site && !corpus.site.yaml.syntaxError)
    check(corpus.site, ['tagline'], asRecord(corpus.site.yaml.data)?.tagline, 'tagline');
  return problems;
};
