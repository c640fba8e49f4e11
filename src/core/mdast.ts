// Small helpers over the syntax tree: a walk in document order, the text of a node, the props of
// a component tag. Loose node types keep the rules short; remark's own types are in `mdast`.
import type { Position } from './problems.ts';

export interface Node {
  type: string;
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  identifier?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
  position?: { start: { line: number; column: number } };
}

export function startOf(
  node: { position?: { start: { line: number; column: number } } } | undefined,
): Position | undefined {
  return node?.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
}

/** Calls `visit` for every node, parents before children, in the order a reader meets them. */
export function walk(
  node: Node,
  visit: (node: Node, ancestors: readonly Node[]) => void,
  ancestors: Node[] = [],
): void {
  visit(node, ancestors);
  if (!node.children) return;
  ancestors.push(node);
  for (const child of node.children) walk(child, visit, ancestors);
  ancestors.pop();
}

/** The words of a node as a reader sees them (what heading ids are made from). */
export function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  return (node.children ?? []).map(textOf).join('');
}

export const isJsx = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export type PropValue =
  | { kind: 'text'; text: string }
  /** Written without a value: <Tip open> */
  | { kind: 'flag' }
  /** Code in braces that is not a plain string: <Method title={name}> */
  | { kind: 'code'; code: string }
  /** A spread: <Phrase {...props}> */
  | { kind: 'spread' };

const stringLiteral = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`((?:[^`\\$]|\\.)*)`)\s*$/;

export function propValue(attribute: JsxAttribute): PropValue {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { kind: 'spread' };
  const { value } = attribute;
  if (value === null || value === undefined) return { kind: 'flag' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  const literal = stringLiteral.exec(value.value);
  if (literal) return { kind: 'text', text: (literal[1] ?? literal[2] ?? literal[3] ?? '').replace(/\\(.)/g, '$1') };
  return { kind: 'code', code: value.value };
}

/** The text of prop `name`, when it is written as text (quotes, or a string in braces). */
export function textProp(node: Node, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  const value = propValue(attribute);
  return value.kind === 'text' ? value.text : undefined;
}
