// YAML with positions: data files and front matter are parsed once with a LineCounter, so any
// rule can name the line of a field. YAML's own errors are retold in plain words.
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Position } from './problems.ts';

export interface YamlSource {
  doc: Document;
  /** The plain value (objects, arrays, strings…); undefined when the text cannot be read. */
  data: unknown;
  /** Line of the text's first line in its file (front matter starts on line 2). */
  firstLine: number;
  lineCounter: LineCounter;
  /** The first syntax error, retold for a writer; later ones usually follow from it. */
  syntaxError?: { at: Position; message: string };
}

export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source: YamlSource = { doc, data: undefined, firstLine, lineCounter };
  const [first] = doc.errors;
  if (first) {
    const found = lineCounter.linePos(first.pos[0]);
    source.syntaxError = explainYamlError(
      first,
      text,
      { line: found.line + firstLine - 1, column: found.col },
      firstLine,
    );
  } else {
    source.data = doc.toJS();
  }
  return source;
}

/** Where a value (or, with `key`, its key) starts: the line a writer must look at. */
export function positionOf(source: YamlSource, path: readonly (string | number)[], key = false): Position | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    // A path into a missing field falls back to its closest existing parent.
    const node = locate(source, path.slice(0, depth), key && depth === path.length);
    if (node) {
      const { line, col } = source.lineCounter.linePos(node);
      return { line: line + source.firstLine - 1, column: col };
    }
  }
  return undefined;
}

function locate(source: YamlSource, path: readonly (string | number)[], key: boolean): number | undefined {
  if (path.length === 0) return source.doc.contents?.range?.[0];
  if (key) {
    const parent = path.length === 1 ? source.doc.contents : source.doc.getIn(path.slice(0, -1), true);
    const name = path.at(-1);
    if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
      for (const item of parent.items as unknown[]) {
        if (
          item &&
          typeof item === 'object' &&
          'key' in item &&
          isNode(item.key) &&
          (item.key as { value?: unknown }).value === name
        ) {
          return item.key.range?.[0];
        }
      }
    }
    return undefined;
  }
  const node = source.doc.getIn(path, true);
  return isNode(node) ? node.range?.[0] : undefined;
}

/** "title: a: b" → 'title: "a: b"': the line as it should be written. */
function quotedExample(line: string): string {
  const field = /^(\s*(?:-\s+)?[\w-]+):\s+(.+?)\s*$/.exec(line);
  if (!field || /^["'[{]/.test(field[2]!))
    return 'Put the whole value in quotes, such as title: "Phrasebook: what to say".';
  return `Write it as ${field[1]!.trim()}: "${field[2]!.replace(/"/g, '\\"')}".`;
}

function explainYamlError(
  error: YAMLError,
  text: string,
  at: Position,
  firstLine: number,
): { at: Position; message: string } {
  // A tab in the indentation confuses the parser into many errors, none of which says "tab".
  if (/^ *\t/.test(text.split('\n')[at.line - firstLine] ?? ''))
    return { at: { line: at.line, column: 1 }, message: 'A tab is used for indentation. Indent with spaces.' };
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        at,
        message: `This line cannot be read: a value that contains ": " must be in quotes, and each field starts at the same indentation. ${quotedExample(text.split('\n')[at.line - firstLine] ?? '')}`,
      };
    case 'DUPLICATE_KEY':
      return { at, message: 'This field appears twice at the same level. Keep one of the two.' };
    case 'TAB_AS_INDENT':
      return { at, message: 'A tab is used for indentation. Indent with spaces.' };
    case 'BAD_INDENT':
      return {
        at,
        message:
          'The indentation is wrong here, or a list in [ ] is not closed with "]". Line up fields that belong together and close every [ and {.',
      };
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(error.message)?.[1];
      if (quote) {
        const opened = lineWithUnclosedQuote(text, quote, at.line - firstLine);
        return {
          at: opened === undefined ? at : { line: opened + firstLine, column: 1 },
          message: `A value opened with ${quote} is not closed. Add the closing ${quote} at the end of the value${quote === "'" ? ", and write an apostrophe inside it as ''" : ''}.`,
        };
      }
      return { at, message: `${error.message}. Check the colons, quotes and brackets on this line.` };
    }
    default:
      return {
        at,
        message: `YAML cannot read this: ${error.message}. Check the colons, quotes and indentation on this line.`,
      };
  }
}

/** Index (0-based) of the last line before `beforeLine` whose value opens `quote` and does not close it. */
function lineWithUnclosedQuote(text: string, quote: string, beforeLine: number): number | undefined {
  const lines = text.split('\n');
  const opensQuote = new RegExp(`^\\s*(?:-\\s+)?(?:[^:#]+:\\s+)?${quote}`);
  for (let i = Math.min(beforeLine, lines.length - 1); i >= 0; i--) {
    const line = lines[i] ?? '';
    if (opensQuote.test(line) && (line.split(quote).length - 1) % 2 === 1) return i;
  }
  return undefined;
}

/**
 * Every position of a parsed YAML text as plain data, so it can be cached with the text's other
 * facts: "title" → where its value starts, "title:" → where its key starts, "a.0.b" for nested.
 */
export type PositionIndex = Record<string, Position>;

export function indexPositions(source: YamlSource): PositionIndex {
  const index: PositionIndex = {};
  const at = (offset: number): Position => {
    const { line, col } = source.lineCounter.linePos(offset);
    return { line: line + source.firstLine - 1, column: col };
  };
  const visit = (node: unknown, path: string) => {
    if (!isNode(node)) return;
    if (node.range) index[path] = at(node.range[0]);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        const child = path ? `${path}.${key}` : key;
        if (isNode(pair.key) && pair.key.range) index[`${child}:`] = at(pair.key.range[0]);
        visit(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, path ? `${path}.${i}` : String(i)));
    }
  };
  visit(source.doc.contents, '');
  return index;
}

/** Like positionOf, on an index: the field, or its closest existing parent. */
export function positionIn(
  index: PositionIndex,
  path: readonly (string | number)[],
  key = false,
): Position | undefined {
  if (key && index[`${path.join('.')}:`]) return index[`${path.join('.')}:`];
  for (let depth = path.length; depth >= 0; depth--) {
    const found = index[path.slice(0, depth).join('.')];
    if (found) return found;
  }
  return undefined;
}
