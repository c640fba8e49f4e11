// content/search/<locale>.yaml: the writers' synonym groups and stop words for search
// (src/client/search/query.ts reads them as the reader types). Besides the schema, the mistakes
// that would quietly change what a reader finds: a word in two synonym groups (only the first
// would count), a word that is both a stop word and a synonym (a relaxed query drops it before
// its synonyms apply), a word twice in one list, a file for a locale the site does not have.
import { searchWordsSchema } from '../../lib/schemas.ts';
import { asRecord, type YamlFile } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { positionOf } from '../yaml.ts';
import { listOf, schemaProblems, type RuleCheck } from './shared.ts';

function fileProblems(source: YamlFile): Problem[] {
  if (source.yaml.syntaxError)
    return [problem('yaml-syntax', source.file, source.yaml.syntaxError.at, source.yaml.syntaxError.message)];
  const data = source.yaml.data ?? {};
  const result = searchWordsSchema.safeParse(data);
  if (!result.success) return schemaProblems('search-words', source, [], data, result.error.issues, searchWordsSchema);
  const { synonyms, stopWords } = result.data;
  const problems: Problem[] = [];
  const line = (path: (string | number)[]) => positionOf(source.yaml, path)?.line ?? 1;

  // Where each word first appears: "synonyms.0.1" or "stopWords.3".
  const firstSeen = new Map<string, (string | number)[]>();
  const see = (word: string, path: (string | number)[], explain: (earlier: (string | number)[]) => string) => {
    const earlier = firstSeen.get(word);
    if (!earlier) firstSeen.set(word, path);
    else problems.push(problem('search-words', source.file, positionOf(source.yaml, path), explain(earlier)));
  };
  synonyms.forEach((group, g) =>
    group.forEach((word, w) =>
      see(word, ['synonyms', g, w], (earlier) =>
        earlier[1] === g
          ? `"${word}" is twice in this group. Keep it once.`
          : `"${word}" is already in the synonym group on line ${line(earlier)}; search uses only the first group a word is in. Merge the two groups into one, or keep the word in one of them.`,
      ),
    ),
  );
  stopWords.forEach((word, i) =>
    see(word, ['stopWords', i], (earlier) =>
      earlier[0] === 'stopWords'
        ? `"${word}" is twice in stopWords. Keep it once.`
        : `"${word}" is both a synonym (line ${line(earlier)}) and a stop word. A query without its stop words loses it, and its synonyms with it. Remove it from stopWords, or from its synonym group.`,
    ),
  );
  return problems;
}

export const searchWords: RuleCheck = (corpus) =>
  corpus.searchWords.flatMap((source) => {
    const locale = source.file.replace(/^search\/|\.ya?ml$/g, '');
    if (!corpus.locales.includes(locale)) {
      return [
        problem(
          'search-words',
          source.file,
          undefined,
          `"${locale}" is not a locale of this site (${listOf(corpus.locales)}); search never reads this file. Rename it to search/<locale>.yaml for one of them, or delete it.`,
        ),
      ];
    }
    return asRecord(source.yaml.data) ||
      source.yaml.data === undefined ||
      source.yaml.data === null ||
      source.yaml.syntaxError
      ? fileProblems(source)
      : [
          problem(
            'search-words',
            source.file,
            undefined,
            'A search words file holds two lists: "synonyms:" (groups of words) and "stopWords:". Start the file with one of them.',
          ),
        ];
  });
