// Where articles sit and what they are called: content/articles/<locale>/<slug>.mdx, a slug that
// is a valid URL segment, not taken by another page, once per locale, and titles that differ.
import { isReservedSlug } from '../../lib/routes.ts';
import { writtenArticles, type ArticleFile } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { positionIn } from '../yaml.ts';
import { type RuleCheck } from './shared.ts';

export const validSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Refund_Policy" → "refund-policy": the slug a writer probably meant. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const strayFiles: RuleCheck = (corpus, { displayPath }) =>
  corpus.strayFiles.map((file) => {
    const parts = file.split('/');
    const name = parts.at(-1)!;
    const fix =
      parts.length === 2
        ? `move it into a locale folder, such as ${displayPath(`articles/${corpus.defaultLocale}/${name}`)}`
        : parts.length > 3
          ? `articles sit directly in ${displayPath('articles/<locale>/')}; move it there`
          : /\.(md|markdown)$/.test(name)
            ? `rename it to ${name.replace(/\.(md|markdown)$/, '.mdx')}`
            : 'only .mdx files are articles; move it out of content/articles/';
    return problem('stray-file', file, undefined, `The site does not read this file: ${fix}.`);
  });

export const articleNames: RuleCheck = (corpus, { displayPath }) => {
  const problems: Problem[] = [];
  const treePaths = [...corpus.trees.values()].flatMap((t) => Object.values(t.paths));
  for (const article of corpus.articles) {
    const { file, locale, name, slug } = article;
    if (!corpus.locales.includes(locale)) {
      problems.push(
        problem(
          'unknown-locale',
          file,
          undefined,
          `"${locale}" is not a locale of this site (${corpus.locales.join(', ')}). Move the file into one of those folders, or add "${locale}" to locales in site.yaml.`,
        ),
      );
    }
    if (!validSlug.test(name)) {
      const suggestion = suggestSlug(name);
      problems.push(
        problem(
          'slug-format',
          file,
          undefined,
          `The file name "${name}.mdx" is not a valid slug: use lowercase letters, digits and "-" only${suggestion ? `, such as "${suggestion}.mdx"` : ''}. The file name is the article's URL.`,
        ),
      );
    }
    if (isReservedSlug(slug, treePaths)) {
      const tree = [...corpus.trees.values()].find((t) => Object.values(t.paths).includes(slug));
      const owner = tree ? `the decision tree ${displayPath(tree.file)}` : 'a page of the site';
      problems.push(
        problem(
          'reserved-slug',
          file,
          undefined,
          `The slug "${slug}" is the URL of ${owner} (/${locale}/${slug}/). Rename the file, for example to "${slug}-help.mdx".`,
        ),
      );
    }
  }
  return [...problems, ...duplicateSlugs(corpus.articles)];
};

/** Two files that become one URL: "Refund.mdx" and "refund.mdx" are both /<locale>/refund/. */
function duplicateSlugs(articles: readonly ArticleFile[]): Problem[] {
  const seen = new Map<string, ArticleFile>();
  return articles.flatMap((article) => {
    const key = `${article.locale}/${article.slug}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, article);
      return [];
    }
    return [
      problem(
        'duplicate-slug',
        article.file,
        undefined,
        `This file and ${first.file.split('/').at(-1)} both give the URL /${article.locale}/${article.slug}/. Rename or remove one of them.`,
      ),
    ];
  });
}

export const duplicateTitles: RuleCheck = (corpus, { displayPath }) => {
  const problems: Problem[] = [];
  for (const [, bySlug] of writtenArticles(corpus)) {
    const byTitle = new Map<string, ArticleFile>();
    for (const article of [...bySlug.values()].sort((a, b) => a.file.localeCompare(b.file))) {
      const title = article.fields?.title;
      if (typeof title !== 'string' || !title.trim()) continue;
      const key = title.trim().toLocaleLowerCase(article.locale).replace(/\s+/g, ' ');
      const first = byTitle.get(key);
      if (!first) {
        byTitle.set(key, article);
        continue;
      }
      const at = article.frontMatter && positionIn(article.frontMatter.positions, ['title']);
      const firstLine = (first.frontMatter && positionIn(first.frontMatter.positions, ['title']))?.line ?? 1;
      problems.push(
        problem(
          'duplicate-title',
          article.file,
          at,
          `The title "${title.trim()}" is also the title of ${displayPath(first.file)}:${firstLine}. Readers choose from titles: give each article its own.`,
        ),
      );
    }
  }
  return problems;
};

export const articleFileChecks: RuleCheck[] = [strayFiles, articleNames, duplicateTitles];
