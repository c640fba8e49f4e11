// Search helpers that need no browser: excerpt parsing, result wording, which Pagefind files ship.
import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../src/scripts/search/excerpt.ts';
import { countText, groupLabel, type SearchStrings } from '../../src/scripts/search/render.ts';
import { isRuntimeFile } from '../../src/integrations/search-index.ts';
import { meaningfulQuery, typingPause } from '../../src/scripts/search/engine.ts';

describe('search excerpts', () => {
  it('splits text and marked words', () => {
    expect(parseExcerpt('Ask for a <mark>refund</mark> today.')).toEqual([
      { text: 'Ask for a ', marked: false },
      { text: 'refund', marked: true },
      { text: ' today.', marked: false },
    ]);
  });

  it('turns escaped markup in page text back into plain text, never into tags', () => {
    const parts = parseExcerpt('Type &lt;img src=x onerror=alert(1)&gt; <mark>here</mark>');
    expect(parts[0]).toEqual({ text: 'Type <img src=x onerror=alert(1)> ', marked: false });
    expect(parts.map((p) => p.text).join('')).toBe('Type <img src=x onerror=alert(1)> here');
  });

  it('keeps any other tag-like text as text', () => {
    expect(parseExcerpt('<b>bold</b> & <script>x</script>')).toEqual([{ text: '<b>bold</b> & <script>x</script>', marked: false }]);
  });
});

describe('search wording', () => {
  const strings: SearchStrings = {
    result: '1 result', results: '{n} results', noResults: 'No articles match “{query}”.',
    loading: '', failed: '', inLanguage: 'In {language}',
  };
  it('counts results and quotes the query when nothing matches', () => {
    expect(countText(strings, 1, 'x')).toBe('1 result');
    expect(countText(strings, 7, 'x')).toBe('7 results');
    expect(countText(strings, 0, '<img src=x>')).toBe('No articles match “<img src=x>”.');
  });
  it('names the language of a group in the reader’s language', () => {
    expect(groupLabel(strings, 'en', 'id')).toBe('In Indonesian');
    expect(groupLabel({ ...strings, inLanguage: 'Dalam bahasa {language}' }, 'id', 'en')).toBe('Dalam bahasa Inggris');
  });
});

describe('search bundle files', () => {
  it('ships what the JS API loads and leaves out the ready-made UIs and the worker', () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'pagefind.id_1a2b3c.pf_meta', 'wasm.id.pagefind', 'index/id_1a2b3c4.pf_index', 'fragment/en_1a2b3c4.pf_fragment', 'filter/en_1a2b3c4.pf_filter']) {
      expect(isRuntimeFile(file), file).toBe(true);
    }
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-component-ui.js', 'playground/index.html']) {
      expect(isRuntimeFile(file), file).toBe(false);
    }
  });
});

describe('search queries', () => {
  const stopWords = ['how', 'to', 'the', 'yang'];
  it('leaves out stop words, whatever their case and punctuation', () => {
    expect(meaningfulQuery('How to close the chat?', stopWords)).toBe('close chat?');
    expect(meaningfulQuery('apa yang  harus', stopWords)).toBe('apa harus');
  });
  it('keeps a query made only of stop words', () => {
    expect(meaningfulQuery('how to', stopWords)).toBe('how to');
  });
  it('waits for a pause in typing, longer while a word is shorter than three letters', () => {
    expect(typingPause('how to re', stopWords)).toBeGreaterThan(typingPause('refund', stopWords));
    expect(typingPause('cs', stopWords)).toBeGreaterThan(typingPause('the refund', stopWords));
    expect(typingPause('refund', stopWords)).toBeGreaterThan(0);
  });
});
