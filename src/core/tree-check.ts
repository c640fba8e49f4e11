// Decision trees (content/trees/<name>.yaml) checked against the site: the file is read with the
// shared YAML reader (yaml.ts), checked by the shared schema (lib/schemas.ts treeFileSchema), then
// its meaning, part by part: texts per locale, URL path, nodes, answer targets, cycles,
// reachability, results. Every mistake is a Problem with a rule id and file:line:col.
// `npm run check` (rules/trees.ts) and the build (lib/tree-content.ts) both call checkTrees, so
// they report the same words at the same places.
// Root cause first: a file that cannot be read or does not fit the schema gets only those
// problems, and a node is called unreachable only when no broken answer could be leading to it.
import { treeFileSchema, type TreeFile } from '../lib/schemas.ts';
import { pickText } from '../lib/i18n.ts';
import { resultAnchor, type Localized, type Tree, type TreeNode, type TreeOption } from '../lib/tree.ts';
import { treePath } from '../lib/routes.ts';
import { problem, sortProblems, type Problem } from './problems.ts';
import type { RuleId } from './rule-list.ts';
import { parseYaml, positionOf, type YamlSource } from './yaml.ts';
import { allowedKeysOf, closest, explainIssues } from './zod-issues.ts';

/** What a tree may point at. */
export interface TreeContext {
  locales: readonly string[];
  defaultLocale: string;
  /** Locale the article `slug` is shown in on pages of `locale` (itself, or a fallback); undefined when there is no such article. */
  articleLocale(slug: string, locale: string): string | undefined;
  /** True when `slug` exists only as a draft (`draft: true`), which the site leaves out. */
  isDraft?(slug: string): boolean;
  /**
   * Section ids (headings and <Method> titles) of the article `slug` as shown on pages of `locale`;
   * undefined when its text cannot be read (its syntax error is reported, not the anchors).
   */
  articleSections(slug: string, locale: string): readonly string[] | undefined;
  /** Ids of content/channels.yaml; undefined when that file cannot be read (its syntax error is reported instead). */
  channels: ReadonlySet<string> | undefined;
  /** URL segments under /<locale>/ that other pages use (article slugs, "topics", …). */
  takenSegments: ReadonlySet<string>;
}

/** A tree file as read, before any check. `file` is relative to the content folder ("trees/x.yaml"). */
export interface TreeSource {
  /** File name without extension: the value of <DecisionTree tree="…"/>. */
  name: string;
  file: string;
  yaml: YamlSource;
}

export function readTree(file: string, text: string): TreeSource {
  return { name: file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, ''), file, yaml: parseYaml(text) };
}

/** Article slugs a tree's results name, read leniently (before the check): the pages to render for their headings. */
export function articlesReferenced(source: TreeSource): string[] {
  const nodes = (source.yaml.data as { nodes?: unknown } | undefined)?.nodes;
  return (Array.isArray(nodes) ? nodes : []).flatMap((n) => {
    const article = (n as { result?: { article?: unknown } } | null)?.result?.article;
    return typeof article === 'string' ? [article] : [];
  });
}

type YamlPath = readonly (string | number)[];
/** Adds a problem at the value at `path` (or at its key: untranslated texts point at the field's name). */
type Report = (rule: RuleId, path: YamlPath, message: string, atKey?: boolean) => void;

const quote = (s: string) => `"${s}"`;
const list = (items: Iterable<string>) => [...items].map(quote).join(', ') || '(none)';
/** "Did you mean "x"?" for a close name, else the names to choose from. */
const suggest = (wrong: string, known: readonly string[], choose: string) => {
  const close = closest(wrong, known);
  return close ? `Did you mean "${close}"?` : `${choose}: ${list(known)}.`;
};

/** The nodes of a file that passed the schema, as pages use them, with where each was written. */
interface NodeTable {
  nodes: Map<string, TreeNode>;
  /** Index in `nodes:` of each id (its first use). */
  indexOf: Map<string, number>;
  /** A node or option is malformed: what leads where is not known for sure. */
  broken: boolean;
}

/** Checks one tree file; returns the tree only when it has no error. */
export function checkTree(source: TreeSource, context: TreeContext): { tree?: Tree; problems: Problem[] } {
  const problems: Problem[] = [];
  const report: Report = (rule, path, message, atKey = false) =>
    problems.push(problem(rule, source.file, positionOf(source.yaml, path, atKey), message));
  const { syntaxError } = source.yaml;
  if (syntaxError) return { problems: [problem('yaml-syntax', source.file, syntaxError.at, syntaxError.message)] };

  const parsed = treeFileSchema.safeParse(source.yaml.data);
  if (!parsed.success) return { problems: schemaProblems(source, parsed.error.issues) };
  const data = parsed.data;

  checkTexts(data, context, report);
  checkPath(data, context, report);
  const table = readNodes(data, source, context.defaultLocale, report);
  const start = data.start ?? data.nodes[0]!.id;
  const targetsOk = checkTargets(data, table, start, report);
  checkCycles(data, table, start, report);
  if (!table.broken && targetsOk) checkReachable(table, start, report);
  checkResults(table, context, report);

  const sorted = sortProblems(problems);
  if (sorted.some((p) => p.severity === 'error')) return { problems: sorted };
  const tree: Tree = {
    name: source.name,
    file: source.file,
    path: data.path,
    title: data.title,
    intro: data.intro,
    home: data.home,
    start,
    nodes: table.nodes,
    defaultLocale: context.defaultLocale,
  };
  return { tree, problems: sorted };
}

/**
 * Every tree file of a site, checked alone and then together: one URL per tree and locale, one
 * tree on the home page. `trees` is empty when any tree has an error.
 */
export function checkTrees(
  sources: readonly TreeSource[],
  context: TreeContext,
): { trees: Tree[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const checked: { tree: Tree; source: TreeSource }[] = [];
  for (const source of sources) {
    const result = checkTree(source, context);
    problems.push(...result.problems);
    if (result.tree) checked.push({ tree: result.tree, source });
  }
  for (const locale of context.locales) {
    const owners = new Map<string, Tree>();
    for (const { tree, source } of checked) {
      const path = treePath(tree, locale);
      const other = owners.get(path);
      const at = positionOf(source.yaml, tree.path[locale] ? ['path', locale] : ['path']);
      if (other)
        problems.push(
          problem(
            'tree-path',
            tree.file,
            at,
            `path "${path}" (${locale}) is also the path of ${other.file}. Give each tree its own path.`,
          ),
        );
      owners.set(path, tree);
    }
  }
  const onHome = checked.filter((c) => c.tree.home);
  for (const { tree, source } of onHome.slice(1)) {
    problems.push(
      problem(
        'tree-home',
        tree.file,
        positionOf(source.yaml, ['home']),
        `"home: true" is also set in ${onHome[0]!.tree.file}. Only one tree can be on the home page; remove one.`,
      ),
    );
  }
  const sorted = sortProblems(problems);
  return { trees: sorted.some((p) => p.severity === 'error') ? [] : checked.map((c) => c.tree), problems: sorted };
}

/** Zod's issues in the check's words, each naming the node it is in. */
function schemaProblems(source: TreeSource, issues: Parameters<typeof explainIssues>[0]): Problem[] {
  const nodes = (source.yaml.data as { nodes?: unknown } | undefined)?.nodes;
  const nodeName = (path: readonly (string | number)[]) => {
    if (path[0] !== 'nodes' || typeof path[1] !== 'number' || !Array.isArray(nodes)) return '';
    const id = (nodes[path[1]] as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? `node "${id}": ` : `node ${path[1] + 1}: `;
  };
  return explainIssues(issues, source.yaml.data, allowedKeysOf(treeFileSchema)).map((issue) =>
    problem(
      'tree-schema',
      source.file,
      positionOf(source.yaml, issue.path, issue.atKey),
      `${nodeName(issue.path)}${issue.message}`,
    ),
  );
}

/**
 * Texts per locale: only site locales may have one (an error), and a site locale without one shows
 * the default locale's text (an untranslated-text warning: the page works, a translation is missing).
 */
function checkTexts(data: TreeFile, context: TreeContext, report: Report): void {
  const { locales, defaultLocale } = context;
  const check = (value: Localized | undefined, path: YamlPath, what: string, translatable = true) => {
    if (!value) return;
    for (const locale of locales) {
      if (value[locale] || !translatable) continue;
      const shown = pickText(value, locale, defaultLocale);
      if (shown)
        report(
          'untranslated-text',
          path,
          `${what} has no "${locale}" text: readers of /${locale}/ see the ${shown.lang} text. Add "${locale}: …" under it.`,
          true,
        );
    }
    for (const locale of Object.keys(value)) {
      if (!locales.includes(locale))
        report(
          'tree-schema',
          [...path, locale],
          `${what} has a "${locale}" text, but "${locale}" is not a locale of this site (${locales.join(', ')}). Remove it or add the locale to site.yaml.`,
        );
    }
  };
  check(data.path, ['path'], 'path', false);
  check(data.title, ['title'], 'title');
  check(data.intro, ['intro'], 'intro');
  data.nodes.forEach((node, i) => {
    const at = ['nodes', i];
    const label = `node "${node.id}"`;
    check(node.question, [...at, 'question'], `${label}: question`);
    node.options?.forEach((o, j) => {
      const shown = pickText(o.label, defaultLocale, defaultLocale)?.text;
      check(o.label, [...at, 'options', j, 'label'], `${label}, option ${j + 1}${shown ? ` ("${shown}")` : ''}: label`);
    });
    if (node.result) {
      check(node.result.title, [...at, 'result', 'title'], `${label}: result title`);
      check(node.result.text, [...at, 'result', 'text'], `${label}: result text`);
      // Anchors are heading ids of the text a page shows: one per language the article is written in.
      check(node.result.anchor, [...at, 'result', 'anchor'], `${label}: anchor`, false);
    }
  });
}

/** The tree's URL segment must not be one another page of the locale uses. */
function checkPath(data: TreeFile, context: TreeContext, report: Report): void {
  for (const [locale, segment] of Object.entries(data.path)) {
    if (context.takenSegments.has(segment)) {
      report(
        'tree-path',
        ['path', locale],
        `path "${segment}" is already used by another page under /${locale}/. Choose another path segment for this tree.`,
      );
    }
  }
}

/** Node ids are unique; each node asks a question (with options) or gives a result, never both. */
function readNodes(data: TreeFile, source: TreeSource, defaultLocale: string, report: Report): NodeTable {
  const table: NodeTable = { nodes: new Map(), indexOf: new Map(), broken: false };
  const fail = (path: YamlPath, message: string) => {
    table.broken = true;
    report('tree-node', path, message);
  };
  data.nodes.forEach((raw, i) => {
    const at = ['nodes', i];
    const label = `node "${raw.id}"`;
    const first = table.indexOf.get(raw.id);
    if (first !== undefined) {
      fail(
        [...at, 'id'],
        `duplicate node id "${raw.id}" (first used on line ${positionOf(source.yaml, ['nodes', first, 'id'])!.line}). Give every node its own id.`,
      );
      return;
    }
    table.indexOf.set(raw.id, i);
    const isQuestion = raw.question !== undefined || raw.options !== undefined;
    if (isQuestion && raw.result)
      return fail(
        at,
        `${label} has both a question and a result. A node either asks (question + options) or answers (result); split it in two.`,
      );
    if (raw.result) {
      const { title, text, article, anchor, channels } = raw.result;
      table.nodes.set(raw.id, { kind: 'result', id: raw.id, title, text, article, anchor, channels });
      return;
    }
    if (!raw.question) {
      return fail(
        at,
        raw.options
          ? `${label} has options but no question. Add "question:" with a text per locale.`
          : `${label} has no question and no result. Add "question:" with "options:", or "result:".`,
      );
    }
    if (!raw.options?.length)
      return fail(at, `${label} asks a question but has no options. Add "options:" with at least one answer.`);
    const options: TreeOption[] = [];
    raw.options.forEach((o, j) => {
      const shown = pickText(o.label, defaultLocale, defaultLocale)?.text;
      if (o.next) options.push({ label: o.label, next: o.next });
      else
        fail(
          [...at, 'options', j],
          `${label}, option ${j + 1}${shown ? ` ("${shown}")` : ''} has no target. Add "next: <node id>" with the node this answer leads to.`,
        );
    });
    table.nodes.set(raw.id, { kind: 'question', id: raw.id, question: raw.question, options });
  });
  return table;
}

/**
 * Every answer leads to a node of the file, each at most once per question (a step's URL names the
 * node it reached), and the start is a question. True when every wrong target has a likely meaning.
 */
function checkTargets(data: TreeFile, table: NodeTable, start: string, report: Report): boolean {
  const ids = [...table.indexOf.keys()];
  let allGuessed = true;
  for (const node of table.nodes.values()) {
    if (node.kind !== 'question') continue;
    const i = table.indexOf.get(node.id)!;
    const seen = new Map<string, number>();
    data.nodes[i]!.options!.forEach((o, j) => {
      if (!o.next) return;
      const at = ['nodes', i, 'options', j, 'next'];
      if (!table.indexOf.has(o.next)) {
        if (!closest(o.next, ids)) allGuessed = false;
        report(
          'tree-target',
          at,
          `node "${node.id}", option ${j + 1}: unknown target node "${o.next}". ${suggest(o.next, ids, 'Use one of')}`,
        );
      } else if (seen.has(o.next)) {
        report(
          'tree-target',
          at,
          `node "${node.id}": options ${seen.get(o.next)! + 1} and ${j + 1} both lead to "${o.next}". Merge them into one answer or point one elsewhere.`,
        );
      }
      seen.set(o.next, j);
    });
  }
  if (!table.indexOf.has(start)) {
    report('tree-target', ['start'], `start node "${start}" does not exist. ${suggest(start, ids, 'Use one of')}`);
    return false;
  }
  if (table.nodes.get(start)?.kind === 'result')
    report('tree-target', ['start'], `start node "${start}" is a result. The tree must start with a question.`);
  return allGuessed;
}

/** Answers that lead back to a node on the way to them (depth first, from the start, then from every node not visited). */
function checkCycles(data: TreeFile, table: NodeTable, start: string, report: Report): void {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    trail.push(id);
    const node = table.nodes.get(id);
    for (const o of node?.kind === 'question' ? node.options : []) {
      if (!table.indexOf.has(o.next)) continue;
      if (state.get(o.next) === 'open') {
        const loop = [...trail.slice(trail.indexOf(o.next)), o.next].join(' → ');
        const i = table.indexOf.get(id)!;
        const j = data.nodes[i]!.options!.findIndex((raw) => raw.next === o.next);
        report(
          'tree-cycle',
          ['nodes', i, 'options', j, 'next'],
          `node "${id}": cycle ${loop}. A tree only goes forward; point this answer at a later node or a result.`,
        );
      } else if (!state.has(o.next)) visit(o.next);
    }
    trail.pop();
    state.set(id, 'done');
  };
  if (table.indexOf.has(start)) visit(start);
  for (const id of table.indexOf.keys()) if (!state.has(id)) visit(id);
}

/** Nodes no answer leads to from the start. A mistyped target counts as the node it most likely means. */
function checkReachable(table: NodeTable, start: string, report: Report): void {
  const ids = [...table.indexOf.keys()];
  const reached = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const node = table.nodes.get(id);
    for (const o of node?.kind === 'question' ? node.options : []) {
      const target = table.indexOf.has(o.next) ? o.next : closest(o.next, ids);
      if (target) queue.push(target);
    }
  }
  for (const [id, i] of table.indexOf) {
    if (reached.has(id)) continue;
    report(
      'tree-unreachable',
      ['nodes', i, 'id'],
      `node "${id}" is unreachable: no answer leads to it from the start node "${start}". Point an option at it ("next: ${id}") or remove it.`,
    );
  }
}

/** Results point at an article that exists, a section of it in each language it is shown in, and channels that exist. */
function checkResults(table: NodeTable, context: TreeContext, report: Report): void {
  const { locales, defaultLocale } = context;
  for (const node of table.nodes.values()) {
    if (node.kind !== 'result') continue;
    const at = ['nodes', table.indexOf.get(node.id)!, 'result'];
    const label = `node "${node.id}"`;
    if (!context.articleLocale(node.article, defaultLocale)) {
      const message = context.isDraft?.(node.article)
        ? `result points at the draft "${node.article}": ${node.article}.mdx has "draft: true", so the site leaves it out. Publish it first (delete that line) or point at another article.`
        : `result points at a missing article "${node.article}". Write content/articles/<locale>/${node.article}.mdx or use an existing slug.`;
      report('tree-result', [...at, 'article'], `${label}: ${message}`);
    } else if (node.anchor) {
      const shownIn = new Set(locales.map((locale) => context.articleLocale(node.article, locale)!));
      for (const locale of locales.filter((l) => shownIn.has(l))) {
        const anchor = resultAnchor(node, locale);
        // Sorted: the check (remark) and the build (Astro's render) list the same ids in the same words.
        const sections = context.articleSections(node.article, locale)?.toSorted();
        if (!sections) continue;
        if (!anchor) {
          report(
            'untranslated-text',
            [...at, 'anchor'],
            `${label}: anchor has no "${locale}" text: readers of /${locale}/ are sent to the top of "${node.article}". Add "${locale}: <heading id>" under it: ${list(sections)}.`,
            true,
          );
        } else if (!sections.includes(anchor)) {
          report(
            'tree-result',
            [...at, 'anchor', locale],
            `${label}: result points at a missing anchor "#${anchor}" in "${node.article}" (${locale}). ${suggest(anchor, sections, 'Use a heading id of that page')}`,
          );
        }
      }
    }
    const known = context.channels;
    const channels = [...(known ?? [])].sort();
    node.channels.forEach((id, j) => {
      if (known && !known.has(id))
        report(
          'tree-result',
          [...at, 'channels', j],
          `${label}: result points at a missing channel "${id}". ${suggest(id, channels, 'Use one of content/channels.yaml')}`,
        );
    });
  }
}
