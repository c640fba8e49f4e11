// content/site.yaml, content/categories.yaml, content/ui/<locale>.yaml: readable YAML that
// passes the schemas in src/lib/schemas.ts, unique ids, popular articles that exist.
import { categorySchema, siteSettingsSchema, uiStringsSchema } from '../../lib/schemas.ts';
import { asRecord, writtenArticles, type Corpus, type YamlFile } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { positionOf } from '../yaml.ts';
import { schemaProblems, type RuleCheck } from './shared.ts';

/** YAML syntax errors of every data file (front matter is checked with its article). */
export function yamlSyntax(corpus: Corpus): Problem[] {
  const sources = [corpus.site, corpus.categoriesFile, corpus.channelsFile, ...corpus.ui].filter(
    (s): s is YamlFile => !!s,
  );
  return sources.flatMap(({ file, yaml }) =>
    yaml.syntaxError ? [problem('yaml-syntax', file, yaml.syntaxError.at, yaml.syntaxError.message)] : [],
  );
}

export const siteSettings: RuleCheck = (corpus) => {
  const { site } = corpus;
  if (!site)
    return [
      problem(
        'site-settings',
        'site.yaml',
        undefined,
        'content/site.yaml is missing. Every site needs it: name, locales, defaultLocale, baseUrl.',
      ),
    ];
  if (site.yaml.syntaxError) return [];
  const result = siteSettingsSchema.safeParse(site.yaml.data);
  return result.success
    ? []
    : schemaProblems('site-settings', site, [], site.yaml.data, result.error.issues, siteSettingsSchema);
};

export const popularArticles: RuleCheck = (corpus) => {
  const popular = asRecord(corpus.site?.yaml.data)?.popularArticles;
  if (!corpus.site || !Array.isArray(popular)) return [];
  const slugs = new Set([...writtenArticles(corpus).values()].flatMap((bySlug) => [...bySlug.keys()]));
  return popular.flatMap((slug, index) =>
    typeof slug === 'string' && !slugs.has(slug)
      ? [
          problem(
            'popular-article',
            'site.yaml',
            positionOf(corpus.site!.yaml, ['popularArticles', index]),
            `popularArticles names "${slug}", but there is no article with that slug; the home page leaves it out. Fix the slug or remove the line.`,
          ),
        ]
      : [],
  );
};

export const categories: RuleCheck = (corpus) => {
  const source = corpus.categoriesFile;
  if (!source)
    return [
      problem(
        'category-schema',
        'categories.yaml',
        undefined,
        'content/categories.yaml is missing. Every article needs a category from it.',
      ),
    ];
  if (source.yaml.syntaxError) return [];
  const items = source.yaml.data;
  if (!Array.isArray(items))
    return [
      problem(
        'category-schema',
        source.file,
        undefined,
        'categories.yaml must be a list: each category starts with "- id: …".',
      ),
    ];
  return [
    ...items.flatMap((item, index) => {
      const result = categorySchema.safeParse(item);
      return result.success
        ? []
        : schemaProblems('category-schema', source, [index], item, result.error.issues, categorySchema);
    }),
    ...duplicateIds(source, items, 'category'),
  ];
};

/** The second (and later) entry with an id already used above it. */
export function duplicateIds(source: YamlFile, items: unknown[], what: string): Problem[] {
  const firstLine = new Map<string, number>();
  return items.flatMap((item, index) => {
    const id = asRecord(item)?.id;
    if (typeof id !== 'string') return [];
    const at = positionOf(source.yaml, [index, 'id']);
    const earlier = firstLine.get(id);
    if (earlier === undefined) {
      firstLine.set(id, at?.line ?? 1);
      return [];
    }
    return [
      problem(
        'duplicate-id',
        source.file,
        at,
        `The ${what} id "${id}" is already used on line ${earlier}. Give each ${what} its own id.`,
      ),
    ];
  });
}

export const uiStrings: RuleCheck = (corpus, { displayPath }) => {
  const byLocale = new Map(corpus.ui.map((u) => [u.file.replace(/^ui\/|\.ya?ml$/g, ''), u]));
  const reference = byLocale.get(corpus.defaultLocale);
  const referenceData = asRecord(reference?.yaml.data);
  const problems: Problem[] = [];
  for (const locale of corpus.locales) {
    const source = byLocale.get(locale);
    if (!source) {
      problems.push(
        problem(
          'ui-strings',
          `ui/${locale}.yaml`,
          undefined,
          `Interface strings for "${locale}" are missing. Copy ${displayPath(`ui/${corpus.defaultLocale}.yaml`)} to ${displayPath(`ui/${locale}.yaml`)} and translate every value.`,
        ),
      );
      continue;
    }
    if (source.yaml.syntaxError) continue;
    const result = uiStringsSchema.safeParse(source.yaml.data ?? {});
    if (result.success) continue;
    for (const found of schemaProblems(
      'ui-strings',
      source,
      [],
      source.yaml.data,
      result.error.issues,
      uiStringsSchema,
    )) {
      // Show the text to translate: a missing key's value in the default locale.
      const key = /^Missing field "([^"]+)"/.exec(found.message)?.[1];
      const example = key && source !== reference ? referenceData?.[key] : undefined;
      problems.push(
        typeof example === 'string'
          ? { ...found, message: `${found.message.slice(0, -1)}; in ${corpus.defaultLocale} it reads "${example}".` }
          : found,
      );
    }
  }
  return problems;
};

export const dataFileChecks: RuleCheck[] = [yamlSyntax, siteSettings, popularArticles, categories, uiStrings];
