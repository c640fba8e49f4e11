// What the rules need to know about an article, as plain data (JSON) so it can be cached by the
// file's text (facts-cache.ts) and each file is parsed at most once per change: its front matter
// with positions, and from the body's syntax tree, in one walk, its headings, section ids,
// components and their props, URLs and images.
import GithubSlugger from 'github-slugger';
import { slugify } from '../lib/slug.ts';
import { isJsx, propValue, startOf, textOf, textProp, walk, type Node, type PropValue } from './mdast.ts';
import { readFrontMatter } from './front-matter.ts';
import { sourceHash } from './hash.ts';
import { parseMdx, type MdxParse, type MdxSyntaxError } from './mdx.ts';
import type { Position } from './problems.ts';
import { placeholderMark } from './placeholder.ts';
import { declaredNames, undefinedNames, type Expression, type UndefinedName } from './expression-names.ts';
import { indexPositions, type PositionIndex } from './yaml.ts';

/** The front matter as data, with the position of every field. */
export interface FrontMatterFacts {
  /** The fields as written; undefined when the YAML cannot be read. */
  data?: unknown;
  syntaxError?: { at: Position; message: string };
  positions: PositionIndex;
}

/** What the file says before its body: front matter and the fingerprint of its text (hash.ts). */
export interface HeadFacts {
  /** Undefined when the file does not start with front matter. */
  frontMatter?: FrontMatterFacts;
  hash: string;
}

export function extractHead(text: string): HeadFacts {
  const fm = readFrontMatter(text);
  const fields =
    fm?.yaml.data !== null && typeof fm?.yaml.data === 'object' ? (fm.yaml.data as Record<string, unknown>) : undefined;
  return {
    frontMatter: fm && { data: fm.yaml.data, syntaxError: fm.yaml.syntaxError, positions: indexPositions(fm.yaml) },
    hash: sourceHash({
      title: String(fields?.title ?? ''),
      description: String(fields?.description ?? ''),
      body: fm?.body ?? text,
    }),
  };
}

export interface ComponentUse {
  name: string;
  at: Position;
  props: { name: string | undefined; value: PropValue; at: Position }[];
  /** Has text or tags between its opening and closing tag. */
  hasContent: boolean;
}

export interface ArticleFacts {
  syntaxError?: MdxSyntaxError;
  /** Headings in reading order, with each <Method> as the level-2 heading it renders. */
  headings: { depth: number; at: Position }[];
  /** Ids of the page's sections (headings and <Method> titles), as the site makes them. */
  sections: string[];
  /** Other ids a link may point to: footnotes, tags with an id, a decision tree. */
  otherIds: string[];
  /** Every tag with a name (components and HTML elements). */
  tags: ComponentUse[];
  /** Every URL: Markdown links, images and definitions, and URL props of tags. */
  urls: { url: string; at: Position }[];
  images: { at: Position; markdown: boolean; alt: string | undefined }[];
  /** Where a "TODO" from `npm run new` is still in the visible text. */
  placeholderAt?: Position;
  /** Names code in { } uses that nothing defines (the page would crash rendering them). */
  undefinedNames: UndefinedName[];
}

const urlProps = new Set(['href', 'src', 'url', 'action', 'formaction', 'poster']);

export function extractFacts(text: string, parse: (text: string) => MdxParse = parseMdx): ArticleFacts {
  const parsed = parse(text);
  const facts: ArticleFacts = {
    headings: [],
    sections: [],
    otherIds: [],
    tags: [],
    urls: [],
    images: [],
    undefinedNames: [],
  };
  if (parsed.error) return { ...facts, syntaxError: parsed.error };

  const slugger = new GithubSlugger(); // the site numbers repeated headings: "a", "a-1"
  const footnoteUses = new Map<string, number>();
  const at = (node: { position?: { start: { line: number; column: number } } }, fallback?: Position): Position =>
    startOf(node) ?? fallback ?? { line: 1, column: 1 };

  // Code in { } (text, blocks, prop values) and what the file's import/export blocks declare.
  const expressions: Expression[] = [];
  const defined = new Set<string>();
  walk(parsed.tree as Node, (node) => {
    const estree = (node as { data?: { estree?: unknown } }).data?.estree;
    if (node.type === 'mdxjsEsm' && estree)
      declaredNames(estree as Parameters<typeof declaredNames>[0]).forEach((n) => defined.add(n));
    else if (estree) expressions.push({ code: node.value ?? '', estree });
    // Props of components are the components rule's (text in quotes); those of HTML tags are code.
    const htmlTag = isJsx(node) && /^[a-z]/.test(node.name ?? '');
    for (const attribute of htmlTag ? (node.attributes ?? []) : []) {
      // A spread ({...x}) carries its code itself; a prop written {x} in its value.
      const holder = (attribute.type === 'mdxJsxExpressionAttribute' ? attribute : attribute.value) as
        { value?: string; data?: { estree?: unknown } } | string | null | undefined;
      if (typeof holder === 'object' && holder?.data?.estree)
        expressions.push({ code: holder.value ?? '', estree: holder.data.estree });
    }
    switch (node.type) {
      case 'heading':
        facts.headings.push({ depth: node.depth!, at: at(node) });
        facts.sections.push(slugger.slug(textOf(node)));
        return;
      case 'link':
      case 'definition':
        facts.urls.push({ url: node.url ?? '', at: at(node) });
        return;
      case 'image':
        facts.urls.push({ url: node.url ?? '', at: at(node) });
        facts.images.push({ at: at(node), markdown: true, alt: node.alt ?? undefined });
        return;
      case 'imageReference':
        facts.images.push({ at: at(node), markdown: true, alt: node.alt ?? undefined });
        return;
      case 'footnoteReference': {
        const id = node.identifier!.toLowerCase();
        const n = (footnoteUses.get(id) ?? 0) + 1;
        footnoteUses.set(id, n);
        facts.otherIds.push(`user-content-fnref-${id}${n > 1 ? `-${n}` : ''}`);
        return;
      }
      case 'footnoteDefinition':
        facts.otherIds.push(`user-content-fn-${node.identifier!.toLowerCase()}`, 'footnote-label');
        return;
      case 'text':
      case 'inlineCode':
        if (!facts.placeholderAt && node.value?.includes(placeholderMark)) facts.placeholderAt = at(node);
        return;
    }
    if (!isJsx(node) || !node.name) return;
    const where = at(node);
    const props = (node.attributes ?? []).map((a) => ({ name: a.name, value: propValue(a), at: startOf(a) ?? where }));
    facts.tags.push({ name: node.name, at: where, props, hasContent: hasContent(node) });
    if (node.name === 'Method') {
      facts.headings.push({ depth: 2, at: where });
      const title = textProp(node, 'title');
      if (title) facts.sections.push(slugify(title));
    }
    if (node.name === 'img') facts.images.push({ at: where, markdown: false, alt: textProp(node, 'alt') });
    const id = textProp(node, 'id');
    if (id) facts.otherIds.push(id);
    const tree = node.name === 'DecisionTree' ? textProp(node, 'tree') : undefined;
    if (tree) facts.otherIds.push(`tree-${tree}`);
    for (const prop of props) {
      if (prop.name && urlProps.has(prop.name.toLowerCase()) && prop.value.kind === 'text')
        facts.urls.push({ url: prop.value.text, at: prop.at });
    }
  });
  facts.undefinedNames = undefinedNames(expressions, defined);
  return facts;
}

function hasContent(node: Node): boolean {
  let found = false;
  walk(node, (child) => {
    if (child !== node && ((child.type === 'text' && child.value?.trim()) || isJsx(child))) found = true;
  });
  return found;
}
