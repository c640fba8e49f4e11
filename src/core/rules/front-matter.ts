// An article's front matter: present, readable, valid against articleSchema, a known category,
// and no placeholder text left from `npm run new`.
import { articleSchema } from '../../lib/schemas.ts';
import { idsKnown, type ArticleFile, type Corpus } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { positionIn } from '../yaml.ts';
import { allowedKeysOf, closest, explainIssues } from '../zod-issues.ts';
import { listOf, type RuleCheck } from './shared.ts';
import { placeholderMark } from '../placeholder.ts';

export const frontMatter: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) => checkFrontMatter(corpus, article));

function checkFrontMatter(corpus: Corpus, article: ArticleFile): Problem[] {
  const { file, frontMatter: fm, fields } = article;
  if (!fm) {
    return [
      problem(
        'front-matter',
        file,
        undefined,
        'The file must start with front matter: a line "---", the fields (title, description, category, reviewed), and another "---". `npm run new` writes one for you.',
      ),
    ];
  }
  if (fm.syntaxError) return [problem('yaml-syntax', file, fm.syntaxError.at, fm.syntaxError.message)];
  if (!fields) {
    return [
      problem(
        'front-matter',
        file,
        { line: 2, column: 1 },
        'The front matter must be fields written "name: value", one per line, with a space after each colon.',
      ),
    ];
  }
  const problems = explainIssues(article.issues, fields, allowedKeysOf(articleSchema)).map((issue) =>
    problem(
      'front-matter',
      file,
      positionIn(fm.positions, issue.path, issue.atKey) ?? { line: 2, column: 1 },
      issue.message,
    ),
  );
  const category = fields.category;
  if (
    typeof category === 'string' &&
    category &&
    idsKnown(corpus.categoriesFile) &&
    !corpus.categoryIds.has(category)
  ) {
    const known = [...corpus.categoryIds];
    const close = closest(category, known);
    problems.push(
      problem(
        'unknown-category',
        file,
        positionIn(fm.positions, ['category']),
        `There is no category "${category}" in categories.yaml. ${close ? `Did you mean "${close}"? ` : ''}Use one of: ${listOf(known)}.`,
      ),
    );
  }
  return problems;
}

const keepAsDraft = 'or add `draft: true` to the front matter to keep the article off the site until it is ready';

/** "TODO" left in the title, description or visible text (comments may keep it) of an article the site publishes. */
export const placeholders: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) => {
    if (article.stub || article.draft || !article.frontMatter) return [];
    const problems: Problem[] = [];
    for (const field of ['title', 'description'] as const) {
      const value = article.fields?.[field];
      if (typeof value === 'string' && value.includes(placeholderMark)) {
        problems.push(
          problem(
            'placeholder-text',
            article.file,
            positionIn(article.frontMatter.positions, [field]),
            `The ${field} still holds the "${placeholderMark}" text from \`npm run new\`. Write the real ${field}, ${keepAsDraft}.`,
          ),
        );
      }
    }
    const first = article.facts.placeholderAt;
    if (first)
      problems.push(
        problem(
          'placeholder-text',
          article.file,
          first,
          `The text still holds "${placeholderMark}" lines from \`npm run new\`. Replace them with the article, ${keepAsDraft}.`,
        ),
      );
    return problems;
  });

/** A reminder per draft: it is checked like any article, and readers never see it. */
export const drafts: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) =>
    article.draft && article.frontMatter
      ? [
          problem(
            'draft',
            article.file,
            positionIn(article.frontMatter.positions, ['draft'], true),
            'This article is a draft: the site leaves it out (npm run dev shows it), so a link or decision tree that leads to it is an error until it is published. When it is ready, delete the line "draft: true".',
          ),
        ]
      : [],
  );
