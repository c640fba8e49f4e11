// The files `npm run new` writes: a draft (`draft: true`, left out of the built site) in the source
// locale, and in every other locale a stub marked `translation: missing` that the site treats as
// absent (it shows the source text once the draft is published).
import { stringify } from 'yaml';

import { placeholderMark } from '../../src/core/placeholder.ts';

export { placeholderMark };

export interface NewArticle {
  slug: string;
  category: string;
  title: string;
  /** Locale the writer writes in first. */
  sourceLocale: string;
  /** YYYY-MM-DD */
  today: string;
}

/** "resolve-a-dispute" → "Resolve a dispute" */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function frontMatter(fields: Record<string, unknown>): string {
  // One field per line, quoted only where YAML needs it, the date left as written.
  return `---\n${stringify(fields, { lineWidth: 0 }).replace(/^reviewed: "?(\d{4}-\d\d-\d\d)"?$/m, 'reviewed: $1')}---\n`;
}

export function sourceDraft({ slug, category, title, today }: NewArticle): string {
  return `${frontMatter({
    title,
    description: `${placeholderMark}: one sentence that says what this article helps the reader do.`,
    category,
    order: 100,
    keywords: [],
    reviewed: today,
    // Kept off the site until the writer deletes this line: a scaffold's TODO text never publishes.
    draft: true,
  })}
{/* Start with one or two sentences: who this article is for, and what they will manage to do.
Components and examples: docs/writing.md. Preview: npm run dev, then open /<locale>/${slug}/ */}

${placeholderMark}: write the introduction.

## ${placeholderMark}: first section

<Steps>

1. ${placeholderMark}: the first step.
2. ${placeholderMark}: the next step.

</Steps>
`;
}

export function translationStub({ slug, category, title, sourceLocale, today }: NewArticle, locale: string): string {
  return `${frontMatter({
    title,
    description: `Not translated yet (${sourceLocale}).`,
    category,
    reviewed: today,
    translation: 'missing',
  })}
{/* Not translated yet: readers of /${locale}/${slug}/ see the ${sourceLocale} text, with a notice.
To translate: write the title, description and body here in this language, delete the line
"translation: missing", then record which text you translated:
npm run translations -- --mark-current ${slug} ${locale} */}
`;
}
