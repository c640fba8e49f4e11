// A generated help-center corpus: N articles per locale of the shape real articles have (two
// methods, four steps with sub-points, a tip, a phrase, a warning, a contact card, keywords,
// links to other articles, footnote references), written for Pandu (MDX with its components)
// or for Starlight (the same text as plain Markdown).
//
// Article i depends only on the seed and i, never on N, and links only to articles before it:
// a corpus of 50 is the first 50 articles of a corpus of 2,000. That lets tests compare the same
// page in a small and a large site.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { random } from './random.ts';
import { fillSlots, textBank } from './corpus-text.ts';

export type CorpusFormat = 'pandu' | 'starlight';

export interface CorpusOptions {
  /** Folder to write; replaced if it holds an earlier generated corpus, refused otherwise. */
  out: string;
  perLocale: number;
  seed: string;
  format: CorpusFormat;
  /** The real content folder: site settings, categories, channels and UI strings come from it. */
  source: string;
}

/** Written into every generated folder, so the generator only ever replaces its own output. */
const marker = '.generated-corpus.json';

interface Site {
  name: string;
  locales: string[];
  defaultLocale: string;
  tagline?: Record<string, string>;
}
interface ChannelData {
  id: string;
  kind: string;
  url?: string;
  phone?: string;
  email?: string;
  lastVerified: string | Date;
  label: Record<string, string>;
  note?: Record<string, string>;
}

/** What article i is about and how it is built, the same in every locale. */
interface ArticlePlan {
  index: number;
  slug: string;
  category: string;
  channel: string;
  reviewed: string;
  verb: number;
  object: number;
  item: number;
  place: number;
  days: number;
  description: number;
  intros: number[];
  methods: { title: number; intro: number; steps: { text: number; subPoints: number[] }[] }[];
  tip: number;
  warning: number;
  phrase: number;
  keywords: number[];
  references: number[];
  /** Indexes of earlier articles this one links to. */
  links: number[];
}

const pad = (n: number) => String(n).padStart(5, '0');
const slugWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function planArticle(seed: string, index: number, categories: string[], channels: string[]): ArticlePlan {
  const r = random(`${seed}/article/${index}`);
  const words = textBank('en');
  const verb = r.int(0, words.verbs.length - 1);
  const object = r.int(0, words.objects.length - 1);
  const stepsOf = () =>
    r.sample([...words.steps.keys()], 4).map((text) => ({ text, subPoints: r.sample([...words.subPoints.keys()], 2) }));
  const [first, second] = r.sample([...words.methodTitles.keys()], 2) as [number, number];
  const earlier =
    index === 0 ? [] : [...new Set(Array.from({ length: Math.min(3, index) }, () => r.int(0, index - 1)))];
  return {
    index,
    slug: `${slugWords(`${words.verbs[verb]} ${words.objects[object]}`)}-${pad(index)}`,
    category: r.pick(categories),
    channel: r.pick(channels),
    reviewed: new Date(Date.UTC(2025, 0, 1 + r.int(0, 600))).toISOString().slice(0, 10),
    verb,
    object,
    item: r.int(0, words.items.length - 1),
    place: r.int(0, words.places.length - 1),
    days: r.int(3, 30),
    description: r.int(0, words.descriptions.length - 1),
    intros: r.sample([...words.intros.keys()], 2),
    methods: [
      { title: first, intro: r.int(0, words.methodIntros.length - 1), steps: stepsOf() },
      { title: second, intro: r.int(0, words.methodIntros.length - 1), steps: stepsOf() },
    ],
    tip: r.int(0, words.tips.length - 1),
    warning: r.int(0, words.warnings.length - 1),
    phrase: r.int(0, words.phrases.length - 1),
    keywords: r.sample([...words.keywords.keys()], 4),
    references: r.sample([...words.references.keys()], 2),
    links: earlier,
  };
}

/** The article's text in one locale, independent of the output format. */
function articleText(plan: ArticlePlan, locale: string) {
  const t = textBank(locale);
  const slots = {
    object: t.objects[plan.object]!,
    item: t.items[plan.item]!,
    place: t.places[plan.place]!,
    days: String(plan.days),
  };
  const fill = (template: string) => fillSlots(template, slots);
  return {
    title: `${fillSlots(t.titleTemplate, { verb: t.verbs[plan.verb]!, object: t.objects[plan.object]! })}: ${t.items[plan.item]} (${plan.index + 1})`,
    description: fill(t.descriptions[plan.description]!),
    keywords: plan.keywords.map((k) => t.keywords[k]!),
    intro: plan.intros.map((i) => fill(t.intros[i]!)).join(' '),
    methods: plan.methods.map((m) => ({
      title: fill(t.methodTitles[m.title]!),
      intro: fill(t.methodIntros[m.intro]!),
      steps: m.steps.map((s) => ({
        text: fill(t.steps[s.text]!),
        subPoints: s.subPoints.map((p) => fill(t.subPoints[p]!)),
      })),
    })),
    tip: fill(t.tips[plan.tip]!),
    warning: fill(t.warnings[plan.warning]!),
    phrase: t.phrases[plan.phrase]!,
    seeAlso: t.seeAlso,
    references: plan.references.map((i) => t.references[i]!),
  };
}
type ArticleText = ReturnType<typeof articleText>;

const yamlString = (s: string) => JSON.stringify(s);
const stepsMarkdown = (steps: ArticleText['methods'][number]['steps']) =>
  steps.map((s, i) => `${i + 1}. ${s.text}\n${s.subPoints.map((p) => `   - ${p}`).join('\n')}`).join('\n');
const seeAlsoMarkdown = (text: ArticleText, links: { slug: string; title: string }[]) =>
  links.length > 0
    ? `${fillSlots(text.seeAlso, { links: links.map((l) => `[${l.title}](../${l.slug}/)`).join(', ') })}[^1]`
    : 'References:[^1]';
const referencesMarkdown = (text: ArticleText) => text.references.map((r, i) => `[^${i + 1}]: ${r}`).join('\n');
// Only [^1] is cited in the text; an uncited footnote definition is dropped by GFM, so cite all.
const citeRest = (text: ArticleText) =>
  text.references
    .slice(1)
    .map((_, i) => `[^${i + 2}]`)
    .join('');

function panduArticle(plan: ArticlePlan, text: ArticleText, links: { slug: string; title: string }[]): string {
  const [one, two] = text.methods as [ArticleText['methods'][number], ArticleText['methods'][number]];
  return `---
title: ${yamlString(text.title)}
description: ${yamlString(text.description)}
category: ${plan.category}
order: ${plan.index + 1}
keywords: [${text.keywords.map(yamlString).join(', ')}]
reviewed: ${plan.reviewed}
---

${text.intro}

<Method title="${one.title}">

${one.intro}

<Steps>

${stepsMarkdown(one.steps)}

</Steps>

<Tip>${text.tip}</Tip>

<Phrase say="${text.phrase.say}">${text.phrase.meaning}</Phrase>

</Method>

<Method title="${two.title}">

${two.intro}

<Steps>

${stepsMarkdown(two.steps)}

</Steps>

<Warning>${text.warning}</Warning>

<ContactCard channel="${plan.channel}" />

</Method>

${seeAlsoMarkdown(text, links)}${citeRest(text)}

${referencesMarkdown(text)}
`;
}

/** The same article as Starlight Markdown: help components become their plain equivalents. */
function starlightArticle(
  plan: ArticlePlan,
  text: ArticleText,
  links: { slug: string; title: string }[],
  ui: Record<string, string>,
  channel: ChannelData,
  locale: string,
): string {
  const methodLabel = (n: number) => fillSlots(ui.methodOf ?? 'Method {n} of {total}', { n: String(n), total: '2' });
  const [one, two] = text.methods as [ArticleText['methods'][number], ArticleText['methods'][number]];
  const action = channel.phone
    ? `[${ui.call} ${channel.phone}](tel:${channel.phone})`
    : channel.url
      ? `[${ui.openPage}](${channel.url})`
      : `[${ui.sendEmail}](mailto:${channel.email})`;
  const verified = new Date(channel.lastVerified).toISOString().slice(0, 10);
  return `---
title: ${yamlString(text.title)}
description: ${yamlString(text.description)}
---

${text.intro}

## ${methodLabel(1)}: ${one.title}

${one.intro}

${stepsMarkdown(one.steps)}

:::tip
${text.tip}
:::

> **${ui.sayThis}:** “${text.phrase.say}”
>
> **${ui.meaning}:** ${text.phrase.meaning}

## ${methodLabel(2)}: ${two.title}

${two.intro}

${stepsMarkdown(two.steps)}

:::caution
${text.warning}
:::

**${channel.label[locale] ?? channel.id}**${channel.note?.[locale] ? `\n\n${channel.note[locale]}` : ''}

${action}

- ${ui.lastVerified}: ${verified}

${seeAlsoMarkdown(text, links)}${citeRest(text)}

${referencesMarkdown(text)}
`;
}

function starlightHome(
  site: Site,
  locale: string,
  ui: Record<string, string>,
  popular: { slug: string; title: string }[],
): string {
  return `---
title: ${yamlString(site.name)}
description: ${yamlString(site.tagline?.[locale] ?? site.name)}
---

${site.tagline?.[locale] ?? site.name}

## ${ui.popularArticles ?? 'Popular articles'}

${popular.map((p) => `- [${p.title}](${p.slug}/)`).join('\n')}
`;
}

const readYaml = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

/**
 * The real decision trees (content/trees/), so the build makes tree pages as it does for real
 * content; each result's article becomes a generated one, and its section anchor goes (generated
 * articles have other headings).
 */
function copyTrees(source: string, out: string, slugs: string[]): void {
  const dir = join(source, 'trees');
  if (!existsSync(dir)) return;
  const replacement = new Map<string, string>();
  const retarget = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(retarget);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.article === 'string') {
        if (!replacement.has(record.article)) replacement.set(record.article, slugs[replacement.size % slugs.length]!);
        record.article = replacement.get(record.article);
        delete record.anchor;
      }
      Object.values(record).forEach(retarget);
    }
  };
  mkdirSync(join(out, 'trees'), { recursive: true });
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const tree = readYaml<unknown>(join(dir, file));
    retarget(tree);
    writeFileSync(join(out, 'trees', file), stringify(tree));
  }
}

/** Empties `out` if it is missing or an earlier generated corpus; refuses any other folder. */
function prepareOut(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, marker))) {
    throw new Error(`${out} exists and was not made by the corpus generator; choose an empty or new folder.`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
}

/**
 * The real settings, categories, channels, UI strings and trees, copied as they are now so new
 * keys come along; popular articles and tree results point at generated articles. The bench
 * calls it again before each build, so a key added to content/ meanwhile does not fail the build.
 */
export function copySiteData(source: string, out: string, slugs: string[]): void {
  for (const file of ['categories.yaml', 'channels.yaml']) cpSync(join(source, file), join(out, file));
  rmSync(join(out, 'ui'), { recursive: true, force: true });
  cpSync(join(source, 'ui'), join(out, 'ui'), { recursive: true });
  // The writers' search words (synonyms, stop words): search runs with them, as on the real site.
  rmSync(join(out, 'search'), { recursive: true, force: true });
  if (existsSync(join(source, 'search'))) cpSync(join(source, 'search'), join(out, 'search'), { recursive: true });
  const settings = parseDocument(readFileSync(join(source, 'site.yaml'), 'utf8'));
  settings.set('popularArticles', slugs.slice(0, 3));
  writeFileSync(join(out, 'site.yaml'), settings.toString());
  rmSync(join(out, 'trees'), { recursive: true, force: true });
  copyTrees(source, out, slugs);
}

export interface CorpusSummary {
  out: string;
  format: CorpusFormat;
  locales: string[];
  perLocale: number;
  files: number;
  /** Article slugs in the order generated (the same in every locale). */
  slugs: string[];
}

export function generateCorpus({ out, perLocale, seed, format, source }: CorpusOptions): CorpusSummary {
  const site = readYaml<Site>(join(source, 'site.yaml'));
  const categories = readYaml<{ id: string }[]>(join(source, 'categories.yaml')).map((c) => c.id);
  const channels = readYaml<ChannelData[]>(join(source, 'channels.yaml'));
  const ui = Object.fromEntries(
    site.locales.map((l) => [l, readYaml<Record<string, string>>(join(source, 'ui', `${l}.yaml`))]),
  );
  const plans = Array.from({ length: perLocale }, (_, i) =>
    planArticle(
      seed,
      i,
      categories,
      channels.map((c) => c.id),
    ),
  );

  prepareOut(out);
  let files = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files++;
  };

  if (format === 'pandu')
    copySiteData(
      source,
      out,
      plans.map((p) => p.slug),
    );

  for (const locale of site.locales) {
    const texts = plans.map((plan) => articleText(plan, locale));
    const linksOf = (plan: ArticlePlan) => plan.links.map((j) => ({ slug: plans[j]!.slug, title: texts[j]!.title }));
    for (const [i, plan] of plans.entries()) {
      if (format === 'pandu') {
        write(join(out, 'articles', locale, `${plan.slug}.mdx`), panduArticle(plan, texts[i]!, linksOf(plan)));
      } else {
        const channel = channels.find((c) => c.id === plan.channel)!;
        write(
          join(out, locale, `${plan.slug}.md`),
          starlightArticle(plan, texts[i]!, linksOf(plan), ui[locale]!, channel, locale),
        );
      }
    }
    if (format === 'starlight') {
      const popular = plans.slice(0, 3).map((p, i) => ({ slug: p.slug, title: texts[i]!.title }));
      write(join(out, locale, 'index.md'), starlightHome(site, locale, ui[locale]!, popular));
    }
  }
  writeFileSync(join(out, marker), `${JSON.stringify({ seed, perLocale, format }, null, 2)}\n`);
  return { out, format, locales: site.locales, perLocale, files, slugs: plans.map((p) => p.slug) };
}
