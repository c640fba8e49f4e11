// Parses an article once into a Markdown syntax tree (mdast) with the same syntax the site
// uses: MDX, front matter, GitHub-flavoured Markdown. A syntax error is retold in plain words.
//
// Sätteri, the Rust parser Astro renders the site with, reads an article about 20 times faster
// than remark (0.2 ms against 4.4 ms a file on the bench corpus; `npm run build` checks every
// article first), and what it accepts is exactly what the build accepts. remark still reads the
// few files Sätteri's tree is not enough for: a file it cannot read (remark's message names the
// mistake, which explainMdxError below retells in plain words) and a file with code in { } or
// import/export (the undefined-name rule needs the code's syntax tree, which remark attaches).
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Position } from './problems.ts';
import { isJsx, walk, type Node } from './mdast.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

export interface MdxSyntaxError {
  rule: 'mdx-syntax' | 'blank-line-after-esm';
  at: Position;
  message: string;
}

export type MdxParse = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxSyntaxError };

interface ParserMessage {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
}

export function parseMdx(text: string): MdxParse {
  let tree: Root;
  try {
    tree = mdxToMdast(text) as unknown as Root;
  } catch (thrown) {
    const remark = parseWithRemark(text);
    // remark reads what the site's parser cannot: the build would stop here, so the check must too.
    return remark.error ? remark : { error: satteriError(thrown) };
  }
  if (hasCode(tree as Node)) return parseWithRemark(text);
  addPropPositions(tree as Node, text);
  return { tree };
}

/** Code the undefined-name rule reads: { } in text and props, import and export. */
function hasCode(tree: Node): boolean {
  let found = false;
  walk(tree, (node) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      found = true;
    else if (node.attributes?.some((a) => a.type === 'mdxJsxExpressionAttribute' || typeof a.value === 'object'))
      found = true;
  });
  return found;
}

/** Sätteri's error ("3:1: Expected a closing tag for `<Tip>` (3:1) (mdx-jsx:…)") as a problem. */
function satteriError(thrown: unknown): MdxSyntaxError {
  const text = thrown instanceof Error ? thrown.message : String(thrown);
  const where = /^(\d+):(\d+):\s*/.exec(text);
  const reason = text.slice(where?.[0].length ?? 0).replace(/\s*\([\w-]+:[\w-]+\)$/, '');
  return {
    rule: 'mdx-syntax',
    at: { line: Number(where?.[1] ?? 1), column: Number(where?.[2] ?? 1) },
    message: `MDX cannot read this: ${reason}`,
  };
}

/**
 * Sätteri gives the props of a tag no position of their own: find each in the tag's text, in
 * order (a prop is a name, then optionally = and a quoted value or code in braces; a spread is
 * code in braces), so a problem with a prop points at the prop, as remark's positions did.
 */
function addPropPositions(tree: Node, text: string): void {
  walk(tree, (node) => {
    const start = (node.position?.start as { offset?: number } | undefined)?.offset;
    if (!isJsx(node) || !node.attributes?.length || start === undefined) return;
    let cursor = start + 1 + (node.name?.length ?? 0);
    for (const attribute of node.attributes) {
      while (/\s/.test(text[cursor] ?? '')) cursor++;
      if (cursor >= text.length) return;
      attribute.position = { start: pointAt(text, cursor) };
      cursor = afterProp(text, cursor);
    }
  });
}

function afterProp(text: string, from: number): number {
  let i = from;
  if (text[i] === '{') return afterBraces(text, i);
  while (i < text.length && !/[\s=/>{]/.test(text[i]!)) i++;
  let j = i;
  while (/\s/.test(text[j] ?? '')) j++;
  if (text[j] !== '=') return i;
  j++;
  while (/\s/.test(text[j] ?? '')) j++;
  const quote = text[j];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, j + 1);
    return close < 0 ? text.length : close + 1;
  }
  return quote === '{' ? afterBraces(text, j) : j;
}

/** Past the "}" that closes the "{" at `from`, skipping strings inside. */
function afterBraces(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return text.length;
      i = close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** remark's parse, whose errors are explained below. */
export function parseWithRemark(text: string): MdxParse {
  try {
    return { tree: processor.parse(text) };
  } catch (thrown) {
    const raw = thrown as ParserMessage;
    if (typeof raw?.source !== 'string' && typeof raw?.ruleId !== 'string') throw thrown; // a bug, not a content mistake
    return { error: explainMdxError(raw, text) };
  }
}

function explainMdxError(raw: ParserMessage, text: string): MdxSyntaxError {
  const reason = raw.reason ?? raw.message ?? '';
  const at = { line: raw.line ?? 1, column: raw.column ?? 1 };
  const mdx = (message: string, where: Position = at): MdxSyntaxError => ({ rule: 'mdx-syntax', at: where, message });

  if (raw.source === 'micromark-extension-mdxjs-esm') return explainEsm(text, at.line);

  const tag = /`(<\/?[^`]*>)`/.exec(reason)?.[1] ?? '';
  const tagName = /^<\/?([^\s>/]*)/.exec(tag)?.[1] ?? '';
  const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const openedAt = opened ? { line: Number(opened[1]), column: Number(opened[2]) } : at;
  const character = /Unexpected character `(.+?)` \(U\+/.exec(reason)?.[1];

  if (reason.startsWith('Expected a closing tag for')) {
    return reason.includes('before the end of `paragraph`')
      ? mdx(
          `${tag} is opened inside a paragraph but not closed in it. Close it with </${tagName}> in the same paragraph, or put ${tag} and </${tagName}> on lines of their own with a blank line around the text inside.`,
          openedAt,
        )
      : mdx(
          `${tag} is never closed. Add </${tagName}> after its content, on a line of its own with a blank line before it.`,
          openedAt,
        );
  }
  if (reason.startsWith('Unexpected closing tag')) {
    const expected = /corresponding closing tag for `<([^\s>`]*)/.exec(reason)?.[1] ?? '';
    return mdx(
      `${tag} does not match <${expected}> opened on line ${openedAt.line}. Close <${expected}> first with </${expected}>: tags close in the reverse order they were opened.`,
    );
  }
  if (reason.startsWith('Expected the closing tag')) {
    return mdx(
      `The closing tag ${tag} is not in the same block as its opening tag. Put the opening and closing tags on lines of their own, with blank lines around the text inside.`,
    );
  }
  if (raw.ruleId === 'unexpected-closing-slash') {
    return mdx('A closing tag (</…>) has no opening tag before it. Remove it, or add the opening tag.');
  }
  if (raw.ruleId === 'unexpected-attribute' || raw.ruleId === 'unexpected-self-closing-slash') {
    return mdx('A closing tag (</…>) cannot have attributes or a "/" at its end. Write it as </Name>.');
  }
  if (reason.includes('in attribute value, expected a corresponding closing quote')) {
    const quote = /closing quote `(.)`/.exec(reason)?.[1] ?? '"';
    return mdx(
      `The value of an attribute has an opening quote but no closing quote. Add the closing quote (${quote}) after the value.`,
      unclosedQuote(text, quote, at),
    );
  }
  if (reason.includes('before attribute value')) {
    return mdx('An attribute value must be written in quotes, such as title="Use the chat".');
  }
  if (character === '!' && reason.includes('before name')) {
    return mdx('HTML comments (<!-- … -->) do not work in MDX. Write a comment as {/* … */}.');
  }
  if (reason.includes('to create a link in MDX')) {
    return mdx(
      'A link in angle brackets (<https://…> or <name@example.com>) does not work in MDX. Write [the text](https://…) or [name@example.com](mailto:name@example.com).',
    );
  }
  if (raw.source === 'micromark-extension-mdx-jsx' && reason.includes('before name')) {
    return mdx(
      `A "<" followed by ${character ? `"${character}"` : 'this'} is read as the start of a tag. To write a less-than sign, write \\< instead.`,
      { line: at.line, column: Math.max(1, at.column - 1) },
    );
  }
  if (raw.source === 'micromark-extension-mdx-jsx') {
    return mdx(
      `This tag cannot be read${character ? ` at "${character}"` : ''}. A tag looks like <Tip> or <Method title="…">: a name, then attributes written name="value", then ">".`,
    );
  }
  if (reason.startsWith('Unexpected end of file in expression')) {
    return mdx(
      'A "{" starts code that is never closed with "}". To write a curly brace as text, write \\{ instead.',
      braceBefore(text, at),
    );
  }
  if (raw.ruleId === 'unexpected-lazy') {
    return mdx(
      'A tag or {…} inside a list or quote continues on a line that is not indented. Indent that line like the rest of the list item.',
    );
  }
  if (
    raw.source?.startsWith('micromark-extension-mdx-expression') ||
    raw.ruleId === 'acorn' ||
    raw.ruleId === 'unexpected-empty-expression'
  ) {
    return mdx(
      'The text between { and } is read as code but is not valid code. To write curly braces as text, write \\{ and \\}; a comment is written {/* … */}.',
    );
  }
  return mdx(`MDX cannot read this: ${reason}`);
}

const esmWord = /^(import|export)\b/;

/** An import/export block that MDX could not read: a missing blank line, or prose that starts with the word. */
function explainEsm(text: string, errorLine: number): MdxSyntaxError {
  const lines = text.split('\n');
  let first = errorLine;
  while (first > 1 && (lines[first - 2] ?? '').trim() !== '') first--;
  const word = esmWord.exec(lines[first - 1] ?? '')?.[1] ?? 'import';
  // The lines before the error are valid on their own: only the blank line after them is missing.
  if (errorLine > first) {
    const statement = lines.slice(first - 1, errorLine - 1).join('\n');
    try {
      const tree = processor.parse(statement);
      if (tree.children.length > 0 && tree.children.every((n) => n.type === 'mdxjsEsm')) {
        return {
          rule: 'blank-line-after-esm',
          at: { line: errorLine, column: 1 },
          message: `Add a blank line after the ${word} on line ${errorLine - 1}: without it, MDX reads this line as code too.`,
        };
      }
    } catch {
      // the statement itself is broken: explained below
    }
  }
  const looksLikeCode =
    /^(import\s+(\{|\*|[\w$]+\s*(,|from))|import\s+['"]|export\s+(const|let|var|function|default|\{|\*))/.test(
      lines[first - 1] ?? '',
    );
  return {
    rule: 'mdx-syntax',
    at: { line: first, column: 1 },
    message: looksLikeCode
      ? `This ${word} is not valid code. Articles need no imports: the help components work without them. Remove the line, or fix it.`
      : `A paragraph cannot start with the word "${word}": MDX reads it as code. Start with a capital ("${word[0]!.toUpperCase()}${word.slice(1)} …") or reword the sentence.`,
  };
}

/** An unclosed attribute quote is reported where the file ends; point at the attribute that opened it. */
function unclosedQuote(text: string, quote: string, at: Position): Position {
  const lines = text.split('\n');
  for (let line = Math.min(at.line, lines.length); line >= 1; line--) {
    const content = lines[line - 1] ?? '';
    const opening = content.lastIndexOf(`=${quote}`);
    if (opening >= 0 && (content.split(quote).length - 1) % 2 === 1) return { line, column: opening + 2 };
  }
  return at;
}

/** The "{" that was never closed: the last one before the error. */
function braceBefore(text: string, at: Position): Position {
  const lines = text.split('\n');
  for (let line = Math.min(at.line, lines.length); line >= 1; line--) {
    const content = lines[line - 1] ?? '';
    const column = line === at.line ? content.lastIndexOf('{', at.column - 1) : content.lastIndexOf('{');
    if (column >= 0) return { line, column: column + 1 };
  }
  return at;
}
