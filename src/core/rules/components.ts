// The help components in MDX: known names, the props each one takes, a meaning for every phrase
// in a foreign language, and contact cards for channels that exist.
import { localeCode } from '../../lib/schemas.ts';
import type { ComponentUse } from '../article-facts.ts';
import { idsKnown, type ArticleFile, type Corpus } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { closest } from '../zod-issues.ts';
import { listOf, type RuleCheck } from './shared.ts';

interface PropSpec {
  required?: boolean;
  /** What the value must be, as "a language code such as …"; undefined when it is fine. */
  check?: (value: string, corpus: Corpus) => string | undefined;
  example: string;
}

const siteLocale = (value: string, corpus: Corpus) => (corpus.locales.includes(value) ? undefined : `one of the site's locales (${corpus.locales.join(', ')})`);

/**
 * Every component a writer may use, and its props (src/components/help/*.astro and
 * src/components/tree/DecisionTree.astro; a unit test keeps the names in step).
 * ContactCard's channel and DecisionTree's tree are looked up by their own rules below.
 */
export const componentProps: Record<string, Record<string, PropSpec>> = {
  Method: { title: { required: true, example: 'title="Use the chat"' } },
  Steps: {},
  Tip: {},
  Warning: {},
  Phrase: {
    say: { required: true, example: 'say="Could you help me, please?"' },
    lang: { check: (v) => (localeCode.safeParse(v).success ? undefined : 'a language code such as "en"'), example: 'lang="en"' },
  },
  ContactCard: {
    channel: { required: true, example: 'channel="chat"' },
    locale: { check: siteLocale, example: 'locale="en"' },
  },
  DecisionTree: {
    tree: { required: true, example: 'tree="which-topic"' },
    locale: { check: siteLocale, example: 'locale="en"' },
  },
};

export const componentNames = Object.keys(componentProps);

export const components: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) => article.facts.tags.flatMap((tag) => checkComponent(corpus, article, tag)));

function checkComponent(corpus: Corpus, article: ArticleFile, tag: ComponentUse): Problem[] {
  const { name, at } = tag;
  const report = (rule: Parameters<typeof problem>[0], message: string, where = at) => problem(rule, article.file, where, message);
  const specs = componentProps[name];
  if (!specs) {
    if (/^[a-z][a-z0-9]*$/.test(name)) return []; // an HTML element such as <kbd> or <br>
    const close = closest(name, componentNames);
    return [report('unknown-component', `<${name}> is not a component. ${close ? `Did you mean <${close}>? ` : ''}The components are: ${listOf(componentNames)}.`)];
  }

  const problems: Problem[] = [];
  const given = new Map<string, string>();
  for (const { name: prop = '', value, at: where } of tag.props) {
    if (value.kind === 'spread') {
      problems.push(report('component-props', `<${name}> cannot take {…} here. Write each prop as name="value".`, where));
      continue;
    }
    const spec = specs[prop];
    if (!spec) {
      const known = Object.keys(specs);
      const close = closest(prop, known);
      problems.push(report('component-props', `<${name}> has no prop "${prop}". ${close ? `Did you mean "${close}"? ` : ''}${known.length ? `Its props: ${known.join(', ')}.` : 'It takes no props.'}`, where));
      continue;
    }
    if (value.kind !== 'text') {
      problems.push(report('component-props', `<${name}> ${prop} must be text in quotes, such as ${spec.example}.`, where));
      continue;
    }
    if (!value.text.trim()) {
      problems.push(report('component-props', `<${name}> ${prop} is empty. Write it, such as ${spec.example}.`, where));
      continue;
    }
    const wanted = spec.check?.(value.text, corpus);
    if (wanted) {
      problems.push(report('component-props', `<${name}> ${prop} must be ${wanted}, not "${value.text}".`, where));
      continue;
    }
    given.set(prop, value.text);
  }
  for (const [prop, spec] of Object.entries(specs)) {
    const written = tag.props.some((p) => p.name === prop);
    if (spec.required && !written) problems.push(report('component-props', `<${name}> needs ${spec.example}.`));
  }

  const channel = given.get('channel');
  if (name === 'ContactCard' && channel !== undefined && idsKnown(corpus.channelsFile) && !corpus.channelIds.has(channel)) {
    const close = closest(channel, [...corpus.channelIds]);
    problems.push(report('contact-channel', `There is no channel "${channel}" in channels.yaml. ${close ? `Did you mean "${close}"? ` : ''}Channels: ${listOf([...corpus.channelIds])}.`));
  }
  const treeName = given.get('tree');
  if (name === 'DecisionTree' && treeName !== undefined && !corpus.trees.has(treeName.replace(/\.ya?ml$/, ''))) {
    problems.push(report('component-props', `<DecisionTree> tree="${treeName}" names no file content/trees/${treeName}.yaml. Trees: ${listOf([...corpus.trees.keys()]) || '(none yet)'}.`));
  }
  if (name === 'Phrase' && given.has('say')) problems.push(...phraseMeaning(article, tag, given.get('lang') ?? 'en'));
  return problems;
}

const language = (code: string) => code.split('-')[0]!.toLowerCase();

/** A sentence in another language than the article's needs its meaning between the tags. */
function phraseMeaning(article: ArticleFile, tag: ComponentUse, lang: string): Problem[] {
  if (language(lang) === language(article.locale) || tag.hasContent) return [];
  return [problem('phrase-meaning', article.file, tag.at, `This phrase is in "${lang}", but the article is in "${article.locale}": write what it means in ${article.locale} between <Phrase …> and </Phrase>.`)];
}
