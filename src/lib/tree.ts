// Decision trees ("Which topic?"): reads content/trees/<name>.yaml keeping line numbers, checks
// it against the site (locales, articles and their heading anchors, channels) and answers what the
// pages need (every step as a path of node ids, its URL). Pure: no Astro imports, so unit tests
// call it directly; src/lib/tree-content.ts feeds it the real site.
import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { localeCode } from './schemas.ts';
import { pickText, type LocalText } from './i18n.ts';
import { treePath } from './routes.ts';

const nodeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and "-", such as "wrong-item"');
/** A text per locale. Missing locales are reported by validateTree with the line and the fix. */
const text = z.record(localeCode, z.string().min(1, 'write some text'));
const urlSegment = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'one URL segment: lowercase letters, digits and "-"');

const optionSchema = z.strictObject({
  label: text.describe('The answer as the reader sees it on its button, per locale.'),
  next: nodeId.optional().describe('Id of the node this answer leads to: another question or a result.'),
});

const resultSchema = z.strictObject({
  title: text.describe('Heading of the result, per locale.'),
  text: text.optional().describe('A sentence or two under the heading, per locale.'),
  article: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an article slug, such as "resolve-a-dispute"')
    .describe('Slug of the article to read: content/articles/<locale>/<slug>.mdx.'),
  anchor: z
    .record(localeCode, z.string().min(1))
    .optional()
    .describe('Section of the article per locale: the id of a heading on that page (headings differ per language).'),
  channels: z.array(z.string().min(1)).default([]).describe('Contact channels (ids from content/channels.yaml), in the order shown.'),
});

const nodeSchema = z
  .strictObject({
    id: nodeId.describe('Unique within the file; also the URL segment of the step.'),
    question: text.optional().describe('The question, per locale. Needs "options".'),
    options: z.array(optionSchema).optional().describe('The answers, in the order shown.'),
    result: resultSchema.optional().describe('Where the reader ends: an article (and section) and contact channels.'),
  })
  .describe('A question with options, or a result.');

/** The file as written. Meaning (targets, cycles, locales, articles) is checked by validateTree. */
export const treeFileSchema = z
  .strictObject({
    path: z.record(localeCode, urlSegment).describe('URL segment of the tree per locale: /<locale>/<path>/. The same segment in every locale keeps URLs alike, as article slugs are.'),
    title: text.describe('Name of the tree per locale, such as "Which topic?".'),
    intro: text.optional().describe('One sentence under the title, per locale.'),
    home: z.boolean().default(false).describe('Show this tree on the home page of every locale (one tree at most).'),
    start: nodeId.optional().describe('Id of the first question; defaults to the first node.'),
    nodes: z.array(nodeSchema).min(1, 'add at least one node').describe('Questions and results, each written once for all locales.'),
  })
  .describe('A decision tree: content/trees/<name>.yaml. Readers answer questions and reach an article and contact channels.');
type TreeFile = z.infer<typeof treeFileSchema>;

export type Localized = Record<string, string>;
export interface TreeOption {
  label: Localized;
  next: string;
}
export interface QuestionNode {
  kind: 'question';
  id: string;
  question: Localized;
  options: TreeOption[];
}
export interface ResultNode {
  kind: 'result';
  id: string;
  title: Localized;
  text?: Localized;
  article: string;
  anchor?: Localized;
  channels: string[];
}
export type TreeNode = QuestionNode | ResultNode;
export interface Tree {
  /** File name without extension: the value of <DecisionTree tree="…"/> and data-decision-tree. */
  name: string;
  file: string;
  path: Localized;
  title: Localized;
  intro?: Localized;
  home: boolean;
  start: string;
  nodes: ReadonlyMap<string, TreeNode>;
  /** Texts missing in a locale fall back to this locale's. */
  defaultLocale: string;
}

/** A text of the tree in `locale`, or the default locale's when nobody translated it yet. */
export function treeText(tree: Pick<Tree, 'defaultLocale'>, value: Localized, locale: string): LocalText {
  return pickText(value, locale, tree.defaultLocale);
}

// URLs of trees and their steps (treePath, stepHref): src/lib/routes.ts.

/**
 * Section of the result's article that a reader of a page is sent to: anchors are heading ids, so
 * the one written for the language the article is shown in (`articleLocale`: the page's own, or
 * the default locale's when the article is not translated).
 */
export function resultAnchor(node: ResultNode, articleLocale: string): string | undefined {
  return node.anchor?.[articleLocale];
}

/** What the tree may point at. */
export interface TreeContext {
  locales: readonly string[];
  defaultLocale: string;
  /** Locale the article `slug` is shown in on pages of `locale` (itself, or a fallback); undefined when there is no such article. */
  articleLocale(slug: string, locale: string): string | undefined;
  /** Heading ids (with their text) of the article page `slug` in `locale`; undefined when there is no such article. */
  articleAnchors(slug: string, locale: string): ReadonlyMap<string, string> | undefined;
  channels: ReadonlySet<string>;
  /** URL segments under /<locale>/ that other pages use (article slugs, "topics", …). */
  takenSegments: ReadonlySet<string>;
}

export class TreeError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  constructor(file: string, line: number, message: string) {
    this.file = file;
    this.line = line;
    this.message = message;
  }
  toString(): string {
    return `${this.file}:${this.line}: ${this.message}`;
  }
}

type YamlPath = readonly (string | number)[];

/** A tree file parsed with its line numbers, before any check. */
export interface TreeSource {
  name: string;
  file: string;
  data: unknown;
  /** Line of the value at `path`; for a missing key, the line of the deepest part that exists. */
  lineOf(path: YamlPath): number;
  syntaxErrors: TreeError[];
}

export function readTreeSource(file: string, source: string): TreeSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => lineCounter.linePos(offset).line;
  const syntaxErrors = doc.errors.map(
    (e) => new TreeError(file, line(e.pos[0]), `YAML syntax: ${e.message.split('\n')[0]}. Fix the indentation or quoting on this line.`),
  );
  const lineOf = (path: YamlPath) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        offset = (pair.key as YamlNode).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[key as number] as YamlNode | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return line(offset);
  };
  const name = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  return { name, file, data: syntaxErrors.length ? undefined : doc.toJS(), lineOf, syntaxErrors };
}

/** Article slugs the results point at (read leniently, before validation). */
export function articlesReferenced(source: TreeSource): string[] {
  const nodes = (source.data as { nodes?: unknown } | undefined)?.nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((n) => {
    const article = (n as { result?: { article?: unknown } } | null)?.result?.article;
    return typeof article === 'string' ? [article] : [];
  });
}

/** "node \"order\", options.1.label" for a place in the file, naming the node when there is one. */
function describePath(data: unknown, at: readonly (string | number)[]): string {
  if (!at.length) return 'the file';
  if (at[0] === 'nodes' && typeof at[1] === 'number') {
    const id = ((data as { nodes?: { id?: unknown }[] }).nodes?.[at[1]] ?? {}).id;
    const node = typeof id === 'string' ? `node "${id}"` : `node ${at[1] + 1}`;
    return at.length > 2 ? `${node}, "${at.slice(2).join('.')}"` : node;
  }
  return `"${at.join('.')}"`;
}

const quote = (s: string) => `"${s}"`;
const list = (items: Iterable<string>) => [...items].map(quote).join(', ') || '(none)';

/** What validateTree found: errors stop the build; warnings (untranslated texts) are printed by `npm run check`. */
export interface TreeCheck {
  tree?: Tree;
  errors: TreeError[];
  warnings: TreeError[];
}

/** Checks a tree file; returns the tree only when there is no error. */
export function validateTree(source: TreeSource, context: TreeContext): TreeCheck {
  if (source.syntaxErrors.length) return { errors: source.syntaxErrors, warnings: [] };
  const errors: TreeError[] = [];
  const warnings: TreeError[] = [];
  const report = (path: YamlPath, message: string) => errors.push(new TreeError(source.file, source.lineOf(path), message));
  const warn = (path: YamlPath, message: string) => warnings.push(new TreeError(source.file, source.lineOf(path), message));

  const parsed = treeFileSchema.safeParse(source.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      report(at, `${describePath(source.data, at)}: ${issue.message}. See schemas/tree.schema.json for what a tree file holds.`);
    }
    return { errors, warnings };
  }
  const data: TreeFile = parsed.data;
  const { locales, defaultLocale } = context;

  /**
   * Only site locales may have a text. A locale without one shows the default locale's text
   * (a warning: the page works, a translation is missing); `translatable: false` for URL segments.
   */
  const checkLocales = (value: Localized | undefined, path: YamlPath, what: string, translatable = true) => {
    if (!value) return;
    for (const locale of locales) {
      if (value[locale] || !translatable) continue;
      const shown = pickText(value, locale, defaultLocale);
      if (shown) warn(path, `${what} has no "${locale}" text: readers of /${locale}/ see the ${shown.lang} text. Add "${locale}: …" under it.`);
    }
    for (const locale of Object.keys(value)) {
      if (!locales.includes(locale)) report([...path, locale], `${what} has a "${locale}" text, but "${locale}" is not a locale of this site (${locales.join(', ')}). Remove it or add the locale to site.yaml.`);
    }
  };

  checkLocales(data.path, ['path'], 'path', false);
  checkLocales(data.title, ['title'], 'title');
  checkLocales(data.intro, ['intro'], 'intro');
  for (const [locale, segment] of Object.entries(data.path)) {
    if (context.takenSegments.has(segment)) {
      report(['path', locale], `path "${segment}" is already used by another page under /${locale}/. Choose another path segment for this tree.`);
    }
  }

  // Node ids: unique; each node asks a question or gives a result, never both.
  const nodes = new Map<string, TreeNode>();
  const indexOf = new Map<string, number>();
  data.nodes.forEach((raw, i) => {
    const at = ['nodes', i];
    const label = `node "${raw.id}"`;
    if (indexOf.has(raw.id)) {
      report([...at, 'id'], `duplicate node id "${raw.id}" (first used on line ${source.lineOf(['nodes', indexOf.get(raw.id)!, 'id'])}). Give every node its own id.`);
      return;
    }
    indexOf.set(raw.id, i);
    const isQuestion = raw.question !== undefined || raw.options !== undefined;
    if (isQuestion && raw.result) {
      report(at, `${label} has both a question and a result. A node either asks (question + options) or answers (result); split it in two.`);
      return;
    }
    if (raw.result) {
      const r = raw.result;
      checkLocales(r.title, [...at, 'result', 'title'], `${label}: result title`);
      checkLocales(r.text, [...at, 'result', 'text'], `${label}: result text`);
      nodes.set(raw.id, { kind: 'result', id: raw.id, title: r.title, text: r.text, article: r.article, anchor: r.anchor, channels: r.channels });
      return;
    }
    if (!raw.question) {
      report(at, raw.options ? `${label} has options but no question. Add "question:" with a text per locale.` : `${label} has no question and no result. Add "question:" with "options:", or "result:".`);
      return;
    }
    checkLocales(raw.question, [...at, 'question'], `${label}: question`);
    if (!raw.options?.length) {
      report(at, `${label} asks a question but has no options. Add "options:" with at least one answer.`);
      return;
    }
    const options: TreeOption[] = [];
    raw.options.forEach((o, j) => {
      const optionAt = [...at, 'options', j];
      const shown = pickText(o.label, defaultLocale, defaultLocale)?.text;
      const name = `${label}, option ${j + 1}${shown ? ` ("${shown}")` : ''}`;
      checkLocales(o.label, [...optionAt, 'label'], `${name}: label`);
      if (!o.next) report(optionAt, `${name} has no target. Add "next: <node id>" with the node this answer leads to.`);
      else options.push({ label: o.label, next: o.next });
    });
    nodes.set(raw.id, { kind: 'question', id: raw.id, question: raw.question, options });
  });

  const nodeLine = (id: string, ...rest: (string | number)[]) => ['nodes', indexOf.get(id)!, ...rest];

  // Targets: known nodes, each at most once per question (a step's URL names the node it reached).
  for (const node of nodes.values()) {
    if (node.kind !== 'question') continue;
    const seen = new Map<string, number>();
    data.nodes[indexOf.get(node.id)!]!.options!.forEach((o, j) => {
      if (!o.next) return;
      if (!indexOf.has(o.next)) {
        report(nodeLine(node.id, 'options', j, 'next'), `node "${node.id}", option ${j + 1}: unknown target node "${o.next}". Use one of: ${list(indexOf.keys())}.`);
      } else if (seen.has(o.next)) {
        report(nodeLine(node.id, 'options', j, 'next'), `node "${node.id}": options ${seen.get(o.next)! + 1} and ${j + 1} both lead to "${o.next}". Merge them into one answer or point one elsewhere.`);
      }
      seen.set(o.next, j);
    });
  }

  const start = data.start ?? data.nodes[0]!.id;
  if (!indexOf.has(start)) report(['start'], `start node "${start}" does not exist. Use one of: ${list(indexOf.keys())}.`);
  else if (nodes.get(start)?.kind === 'result') report(['start'], `start node "${start}" is a result. The tree must start with a question.`);

  // Cycles (depth-first: an edge back to a node on the current path), then reachability.
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    trail.push(id);
    const node = nodes.get(id);
    if (node?.kind === 'question') {
      node.options.forEach((o) => {
        if (!indexOf.has(o.next)) return;
        if (state.get(o.next) === 'open') {
          const loop = [...trail.slice(trail.indexOf(o.next)), o.next].join(' → ');
          const j = data.nodes[indexOf.get(id)!]!.options!.findIndex((raw) => raw.next === o.next);
          report(nodeLine(id, 'options', j, 'next'), `node "${id}": cycle ${loop}. A tree only goes forward; point this answer at a later node or a result.`);
        } else if (!state.has(o.next)) visit(o.next);
      });
    }
    trail.pop();
    state.set(id, 'done');
  };
  if (indexOf.has(start)) visit(start);
  const reachable = new Set(state.keys());
  for (const id of indexOf.keys()) {
    if (!reachable.has(id) && indexOf.has(start)) {
      report(nodeLine(id, 'id'), `node "${id}" is unreachable: no answer leads to it from the start node "${start}". Point an option at it ("next: ${id}") or remove it.`);
    }
    if (!state.has(id)) visit(id);
  }

  // Results: the article exists, its anchor exists in every locale, the channels exist.
  for (const node of nodes.values()) {
    if (node.kind !== 'result') continue;
    const at = nodeLine(node.id, 'result');
    const label = `node "${node.id}"`;
    // Anchors are heading ids of the text a page shows: one per language the article is written in.
    checkLocales(node.anchor, [...at, 'anchor'], `${label}: anchor`, false);
    if (!context.articleLocale(node.article, defaultLocale)) {
      report([...at, 'article'], `${label}: result points at a missing article "${node.article}". Write content/articles/<locale>/${node.article}.mdx or use an existing slug.`);
    } else if (node.anchor) {
      const shownIn = new Set(locales.map((locale) => context.articleLocale(node.article, locale)!));
      for (const locale of locales.filter((l) => shownIn.has(l))) {
        const anchor = resultAnchor(node, locale);
        const anchors = context.articleAnchors(node.article, locale)!;
        if (!anchor) {
          warn([...at, 'anchor'], `${label}: anchor has no "${locale}" text: readers of /${locale}/ are sent to the top of "${node.article}". Add "${locale}: <heading id>" under it: ${list(anchors.keys())}.`);
        } else if (!anchors.has(anchor)) {
          report([...at, 'anchor', locale], `${label}: result points at a missing anchor "#${anchor}" in "${node.article}" (${locale}). Use a heading id of that page: ${list(anchors.keys())}.`);
        }
      }
    }
    node.channels.forEach((id, j) => {
      if (!context.channels.has(id)) {
        report([...at, 'channels', j], `${label}: result points at a missing channel "${id}". Use one of content/channels.yaml: ${list([...context.channels].sort())}.`);
      }
    });
  }

  errors.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  if (errors.length) return { errors, warnings };
  return {
    tree: { name: source.name, file: source.file, path: data.path, title: data.title, intro: data.intro, home: data.home, start, nodes, defaultLocale },
    errors,
    warnings,
  };
}

/**
 * Every tree file of a site, checked alone and then together: one URL per tree and locale, one
 * tree on the home page. The build (src/lib/tree-content.ts) and `npm run check` both call this,
 * so they report the same problems.
 */
export function validateTrees(sources: readonly TreeSource[], context: TreeContext): { trees: Tree[]; errors: TreeError[]; warnings: TreeError[] } {
  const errors: TreeError[] = [];
  const warnings: TreeError[] = [];
  const trees: Tree[] = [];
  for (const source of sources) {
    const result = validateTree(source, context);
    errors.push(...result.errors);
    warnings.push(...result.warnings);
    if (result.tree) trees.push(result.tree);
  }
  for (const locale of context.locales) {
    const owners = new Map<string, Tree>();
    for (const tree of trees) {
      const path = treePath(tree, locale);
      const other = owners.get(path);
      if (other) errors.push(new TreeError(tree.file, 1, `path "${path}" (${locale}) is also the path of ${other.file}. Give each tree its own path.`));
      owners.set(path, tree);
    }
  }
  const onHome = trees.filter((t) => t.home);
  for (const tree of onHome.slice(1)) {
    errors.push(new TreeError(tree.file, 1, `"home: true" is also set in ${onHome[0]!.file}. Only one tree can be on the home page; remove one.`));
  }
  return { trees: errors.length ? [] : trees, errors, warnings };
}

/** Every step of the tree as the node ids from the start to it; a node reached by two routes has two steps. */
export function treeSteps(tree: Tree): string[][] {
  const steps: string[][] = [];
  const walk = (route: string[]) => {
    steps.push(route);
    const node = tree.nodes.get(route.at(-1)!)!;
    if (node.kind === 'question') for (const o of node.options) walk([...route, o.next]);
  };
  walk([tree.start]);
  return steps;
}

/** One answer given on the way to a step: the label chosen and the step it led to. */
export interface Answer {
  label: LocalText;
  route: string[];
}
/** The answers given along a route, in order (the breadcrumb of a step). */
export function answersAlong(tree: Tree, route: readonly string[], locale: string): Answer[] {
  return route.slice(1).map((id, i) => {
    const from = tree.nodes.get(route[i]!) as QuestionNode;
    const option = from.options.find((o) => o.next === id)!;
    return { label: treeText(tree, option.label, locale), route: route.slice(0, i + 2) };
  });
}
