// Search helpers that need no browser: excerpt parsing, result wording, which Pagefind files ship.
import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../src/client/search/excerpt.ts';
import { countText, groupLabel, type SearchStrings } from '../../src/client/search/render.ts';
import { isRuntimeFile } from '../../src/integrations/search-index.ts';
import {
  closestWord,
  editDistance,
  meaningfulTerms,
  siteTerms,
  suggestionFor,
  termsOf,
  typingPause,
  variantsOf,
  type LocaleWords,
} from '../../src/client/search/query.ts';

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
    expect(parseExcerpt('<b>bold</b> & <script>x</script>')).toEqual([
      { text: '<b>bold</b> & <script>x</script>', marked: false },
    ]);
  });
});

describe('search wording', () => {
  const strings: SearchStrings = {
    result: '1 result',
    results: '{n} results',
    noResults: 'No articles match “{query}”.',
    loading: '',
    failed: '',
    inLanguage: 'In {language}',
    someWords: 'Showing results for some of your words.',
    didYouMean: 'Did you mean {suggestion}?',
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
    for (const file of [
      'pagefind.js',
      'pagefind-entry.json',
      'pagefind.id_1a2b3c.pf_meta',
      'wasm.id.pagefind',
      'index/id_1a2b3c4.pf_index',
      'fragment/en_1a2b3c4.pf_fragment',
      'filter/en_1a2b3c4.pf_filter',
    ]) {
      expect(isRuntimeFile(file), file).toBe(true);
    }
    for (const file of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-worker.js',
      'pagefind-highlight.js',
      'pagefind-component-ui.js',
      'playground/index.html',
    ]) {
      expect(isRuntimeFile(file), file).toBe(false);
    }
  });
});

const words: LocaleWords = {
  synonyms: [
    ['cs', 'customer service', 'customer support'],
    ['refund', 'money back', 'pengembalian dana'],
    ['call', 'phone', 'nelpon'],
  ],
  stopWords: ['how', 'to', 'the', 'i', 'my', 'do'],
  words: ['refund', 'customer', 'service', 'phone', 'chat', 'manager', 'call', 'order', 'number', 'agent', 'password'],
};

describe('search queries', () => {
  it('reads a synonym phrase as one term, with the other words of its group', () => {
    expect(termsOf('How do I call Customer Service?', words)).toEqual([
      { text: 'how', alternatives: [], stop: true },
      { text: 'do', alternatives: [], stop: true },
      { text: 'i', alternatives: [], stop: true },
      { text: 'call', alternatives: ['phone', 'nelpon'], stop: false },
      { text: 'customer service', alternatives: ['cs', 'customer support'], stop: false },
    ]);
  });

  it('leaves out stop words, but keeps a query made only of them', () => {
    expect(meaningfulTerms(termsOf('how to close the chat?', words)).map((t) => t.text)).toEqual(['close', 'chat']);
    expect(meaningfulTerms(termsOf('how to', words)).map((t) => t.text)).toEqual(['how', 'to']);
  });

  it('searches the query as typed first, then with one synonym at a time', () => {
    expect(variantsOf(termsOf('cs refund', words))).toEqual([
      'cs refund',
      'customer service refund',
      'customer support refund',
      'cs money back',
      'cs pengembalian dana',
    ]);
  });

  it('swaps a word no article uses for the synonym the articles use, and drops synonyms none uses', () => {
    const terms = siteTerms(termsOf('nelpon refund', words), words);
    expect(terms.map((t) => t.text)).toEqual(['call', 'refund']);
    // "phone" is used; "money back" and "pengembalian dana" are on no page of this vocabulary.
    expect(terms.map((t) => t.alternatives)).toEqual([['phone'], []]);
  });

  it('waits for a pause in typing, longer while a word is shorter than three letters', () => {
    expect(typingPause('how to re')).toBeGreaterThan(typingPause('refund'));
    expect(typingPause('cs')).toBeGreaterThan(typingPause('the refund'));
    expect(typingPause('refund')).toBeGreaterThan(0);
  });
});

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('refnud', 'refund')).toBe(1);
    expect(editDistance('refnd', 'refund')).toBe(1);
    expect(editDistance('mangaer', 'manager')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('corrects words the site does not know, and only those', () => {
    expect(suggestionFor('refnud', words)).toBe('refund');
    expect(suggestionFor('custmer servce', words)).toBe('customer service');
    expect(suggestionFor('how to reset pasword', words)).toBe('how to reset password');
    // Known words, words being typed, endings and synonyms are left alone.
    expect(suggestionFor('refund', words)).toBeUndefined();
    expect(suggestionFor('refu', words)).toBeUndefined();
    expect(suggestionFor('refunds', words)).toBeUndefined();
    expect(suggestionFor('nelpon', words)).toBeUndefined();
  });

  it('never corrects a short word, and allows more edits in a longer one', () => {
    expect(closestWord('cst', words)).toBeUndefined();
    expect(closestWord('phon', words)).toBe('phone');
    expect(closestWord('chta', words)).toBe('chat');
    expect(closestWord('xyzzy', words)).toBeUndefined();
  });
});
