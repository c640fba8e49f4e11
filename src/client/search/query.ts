// What a reader typed, read as search terms: words and the writers' synonym phrases
// (content/search/<locale>.yaml), stop words, and "did you mean" corrections from the locale's
// vocabulary. Pure text logic, no Pagefind and no DOM: the search worker and the tests share it.

/** pagefind/<locale>/pandu-words.json: what the build knows about a locale's words. */
export interface LocaleWords {
  /** Groups of words that mean the same thing to a reader ("cs", "customer service"). */
  synonyms: string[][];
  /** Words a query can do without ("how", "yang"). */
  stopWords: string[];
  /** Words of the locale's articles, the most common first. */
  words: string[];
}

export const noWords: LocaleWords = { synonyms: [], stopWords: [], words: [] };

/** One word or synonym phrase of a query, with the other words of its synonym group. */
export interface Term {
  text: string;
  alternatives: string[];
  stop: boolean;
}

/** Lower case, letters and digits only ("Refund?" → "refund"); "" for punctuation alone. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}'-]/gu, '')
    .replace(/^['-]+|['-]+$/g, '');
}

export function wordsOf(query: string): string[] {
  return query.split(/\s+/).map(normalizeWord).filter(Boolean);
}

/** The longest synonym phrase has this many words; longer ones are never looked for. */
const longestPhrase = 4;

/**
 * The query as terms: a run of words that is a synonym phrase ("customer service") is one term,
 * so it is searched, dropped or replaced as a whole.
 */
export function termsOf(query: string, words: LocaleWords): Term[] {
  const groupOf = new Map<string, string[]>();
  for (const group of words.synonyms) for (const member of group) if (!groupOf.has(member)) groupOf.set(member, group);
  const stop = new Set(words.stopWords);
  const tokens = wordsOf(query);
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length;) {
    let length = Math.min(longestPhrase, tokens.length - i);
    while (length > 1 && !groupOf.has(tokens.slice(i, i + length).join(' '))) length--;
    const text = tokens.slice(i, i + length).join(' ');
    const group = groupOf.get(text) ?? [];
    terms.push({ text, alternatives: group.filter((w) => w !== text), stop: length === 1 && stop.has(text) });
    i += length;
  }
  return terms;
}

/**
 * The terms as the site can search them. Synonyms no article uses are left out: searching them
 * would only fetch index chunks to find nothing. A term no article uses ("nelpon") is swapped for
 * its first synonym that one does ("telepon"): Pagefind drops a word no page holds, so searching
 * it as typed would search the rest of the query alone.
 */
export function siteTerms(terms: Term[], words: LocaleWords): Term[] {
  const vocabulary = new Set(words.words);
  const used = (phrase: string) => phrase.split(' ').every((w) => [...w].length < 3 || vocabulary.has(w));
  return terms.map((term) => {
    const alternatives = term.alternatives.filter(used);
    if (used(term.text) || !alternatives.length) return { ...term, alternatives };
    const [better, ...others] = alternatives;
    return { ...term, text: better!, alternatives: others };
  });
}

/** How many queries one set of terms may become: the terms as typed, then one synonym at a time. */
export const maxVariants = 12;

/**
 * The queries to run for `terms`: first as typed, then each with one term replaced by one of its
 * synonyms (not every combination: a few searches, whatever the query).
 */
export function variantsOf(terms: Term[]): string[] {
  const typed = terms.map((t) => t.text);
  const variants = [typed.join(' ')];
  for (const [i, term] of terms.entries()) {
    for (const alternative of term.alternatives) {
      const variant = typed.with(i, alternative).join(' ');
      if (!variants.includes(variant)) variants.push(variant);
    }
  }
  return variants.slice(0, maxVariants);
}

/** The terms without stop words; all of them when every term is a stop word. */
export function meaningfulTerms(terms: Term[]): Term[] {
  const kept = terms.filter((t) => !t.stop);
  return kept.length ? kept : terms;
}

/**
 * How long to wait after a keystroke before searching. Each search fetches the index chunks of
 * its words; searching at every keystroke would fetch those of every prefix on the way. So search
 * once typing pauses, and wait longer while a word is shorter than three letters ("re", "cs").
 */
export function typingPause(query: string): number {
  return wordsOf(query).some((w) => [...w].length < 3) ? 300 : 150;
}

// --- Did you mean ---

/** Edit distance with swapped neighbours counted as one edit ("refnud" → "refund": 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[y.length]!;
}

/** Edits a word may be away from a suggestion: none below 4 letters, one up to 5, then two. */
const allowedEdits = (word: string) => ([...word].length < 4 ? 0 : [...word].length <= 5 ? 1 : 2);

/** Words the vocabulary accepts for `word` as typed: itself, a longer word it starts, or its stem with an ending. */
function isKnown(word: string, vocabulary: Set<string>, words: LocaleWords): boolean {
  if (vocabulary.has(word) || /^\p{N}+$/u.test(word)) return true;
  if (words.stopWords.includes(word) || words.synonyms.some((g) => g.includes(word))) return true;
  for (const known of words.words) {
    // "refun" while typing; "refunds", "calling": a known word plus an ending.
    if (known.startsWith(word) && [...word].length >= 3) return true;
    if (word.startsWith(known) && [...known].length >= 4 && [...word].length - [...known].length <= 3) return true;
  }
  return false;
}

/** The closest vocabulary word to `word`, the more common one on a tie; undefined if none is close. */
export function closestWord(word: string, words: LocaleWords): string | undefined {
  const max = allowedEdits(word);
  if (!max) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const known of words.words) {
    const d = editDistance(word, known, bestDistance - 1);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
      if (d === 1) break; // words are the most common first: the first one edit away is the suggestion
    }
  }
  return best;
}

/**
 * "Did you mean": the query with each word the site does not know replaced by the closest word it
 * does; undefined when every word is known or none has a close match.
 */
export function suggestionFor(query: string, words: LocaleWords): string | undefined {
  const vocabulary = new Set(words.words);
  let changed = false;
  const corrected = wordsOf(query).map((word) => {
    if (isKnown(word, vocabulary, words)) return word;
    const close = closestWord(word, words);
    if (close) changed = true;
    return close ?? word;
  });
  return changed ? corrected.join(' ') : undefined;
}
