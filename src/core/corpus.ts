// The content folder, parsed once: data files with line positions, and every article with its
// front matter, fingerprint and (on first use) its syntax tree. Rules read this; none re-parses.
import { slug as githubSlug } from 'github-slugger';
import type { z } from 'astro/zod';
import { articleSchema, siteSettingsSchema, type ArticleData, type SiteSettings } from '../lib/schemas.ts';
import type { ContentFiles } from './content-files.ts';
import {
  extractFacts,
  extractHead,
  type ArticleFacts,
  type FrontMatterFacts,
  type HeadFacts,
} from './article-facts.ts';
import { readTree, type TreeSource } from './tree-check.ts';
import { parseYaml, type YamlSource } from './yaml.ts';

export interface YamlFile {
  file: string;
  yaml: YamlSource;
}

export interface TranslatedFrom {
  locale: string;
  hash: string;
}

export interface ArticleFile {
  /** "articles/en/refund.mdx" */
  file: string;
  /** The folder the file sits in. */
  locale: string;
  /** File name without ".mdx". */
  name: string;
  /** The page slug, made from the file name the way the site makes it. */
  slug: string;
  text: string;
  frontMatter?: FrontMatterFacts;
  /** Front-matter fields as written (even when invalid), or undefined when unreadable. */
  fields?: Record<string, unknown>;
  /** Front matter that passed the schema. */
  data?: ArticleData;
  issues: z.core.$ZodIssue[];
  /** Made by `npm run new` and not translated yet (`translation: missing`): the site shows the source text. */
  stub: boolean;
  /** `draft: true`: checked, but left out of the built site (and so of links, trees and lists). */
  draft: boolean;
  translatedFrom?: TranslatedFrom;
  /** Fingerprint of the title, description and body (see hash.ts). */
  hash: string;
  /** What the body holds (headings, components, links…), parsed on first use. */
  readonly facts: ArticleFacts;
}

export interface Corpus {
  files: ContentFiles;
  site?: YamlFile;
  /** site.yaml when it passes the schema. */
  settings?: SiteSettings;
  /** Locales of the site (from site.yaml, or the article folders when site.yaml is unreadable). */
  locales: string[];
  defaultLocale: string;
  categoriesFile?: YamlFile;
  channelsFile?: YamlFile;
  ui: YamlFile[];
  /** content/search/<locale>.yaml: the writers' synonyms and stop words for search. */
  searchWords: YamlFile[];
  /** Ids found in categories.yaml and channels.yaml, even in entries with other mistakes. */
  categoryIds: Set<string>;
  channelIds: Set<string>;
  /** Decision trees by name (content/trees/<name>.yaml), with their URL segment in each locale. */
  trees: Map<string, TreeSource & { paths: Record<string, string> }>;
  articles: ArticleFile[];
  /** Files under articles/ that are not <locale>/<name>.mdx. */
  strayFiles: string[];
}

/** How an article's text becomes facts: parsed here, or looked up in a cache (facts-cache.ts). */
export interface FactsSource {
  head(text: string): HeadFacts;
  body(text: string): ArticleFacts;
}

const parseEveryTime: FactsSource = { head: extractHead, body: extractFacts };

export function loadCorpus(files: ContentFiles, factsOf: FactsSource = parseEveryTime): Corpus {
  const yamlFile = (file: string): YamlFile | undefined => {
    const text = files.texts.get(file);
    return text === undefined ? undefined : { file, yaml: parseYaml(text) };
  };
  const site = yamlFile('site.yaml');
  const settingsResult = site?.yaml.data === undefined ? undefined : siteSettingsSchema.safeParse(site.yaml.data);
  const settings = settingsResult?.success ? settingsResult.data : undefined;

  const articles: ArticleFile[] = [];
  const strayFiles: string[] = [];
  const ui: YamlFile[] = [];
  const searchWords: YamlFile[] = [];
  const trees: Corpus['trees'] = new Map();
  for (const [file, text] of files.texts) {
    const parts = file.split('/');
    if (parts[0] === 'articles') {
      if (parts.length === 3 && parts[2]!.endsWith('.mdx')) articles.push(loadArticle(file, parts[1]!, text, factsOf));
      else strayFiles.push(file);
    } else if (parts[0] === 'ui' && parts.length === 2 && /\.ya?ml$/.test(file)) {
      ui.push({ file, yaml: parseYaml(text) });
    } else if (parts[0] === 'search' && parts.length === 2 && /\.ya?ml$/.test(file)) {
      searchWords.push({ file, yaml: parseYaml(text) });
    } else if (parts[0] === 'trees' && parts.length === 2 && /\.ya?ml$/.test(file)) {
      // Read as written (rules/trees.ts checks it); other rules need only its `path` segments.
      const tree = readTree(file, text);
      const path = asRecord(asRecord(tree.yaml.data)?.path) ?? {};
      const paths = Object.fromEntries(
        Object.entries(path).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      trees.set(tree.name, { ...tree, paths });
    }
  }

  const rawSite = asRecord(site?.yaml.data);
  const folderLocales = [...new Set(articles.map((a) => a.locale))].sort();
  const locales = settings?.locales ?? stringList(rawSite?.locales) ?? folderLocales;
  const defaultLocale =
    settings?.defaultLocale ??
    (typeof rawSite?.defaultLocale === 'string' ? rawSite.defaultLocale : (locales[0] ?? ''));

  const categoriesFile = yamlFile('categories.yaml');
  const channelsFile = yamlFile('channels.yaml');
  return {
    files,
    site,
    settings,
    locales,
    defaultLocale,
    categoriesFile,
    channelsFile,
    ui,
    searchWords,
    categoryIds: idsOf(categoriesFile),
    channelIds: idsOf(channelsFile),
    trees,
    articles,
    strayFiles,
  };
}

function loadArticle(file: string, locale: string, text: string, factsOf: FactsSource): ArticleFile {
  const name = file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
  const { frontMatter, hash } = factsOf.head(text);
  const fields = asRecord(frontMatter?.data);
  const result = fields ? articleSchema.safeParse(fields) : undefined;
  const from = asRecord(fields?.translatedFrom);
  let facts: ArticleFacts | undefined;
  return {
    file,
    locale,
    name,
    slug: githubSlug(name),
    text,
    frontMatter,
    fields,
    data: result?.success ? result.data : undefined,
    issues: result && !result.success ? result.error.issues : [],
    stub: fields?.translation === 'missing',
    draft: fields?.draft === true,
    translatedFrom:
      typeof from?.locale === 'string' && typeof from.hash === 'string'
        ? { locale: from.locale, hash: from.hash }
        : undefined,
    hash,
    get facts() {
      return (facts ??= factsOf.body(text));
    },
  };
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

function idsOf(source: YamlFile | undefined): Set<string> {
  const items = Array.isArray(source?.yaml.data) ? (source.yaml.data as unknown[]) : [];
  return new Set(items.map((item) => asRecord(item)?.id).filter((id): id is string => typeof id === 'string'));
}

/**
 * The ids of categories.yaml or channels.yaml can be trusted: the file is there and readable.
 * Rules that compare against them stay quiet otherwise, so a syntax error is reported alone
 * instead of after one "no such category" per article (root cause first).
 */
export function idsKnown(source: YamlFile | undefined): boolean {
  return !!source && !source.yaml.syntaxError;
}

/** Articles the built site publishes (not stubs, not drafts), by locale then slug. */
export function writtenArticles(corpus: Corpus): Map<string, Map<string, ArticleFile>> {
  const byLocale = new Map<string, Map<string, ArticleFile>>();
  for (const article of corpus.articles) {
    if (article.stub || article.draft || !corpus.locales.includes(article.locale)) continue;
    if (!byLocale.has(article.locale)) byLocale.set(article.locale, new Map());
    const bySlug = byLocale.get(article.locale)!;
    if (!bySlug.has(article.slug)) bySlug.set(article.slug, article);
  }
  return byLocale;
}
