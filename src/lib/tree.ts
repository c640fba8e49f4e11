// Decision trees ("Which topic?") as the pages use them: the nodes of a checked tree, its texts
// per locale, every step as a path of node ids, its URL and the answers given along it. Pure: no
// Astro imports. A tree file becomes a Tree in src/core/tree-check.ts, which the check and the
// build share (src/lib/tree-content.ts feeds it the real site).
import { pickText, type LocalText } from './i18n.ts';

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
