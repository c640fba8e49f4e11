// The help components in MDX: known names, the props each one takes (their schemas in
// src/components/help/props.ts), a meaning for every phrase in a foreign language, and contact
// cards, trees and locales that exist.
import {
  helpComponentNames,
  helpComponentProps,
  propMeta,
  type HelpComponentName,
  type PropMeta,
} from '../../components/help/props.ts';
import type { ComponentUse } from '../article-facts.ts';
import { idsKnown, type ArticleFile, type Corpus } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import type { RuleId } from '../rule-list.ts';
import type { z } from 'astro/zod';
import { closest } from '../zod-issues.ts';
import { listOf, type RuleCheck } from './shared.ts';

type Lookup = (value: string, corpus: Corpus, where: string) => { rule: RuleId; message: string } | undefined;

/** A prop that names something in the content (its schema says `refersTo`) must name something there. */
const lookups: Record<NonNullable<PropMeta['refersTo']>, Lookup> = {
  locale: (value, corpus, where) =>
    corpus.locales.includes(value)
      ? undefined
      : {
          rule: 'component-props',
          message: `${where} must be one of the site's locales (${corpus.locales.join(', ')}), not "${value}".`,
        },
  channel: (value, corpus) => {
    // A channels.yaml that cannot be read is reported alone (root cause first).
    if (corpus.channelIds.has(value) || !idsKnown(corpus.channelsFile)) return undefined;
    const close = closest(value, [...corpus.channelIds]);
    return {
      rule: 'contact-channel',
      message: `There is no channel "${value}" in channels.yaml. ${close ? `Did you mean "${close}"? ` : ''}Channels: ${listOf([...corpus.channelIds])}.`,
    };
  },
  tree: (value, corpus, where) =>
    corpus.trees.has(value.replace(/\.ya?ml$/, ''))
      ? undefined
      : {
          rule: 'component-props',
          message: `${where}="${value}" names no file content/trees/${value}.yaml. Trees: ${listOf([...corpus.trees.keys()]) || '(none yet)'}.`,
        },
};

const isHelpComponent = (name: string): name is HelpComponentName => Object.hasOwn(helpComponentProps, name);

export const components: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) => article.facts.tags.flatMap((tag) => checkComponent(corpus, article, tag)));

function checkComponent(corpus: Corpus, article: ArticleFile, tag: ComponentUse): Problem[] {
  const { name, at } = tag;
  const report = (rule: RuleId, message: string, where = at) => problem(rule, article.file, where, message);
  if (!isHelpComponent(name)) {
    if (/^[a-z][a-z0-9]*$/.test(name)) return []; // an HTML element such as <kbd> or <br>
    const close = closest(name, helpComponentNames);
    return [
      report(
        'unknown-component',
        `<${name}> is not a component. ${close ? `Did you mean <${close}>? ` : ''}The components are: ${listOf(helpComponentNames)}.`,
      ),
    ];
  }

  const shape: Record<string, z.ZodType> = helpComponentProps[name].shape;
  const problems: Problem[] = [];
  const given = new Map<string, string>();
  for (const { name: prop = '', value, at: where } of tag.props) {
    if (value.kind === 'spread') {
      problems.push(
        report('component-props', `<${name}> cannot take {…} here. Write each prop as name="value".`, where),
      );
      continue;
    }
    const schema = Object.hasOwn(shape, prop) ? shape[prop] : undefined;
    if (!schema) {
      const known = Object.keys(shape);
      const close = closest(prop, known);
      problems.push(
        report(
          'component-props',
          `<${name}> has no prop "${prop}". ${close ? `Did you mean "${close}"? ` : ''}${known.length ? `Its props: ${known.join(', ')}.` : 'It takes no props.'}`,
          where,
        ),
      );
      continue;
    }
    const { example, refersTo } = propMeta(schema);
    if (value.kind !== 'text') {
      problems.push(report('component-props', `<${name}> ${prop} must be text in quotes, such as ${example}.`, where));
      continue;
    }
    if (!value.text.trim()) {
      problems.push(report('component-props', `<${name}> ${prop} is empty. Write it, such as ${example}.`, where));
      continue;
    }
    const parsed = schema.safeParse(value.text);
    if (!parsed.success) {
      problems.push(
        report(
          'component-props',
          `<${name}> ${prop} must be ${parsed.error.issues[0]!.message}, not "${value.text}".`,
          where,
        ),
      );
      continue;
    }
    const missing = refersTo && lookups[refersTo](value.text, corpus, `<${name}> ${prop}`);
    if (missing) {
      problems.push(report(missing.rule, missing.message, where));
      continue;
    }
    given.set(prop, value.text);
  }
  for (const [prop, schema] of Object.entries(shape)) {
    const required = !schema.safeParse(undefined).success;
    if (required && !tag.props.some((p) => p.name === prop))
      problems.push(report('component-props', `<${name}> needs ${propMeta(schema).example}.`));
  }
  if (name === 'Phrase' && given.has('say')) problems.push(...phraseMeaning(article, tag, given.get('lang') ?? 'en'));
  return problems;
}

const language = (code: string) => code.split('-')[0]!.toLowerCase();

/** A sentence in another language than the article's needs its meaning between the tags. */
function phraseMeaning(article: ArticleFile, tag: ComponentUse, lang: string): Problem[] {
  if (language(lang) === language(article.locale) || tag.hasContent) return [];
  return [
    problem(
      'phrase-meaning',
      article.file,
      tag.at,
      `This phrase is in "${lang}", but the article is in "${article.locale}": write what it means in ${article.locale} between <Phrase …> and </Phrase>.`,
    ),
  ];
}
