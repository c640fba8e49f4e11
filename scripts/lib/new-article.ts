// What `npm run new` decides before writing anything: a valid slug and category, no file that
// already exists, and the text of each file (scaffold.ts).
import { isReservedSlug } from '../../src/lib/routes.ts';
import { loadCorpus } from '../../src/core/corpus.ts';
import type { ContentFiles } from '../../src/core/content-files.ts';
import { suggestSlug, validSlug } from '../../src/core/rules/article-files.ts';
import { sourceDraft, titleFromSlug, translationStub, type NewArticle } from './scaffold.ts';
import { closest } from '../../src/core/zod-issues.ts';

export class NewArticleError extends Error {}

export interface PlannedFile {
  /** Relative to the content folder. */
  file: string;
  text: string;
  /** The source-locale draft (the others are stubs). */
  draft: boolean;
}

export interface NewArticleRequest {
  slug: string;
  category?: string;
  title?: string;
  sourceLocale?: string;
  today: string;
}

export function planNewArticle(
  files: ContentFiles,
  request: NewArticleRequest,
  displayPath: (file: string) => string,
): PlannedFile[] {
  const corpus = loadCorpus(files);
  const { slug } = request;
  if (!validSlug.test(slug)) {
    const suggestion = suggestSlug(slug);
    throw new NewArticleError(
      `"${slug}" is not a valid slug: use lowercase letters, digits and single "-" between words${suggestion && suggestion !== slug ? `, such as "${suggestion}"` : ''}. The slug is the article's URL: /<locale>/${suggestion || 'my-article'}/.`,
    );
  }
  const treePaths = [...corpus.trees.values()].flatMap((t) => Object.values(t.paths));
  if (isReservedSlug(slug, treePaths))
    throw new NewArticleError(
      `"${slug}" is the URL of another page of the site. Choose another slug, such as "${slug}-help".`,
    );

  const categories = [...corpus.categoryIds];
  if (!request.category)
    throw new NewArticleError(
      `Name the article's category with --category <id>. Categories: ${categories.join(', ')}.`,
    );
  if (!corpus.categoryIds.has(request.category)) {
    const close = closest(request.category, categories);
    throw new NewArticleError(
      `There is no category "${request.category}" in categories.yaml. ${close ? `Did you mean "${close}"? ` : ''}Categories: ${categories.join(', ')}.`,
    );
  }

  const sourceLocale = request.sourceLocale ?? corpus.defaultLocale;
  if (!corpus.locales.includes(sourceLocale))
    throw new NewArticleError(`"${sourceLocale}" is not a locale of this site (${corpus.locales.join(', ')}).`);

  // Never overwrite: any file of this slug, in any locale, stops everything.
  const existing = corpus.articles.filter((a) => a.slug === slug).map((a) => displayPath(a.file));
  if (existing.length) {
    throw new NewArticleError(
      `The article "${slug}" already exists: ${existing.join(', ')}. Nothing was written. Edit that file, or choose another slug.`,
    );
  }

  const article: NewArticle = {
    slug,
    category: request.category,
    title: request.title?.trim() || titleFromSlug(slug),
    sourceLocale,
    today: request.today,
  };
  return corpus.locales.map((locale) => ({
    file: `articles/${locale}/${slug}.mdx`,
    text: locale === sourceLocale ? sourceDraft(article) : translationStub(article, locale),
    draft: locale === sourceLocale,
  }));
}
