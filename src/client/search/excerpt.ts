// Pagefind excerpts are page text with "<" and ">" escaped and the matched words wrapped in
// <mark>. They are turned into text and <mark> nodes here, never parsed as HTML, so nothing in
// a page or a query can become markup.

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), marked });
  }
  return parts;
}

/** The excerpt as DOM nodes: text, and <mark> elements holding text. */
export function excerptNodes(excerpt: string): Node[] {
  return parseExcerpt(excerpt).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
