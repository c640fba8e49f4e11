// Names that code in an article's { } uses without defining them. MDX compiles `{about}` to a
// JavaScript variable, so an undefined one passes the parser and crashes the page as it renders;
// the check finds it first. A name counts as defined when the file imports or exports it, the code
// itself binds it (`(item) => …`), the compiled page provides it, or JavaScript does (Math, Date…).
import type { Position } from './problems.ts';

/** A node of the ESTree that remark-mdx attaches to expressions and import/export blocks. */
interface EsNode {
  type: string;
  name?: string;
  computed?: boolean;
  shorthand?: boolean;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

export interface UndefinedName {
  name: string;
  at: Position;
  /** All the code between the braces, as written. */
  code: string;
}

/** The code of one { } and its syntax tree. */
export interface Expression {
  code: string;
  estree: unknown;
}

/** What the page Astro compiles from an MDX file defines besides the file's own imports and exports. */
const providedByPage = new Set(['props', 'frontmatter', 'file', 'url']);

const isNode = (value: unknown): value is EsNode =>
  typeof value === 'object' && value !== null && typeof (value as EsNode).type === 'string';

function children(node: EsNode): [key: string, child: EsNode][] {
  const found: [string, EsNode][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    for (const item of Array.isArray(value) ? value : [value]) if (isNode(item)) found.push([key, item]);
  }
  return found;
}

/** Names a pattern binds: `x`, `{ a, b: c }`, `[d, ...e]`, `f = 1`. */
function patternNames(pattern: EsNode | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name!];
    case 'ObjectPattern':
      return (pattern.properties as EsNode[]).flatMap((p) =>
        patternNames((p.type === 'RestElement' ? p.argument : p.value) as EsNode),
      );
    case 'ArrayPattern':
      return (pattern.elements as (EsNode | null)[]).flatMap((e) => patternNames(e ?? undefined));
    case 'AssignmentPattern':
      return patternNames(pattern.left as EsNode);
    case 'RestElement':
      return patternNames(pattern.argument as EsNode);
    default:
      return [];
  }
}

/** Every name a program or expression declares anywhere in it (imports, variables, functions, parameters). */
export function declaredNames(tree: EsNode): Set<string> {
  const names = new Set<string>();
  const visit = (node: EsNode) => {
    switch (node.type) {
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        patternNames(node.local as EsNode).forEach((n) => names.add(n));
        break;
      case 'VariableDeclarator':
        patternNames(node.id as EsNode).forEach((n) => names.add(n));
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        patternNames(node.id as EsNode).forEach((n) => names.add(n));
        (node.params as EsNode[]).flatMap(patternNames).forEach((n) => names.add(n));
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        patternNames(node.id as EsNode).forEach((n) => names.add(n));
        break;
      case 'CatchClause':
        patternNames(node.param as EsNode).forEach((n) => names.add(n));
        break;
    }
    for (const [, child] of children(node)) visit(child);
  };
  visit(tree);
  return names;
}

/** Identifiers read as variables (not `a.b`'s `b`, not `{ key: … }`'s key, not labels). */
function referencedIdentifiers(tree: EsNode): EsNode[] {
  const found: EsNode[] = [];
  const visit = (node: EsNode, parent: EsNode | undefined, key: string) => {
    if (node.type === 'Identifier') {
      const isPropertyName =
        (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
        (['Property', 'PropertyDefinition', 'MethodDefinition'].includes(parent?.type ?? '') &&
          key === 'key' &&
          !parent!.computed);
      const isLabel = ['LabeledStatement', 'BreakStatement', 'ContinueStatement'].includes(parent?.type ?? '');
      if (!isPropertyName && !isLabel && parent?.type !== 'MetaProperty') found.push(node);
      return;
    }
    for (const [childKey, child] of children(node)) visit(child, node, childKey);
  };
  visit(tree, undefined, '');
  return found;
}

/**
 * The first use of each name no one defines, in the expressions of one file. `defined` holds what
 * the file's import and export blocks declare.
 */
export function undefinedNames(expressions: readonly Expression[], defined: ReadonlySet<string>): UndefinedName[] {
  const reported = new Set<string>();
  const found: UndefinedName[] = [];
  for (const { code, estree } of expressions) {
    if (!isNode(estree)) continue;
    const local = declaredNames(estree);
    for (const id of referencedIdentifiers(estree)) {
      const name = id.name!;
      if (reported.has(name) || local.has(name) || defined.has(name) || providedByPage.has(name) || name in globalThis)
        continue;
      reported.add(name);
      // ESTree columns count from 0; the check's from 1.
      found.push({
        name,
        code: code.trim(),
        at: id.loc ? { line: id.loc.start.line, column: id.loc.start.column + 1 } : { line: 1, column: 1 },
      });
    }
  }
  return found;
}
