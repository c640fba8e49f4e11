// Every rule of the content check, with its severity and what it means. docs/writing.md explains
// each id (a test keeps the two in step). Errors stop the build; warnings are printed only.
export type Severity = 'error' | 'warning';

export const rules = {
  // Data files (content/*.yaml, content/ui/*.yaml, content/search/*.yaml)
  'yaml-syntax': { severity: 'error', summary: "A YAML file or an article's front matter cannot be read." },
  'site-settings': { severity: 'error', summary: 'content/site.yaml has a missing, unknown or wrong field.' },
  'category-schema': {
    severity: 'error',
    summary: 'A category in content/categories.yaml has a missing, unknown or wrong field.',
  },
  'channel-schema': {
    severity: 'error',
    summary: 'A channel in content/channels.yaml has a missing, unknown or wrong field.',
  },
  'ui-strings': {
    severity: 'error',
    summary: 'Interface strings (content/ui/<locale>.yaml) are missing, unknown or empty.',
  },
  'duplicate-id': { severity: 'error', summary: 'Two categories or two channels share an id.' },
  'channel-https': { severity: 'error', summary: 'A contact URL uses http: instead of https:.' },
  'phone-e164': { severity: 'error', summary: 'A phone number is not in E.164 form (+ country code and digits only).' },
  'channel-verified': { severity: 'warning', summary: "A channel's facts were last verified too long ago." },
  'popular-article': { severity: 'warning', summary: 'site.yaml lists a popular article that does not exist.' },
  // Decision trees (content/trees/<name>.yaml)
  'tree-schema': {
    severity: 'error',
    summary: 'A decision tree has a missing, unknown or wrong field, or a text in a language the site does not have.',
  },
  'tree-node': {
    severity: 'error',
    summary:
      'A tree node is both a question and a result, or neither, has no options or an option without "next", or repeats an id.',
  },
  'tree-target': {
    severity: 'error',
    summary:
      'An answer or "start" leads to a node the tree does not have, two answers lead to the same node, or the tree starts with a result.',
  },
  'tree-cycle': { severity: 'error', summary: 'An answer leads back to an earlier question of the tree.' },
  'tree-unreachable': { severity: 'error', summary: 'No answer leads to a node from the start.' },
  'tree-result': {
    severity: 'error',
    summary: 'A tree result points at an article, #anchor or channel that does not exist.',
  },
  'tree-path': { severity: 'error', summary: "A tree's path is already the URL of another page or tree." },
  'tree-home': { severity: 'error', summary: 'More than one tree has "home: true".' },
  'search-words': {
    severity: 'error',
    summary: 'content/search/<locale>.yaml has a wrong field, a word in two places, or no locale to serve.',
  },
  // Article files
  'stray-file': {
    severity: 'warning',
    summary: 'A file under content/articles/ that is not an article (the site ignores it).',
  },
  'unknown-locale': { severity: 'error', summary: 'An article sits in a folder that is not a locale of the site.' },
  'slug-format': { severity: 'error', summary: "An article's file name is not a valid slug." },
  'reserved-slug': {
    severity: 'error',
    summary: "An article's slug is taken by a page of the site (search, topics, …).",
  },
  'duplicate-slug': { severity: 'error', summary: 'Two files in one locale give the same slug.' },
  'duplicate-title': { severity: 'error', summary: 'Two articles in one locale have the same title.' },
  'front-matter': {
    severity: 'error',
    summary: 'The front matter is missing, or has a missing, unknown or wrong field.',
  },
  'unknown-category': {
    severity: 'error',
    summary: 'An article names a category that content/categories.yaml does not have.',
  },
  'placeholder-text': {
    severity: 'error',
    summary: 'Text that `npm run new` wrote is still in an article the site publishes.',
  },
  draft: {
    severity: 'warning',
    summary: 'An article is marked `draft: true`: the site leaves it out until the line goes.',
  },
  // Article bodies
  'mdx-syntax': { severity: 'error', summary: 'The MDX cannot be read (an unclosed tag, a stray "<" or "{", …).' },
  'undefined-name': {
    severity: 'error',
    summary: 'Code in { } uses a name that is not defined (often text meant literally, such as {about}).',
  },
  'blank-line-after-esm': { severity: 'error', summary: 'An import or export line is not followed by a blank line.' },
  'unknown-component': { severity: 'error', summary: 'A tag names a component that does not exist.' },
  'component-props': { severity: 'error', summary: 'A component misses a prop, has an unknown one, or a wrong value.' },
  'phrase-meaning': { severity: 'error', summary: 'A Phrase in another language than the article has no meaning.' },
  'contact-channel': {
    severity: 'error',
    summary: 'A ContactCard names a channel that content/channels.yaml does not have.',
  },
  'heading-order': { severity: 'error', summary: 'A heading skips a level, or a level-1 heading is in the body.' },
  'image-alt': { severity: 'error', summary: 'An image has no alt text.' },
  'unsafe-url': { severity: 'error', summary: 'A link or URL uses javascript:, data:, vbscript: or file:.' },
  'link-target': { severity: 'error', summary: 'A link points to a page of the site that does not exist.' },
  'link-anchor': { severity: 'error', summary: 'A link points to a #section that does not exist on its page.' },
  // Translations
  'missing-translation': {
    severity: 'warning',
    summary: 'An article has no translation in a locale (readers see the source text).',
  },
  'stale-translation': {
    severity: 'warning',
    summary: 'The source text changed after the translation was last updated.',
  },
  'untranslated-text': {
    severity: 'warning',
    summary:
      "A category, channel, tree or tagline text has no translation in a locale (readers see the default locale's text).",
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];

export function ruleSeverity(rule: RuleId): Severity {
  return rules[rule].severity;
}
