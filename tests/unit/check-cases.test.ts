// The broken-content corpus: each case in tests/fixtures/lint/cases is the valid base corpus with
// one mistake, and must be reported with its exact rule, file and line (and nothing else).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/core/rule-list.ts';
import { casesDir, lintFixture } from './check-helpers.ts';

type Expected = [rule: string, file: string, line: number];
const guide = 'articles/en/guide.mdx';

const cases: Record<string, Expected[]> = {
  // Data files
  'yaml-syntax-site': [['yaml-syntax', 'site.yaml', 1]],
  'site-settings-unknown-field': [['site-settings', 'site.yaml', 8]],
  'site-settings-default-locale': [['site-settings', 'site.yaml', 6]],
  'category-schema-missing-label': [['category-schema', 'categories.yaml', 7]],
  'duplicate-id-category': [['duplicate-id', 'categories.yaml', 13]],
  'channel-schema-kind': [['channel-schema', 'channels.yaml', 2]],
  'channel-https': [['channel-https', 'channels.yaml', 3]],
  'phone-e164-channel': [['phone-e164', 'channels.yaml', 20]],
  'phone-e164-unquoted': [['phone-e164', 'channels.yaml', 20]],
  'unsafe-url-channel': [['unsafe-url', 'channels.yaml', 3]],
  'channel-verified': [['channel-verified', 'channels.yaml', 11]],
  'duplicate-id-channel': [['duplicate-id', 'channels.yaml', 27]],
  'ui-strings-missing-locale': [
    ['missing-translation', 'articles/id/guide.mdx', 1],
    ['missing-translation', 'articles/id/other.mdx', 1],
    // A new locale: every label not yet in Malay is one warning (the site shows Indonesian there).
    ['untranslated-text', 'categories.yaml', 4],
    ['untranslated-text', 'categories.yaml', 10],
    ['untranslated-text', 'channels.yaml', 12],
    ['untranslated-text', 'channels.yaml', 15],
    ['untranslated-text', 'channels.yaml', 24],
    ['untranslated-text', 'site.yaml', 2],
    ['ui-strings', 'ui/ms.yaml', 1],
  ],
  'popular-article': [['popular-article', 'site.yaml', 10]],
  'search-words-schema': [['search-words', 'search/en.yaml', 3]],
  'search-words-two-groups': [['search-words', 'search/en.yaml', 4]],
  'search-words-stop-word': [['search-words', 'search/en.yaml', 6]],
  'search-words-locale': [['search-words', 'search/fr.yaml', 1]],
  'yaml-syntax-search-words': [['yaml-syntax', 'search/en.yaml', 3]],
  // Root cause first: a file that cannot be read gives its syntax error alone, not one "no such
  // category" (or channel) per article that names one.
  'yaml-syntax-categories-tab': [['yaml-syntax', 'categories.yaml', 2]],
  'yaml-syntax-channels-tab': [['yaml-syntax', 'channels.yaml', 2]],
  // Decision trees (trees/help.yaml: a question leading to two results in the guide)
  'yaml-syntax-tree': [['yaml-syntax', 'trees/help.yaml', 20]],
  'tree-schema': [['tree-schema', 'trees/help.yaml', 16]],
  'tree-node': [['tree-node', 'trees/help.yaml', 17]],
  'tree-target': [['tree-target', 'trees/help.yaml', 8]],
  'tree-cycle': [['tree-cycle', 'trees/help.yaml', 12]],
  'tree-unreachable': [['tree-unreachable', 'trees/help.yaml', 23]],
  'tree-result': [['tree-result', 'trees/help.yaml', 15]],
  'tree-path': [['tree-path', 'trees/help.yaml', 1]],
  'tree-home': [['tree-home', 'trees/more.yaml', 3]],
  // An article the MDX parser cannot read: its error alone, not "no such anchor" in the tree.
  'mdx-syntax-tree-anchor': [['mdx-syntax', guide, 10]],
  // Article files
  'stray-file': [['stray-file', 'articles/en/notes.md', 1]],
  'unknown-locale': [['unknown-locale', 'articles/fr/guide.mdx', 1]],
  'slug-format': [
    ['missing-translation', 'articles/id/Refund_Policy.mdx', 1],
    ['slug-format', 'articles/id/Refund_Policy.mdx', 1],
  ],
  'reserved-slug': [
    ['missing-translation', 'articles/id/search.mdx', 1],
    ['reserved-slug', 'articles/id/search.mdx', 1],
  ],
  'reserved-slug-tree': [
    ['missing-translation', 'articles/en/which-topic.mdx', 1],
    ['reserved-slug', 'articles/en/which-topic.mdx', 1],
    // The same clash seen from the tree, as the build reports it (the build runs the same check).
    ['tree-path', 'trees/which-topic.yaml', 3],
  ],
  'duplicate-slug': [
    ['duplicate-slug', 'articles/id/Guide.mdx', 1],
    ['slug-format', 'articles/id/Guide.mdx', 1],
  ],
  'duplicate-title': [
    ['missing-translation', 'articles/id/guide-copy.mdx', 1],
    ['duplicate-title', 'articles/id/guide.mdx', 2],
  ],
  // Front matter
  'front-matter-missing-field': [['front-matter', guide, 2]],
  'front-matter-unknown-field': [['front-matter', guide, 5]],
  'front-matter-wrong-type': [['front-matter', guide, 5]],
  'front-matter-bad-date': [['front-matter', guide, 5]],
  'front-matter-none': [['front-matter', guide, 1]],
  'yaml-syntax-front-matter': [['yaml-syntax', guide, 2]],
  'unknown-category': [['unknown-category', guide, 4]],
  'placeholder-text': [['placeholder-text', guide, 3]],
  // MDX
  'mdx-syntax-unclosed-tag': [['mdx-syntax', guide, 10]],
  'mdx-syntax-less-than': [['mdx-syntax', guide, 8]],
  'mdx-syntax-html-comment': [['mdx-syntax', guide, 10]],
  'mdx-syntax-brace': [['mdx-syntax', guide, 10]],
  'mdx-syntax-mismatched-tag': [['mdx-syntax', guide, 12]],
  'mdx-syntax-export-word': [['mdx-syntax', guide, 10]],
  'blank-line-after-esm': [['blank-line-after-esm', guide, 9]],
  'unknown-component': [['unknown-component', guide, 10]],
  'undefined-name': [['undefined-name', guide, 8]],
  // A draft is checked, its TODO text is fine, and readers never see it: nor its missing translation.
  draft: [['draft', 'articles/en/new-topic.mdx', 6]],
  'link-target-draft': [
    ['link-target', guide, 10],
    ['draft', 'articles/en/new-topic.mdx', 6],
  ],
  'component-props-missing': [['component-props', guide, 8]],
  'component-props-unknown': [['component-props', guide, 10]],
  'component-props-code': [['component-props', guide, 8]],
  'component-props-lang': [['component-props', guide, 8]],
  'component-props-tree': [['component-props', guide, 10]],
  'phrase-meaning': [['phrase-meaning', guide, 10]],
  'contact-channel': [['contact-channel', guide, 8]],
  'heading-order-skip': [['heading-order', guide, 10]],
  'heading-order-h1': [['heading-order', guide, 8]],
  'image-alt': [['image-alt', guide, 10]],
  'image-alt-tag': [['image-alt', guide, 10]],
  'unsafe-url-link': [['unsafe-url', guide, 8]],
  'unsafe-url-data': [['unsafe-url', guide, 10]],
  'phone-e164-tel': [['phone-e164', guide, 8]],
  'link-target-relative': [['link-target', guide, 8]],
  'link-target-absolute': [['link-target', guide, 10]],
  'link-target-missing-dotdot': [['link-target', guide, 8]],
  'link-target-locale': [['link-target', guide, 8]],
  'link-target-category': [['link-target', guide, 8]],
  'link-anchor': [['link-anchor', guide, 8]],
  'link-anchor-same-page': [['link-anchor', guide, 10]],
  // Translations
  'missing-translation': [['missing-translation', 'articles/id/refund.mdx', 1]],
  'missing-translation-stub': [['missing-translation', 'articles/en/refund.mdx', 6]],
  'stale-translation': [['stale-translation', 'articles/en/other.mdx', 6]],
};

describe('content check: broken corpus', () => {
  it('finds nothing wrong in the base corpus', () => {
    expect(lintFixture()).toEqual([]);
  });

  it.each(Object.entries(cases))('%s', (name, expected) => {
    const found = lintFixture(name).map((p): Expected => [p.rule, p.file, p.line]);
    expect(found).toEqual(expected);
  });

  it('has a case for every folder and every folder has its expectation', () => {
    expect(readdirSync(casesDir).sort()).toEqual(Object.keys(cases).sort());
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(30);
  });

  it('covers every rule with at least one case', () => {
    const covered = new Set(
      Object.values(cases)
        .flat()
        .map(([rule]) => rule),
    );
    expect(ruleIds.filter((rule) => !covered.has(rule))).toEqual([]);
  });
});
