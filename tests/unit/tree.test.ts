// The decision-tree check (src/core/tree-check.ts), as `npm run check` and the build print it:
// every mistake names the file, line and column, the node, the fix and the rule. Also the step
// helpers the pages use (routes, URLs, answers given).
import { describe, expect, it } from 'vitest';
import { answersAlong, resultAnchor, treeSteps } from '../../src/lib/tree.ts';
import { stepHref } from '../../src/lib/routes.ts';
import { formatProblem } from '../../src/core/problems.ts';
import { checkTree, readTree, type TreeContext } from '../../src/core/tree-check.ts';

const file = 'trees/help.yaml';
const context: TreeContext = {
  locales: ['id', 'en'],
  defaultLocale: 'id',
  // Both articles are written in both locales.
  articleLocale: (slug, locale) => (slug === 'resolve-a-dispute' ? locale : undefined),
  articleSections: (slug, locale) =>
    slug === 'resolve-a-dispute' ? (locale === 'en' ? ['ask-for-a-manager'] : ['minta-manajer']) : undefined,
  channels: new Set(['chat', 'phone-us']),
  takenSegments: new Set(['topics', 'resolve-a-dispute']),
};

/** Lines of YAML joined; line numbers in the tests count from the first one. */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const check = (source: string) => checkTree(readTree(file, source), context);
const lines = (source: string, severity: 'error' | 'warning') =>
  check(source)
    .problems.filter((p) => p.severity === severity)
    .map((p) => formatProblem(p));
const messages = (source: string) => lines(source, 'error');
const warnings = (source: string) => lines(source, 'warning');

// A valid tree: 1 question (line 4), 1 more question (line 15) and 2 results.
const header = [
  'path: { id: pilih-topik, en: which-topic }', //                              1
  'title: { id: Pilih topik, en: Which topic? }', //                          2
  'nodes:', //                                                                  3
];
const start = [
  '  - id: start', //                                                          4
  '    question: { id: Ada masalah apa?, en: What is wrong? }', //             5
  '    options:', //                                                            6
  '      - label: { id: Pesanan, en: An order }', //                           7
  '        next: order', //                                                     8
  '      - label: { id: Manajer, en: A manager }', //                          9
  '        next: manager', //                                                  10
];
const order = [
  '  - id: order', //                                                         11
  '    question: { id: Apa yang terjadi?, en: What happened? }', //           12
  '    options:', //                                                           13
  '      - label: { id: Manajer, en: I need a manager }', //                  14
  '        next: manager', //                                                 15
];
const manager = [
  '  - id: manager', //                                                       16
  '    result:', //                                                            17
  '      title: { id: Minta manajer, en: Ask for a manager }', //             18
  '      article: resolve-a-dispute', //                                      19
  '      anchor: { id: minta-manajer, en: ask-for-a-manager }', //            20
  '      channels: [chat, phone-us]', //                                      21
];
const valid = yaml(...header, ...start, ...order, ...manager);

describe('a valid tree', () => {
  it('has no errors and keeps its structure', () => {
    const { tree, problems } = check(valid);
    expect(problems).toEqual([]);
    expect(tree!.name).toBe('help');
    expect(tree!.start).toBe('start');
    expect([...tree!.nodes.keys()]).toEqual(['start', 'order', 'manager']);
    expect(tree!.nodes.get('manager')).toMatchObject({
      kind: 'result',
      article: 'resolve-a-dispute',
      channels: ['chat', 'phone-us'],
    });
  });

  it('has one step per route, so a node reached two ways has two steps', () => {
    const { tree } = check(valid);
    expect(treeSteps(tree!)).toEqual([
      ['start'],
      ['start', 'order'],
      ['start', 'order', 'manager'],
      ['start', 'manager'],
    ]);
  });

  it('puts a step under /<base>/<locale>/<tree path>/<nodes after the start>/', () => {
    const { tree } = check(valid);
    expect(stepHref('/', 'en', tree!, ['start'])).toBe('/en/which-topic/');
    expect(stepHref('/help/', 'id', tree!, ['start', 'order', 'manager'])).toBe('/help/id/pilih-topik/order/manager/');
  });

  it('lists the answers given on the way to a step, each with the step it led to', () => {
    const { tree } = check(valid);
    expect(answersAlong(tree!, ['start', 'order', 'manager'], 'en')).toEqual([
      { label: { text: 'An order', lang: 'en' }, route: ['start', 'order'] },
      { label: { text: 'I need a manager', lang: 'en' }, route: ['start', 'order', 'manager'] },
    ]);
    expect(answersAlong(tree!, ['start'], 'en')).toEqual([]);
  });
});

describe('tree mistakes, each with file:line:col, the node, the fix and the rule', () => {
  it('unknown target node', () => {
    const source = yaml(...header, ...start, ...order.slice(0, 4), '        next: manger', ...manager);
    expect(messages(source)).toEqual([
      'trees/help.yaml:15:15  error  node "order", option 1: unknown target node "manger". Did you mean "manager"?  (tree-target)',
    ]);
  });

  it('cycle', () => {
    const source = yaml(
      ...header,
      ...start,
      ...order,
      '      - label: { id: Awal, en: Start again }',
      '        next: start',
      ...manager,
    );
    expect(messages(source)).toEqual([
      'trees/help.yaml:17:15  error  node "order": cycle start → order → start. A tree only goes forward; point this answer at a later node or a result.  (tree-cycle)',
    ]);
  });

  it('unreachable node', () => {
    // "start" leads straight to "manager"; nothing leads to "order" any more.
    const source = yaml(...header, ...start.slice(0, 4), '        next: manager', ...order, ...manager);
    expect(messages(source)).toEqual([
      'trees/help.yaml:9:9  error  node "order" is unreachable: no answer leads to it from the start node "start". Point an option at it ("next: order") or remove it.  (tree-unreachable)',
    ]);
  });

  it('option with no target', () => {
    const source = yaml(
      ...header,
      ...start,
      ...order,
      '      - label: { id: Lainnya, en: Something else }',
      ...manager,
    );
    expect(messages(source)).toEqual([
      'trees/help.yaml:16:9  error  node "order", option 2 ("Lainnya") has no target. Add "next: <node id>" with the node this answer leads to.  (tree-node)',
    ]);
  });

  it('two answers of one question leading to the same node', () => {
    const source = yaml(
      ...header,
      ...start,
      ...order,
      '      - label: { id: Bos, en: The boss }',
      '        next: manager',
      ...manager,
    );
    expect(messages(source)).toEqual([
      'trees/help.yaml:17:15  error  node "order": options 1 and 2 both lead to "manager". Merge them into one answer or point one elsewhere.  (tree-target)',
    ]);
  });

  it('result pointing at a missing article', () => {
    const source = valid.replace('article: resolve-a-dispute', 'article: resolve-a-disput');
    expect(messages(source)).toEqual([
      'trees/help.yaml:19:16  error  node "manager": result points at a missing article "resolve-a-disput". Write content/articles/<locale>/resolve-a-disput.mdx or use an existing slug.  (tree-result)',
    ]);
  });

  it('result pointing at a missing anchor, in the locale that lacks it', () => {
    const source = valid.replace('en: ask-for-a-manager', 'en: manager');
    expect(messages(source)).toEqual([
      'trees/help.yaml:20:40  error  node "manager": result points at a missing anchor "#manager" in "resolve-a-dispute" (en). Use a heading id of that page: "ask-for-a-manager".  (tree-result)',
    ]);
  });

  it('result pointing at a missing channel', () => {
    const source = valid.replace('channels: [chat, phone-us]', 'channels: [chat, phone]');
    expect(messages(source)).toEqual([
      'trees/help.yaml:21:24  error  node "manager": result points at a missing channel "phone". Use one of content/channels.yaml: "chat", "phone-us".  (tree-result)',
    ]);
  });

  it("label missing in a locale: a warning, and the page shows the default locale's text", () => {
    const source = valid.replace('- label: { id: Manajer, en: I need a manager }', '- label: { id: Manajer }');
    expect(messages(source)).toEqual([]);
    expect(warnings(source)).toEqual([
      'trees/help.yaml:14:9  warning  node "order", option 1 ("Manajer"): label has no "en" text: readers of /en/ see the id text. Add "en: …" under it.  (untranslated-text)',
    ]);
    const tree = check(source).tree!;
    expect(answersAlong(tree, ['start', 'order', 'manager'], 'en').map((a) => a.label)).toEqual([
      { text: 'An order', lang: 'en' },
      { text: 'Manajer', lang: 'id' },
    ]);
  });

  it('question, title and anchor missing in a locale: one warning each, no error', () => {
    const source = valid
      .replace('question: { id: Apa yang terjadi?, en: What happened? }', 'question: { en: What happened? }')
      .replace('title: { id: Minta manajer, en: Ask for a manager }', 'title: { id: Minta manajer }')
      .replace('anchor: { id: minta-manajer, en: ask-for-a-manager }', 'anchor: { en: ask-for-a-manager }');
    expect(messages(source)).toEqual([]);
    expect(warnings(source)).toEqual([
      'trees/help.yaml:12:5  warning  node "order": question has no "id" text: readers of /id/ see the en text. Add "id: …" under it.  (untranslated-text)',
      'trees/help.yaml:18:7  warning  node "manager": result title has no "en" text: readers of /en/ see the id text. Add "en: …" under it.  (untranslated-text)',
      'trees/help.yaml:20:7  warning  node "manager": anchor has no "id" text: readers of /id/ are sent to the top of "resolve-a-dispute". Add "id: <heading id>" under it: "minta-manajer".  (untranslated-text)',
    ]);
  });

  it('an untranslated article: its anchor is the one of the language it is shown in', () => {
    // A third locale without the article: its pages show the Indonesian text and headings.
    const three: TreeContext = {
      ...context,
      locales: ['id', 'en', 'ar'],
      articleLocale: (slug, locale) => (slug === 'resolve-a-dispute' ? (locale === 'ar' ? 'id' : locale) : undefined),
    };
    const result = checkTree(readTree(file, valid), three);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Every text lacks "ar" (one warning each); the anchor does not: /ar/ shows the id article.
    expect(result.problems.filter((w) => w.message.includes('anchor'))).toEqual([]);
    expect(result.problems).toHaveLength(7);
    const manager = result.tree!.nodes.get('manager')!;
    expect(manager.kind === 'result' && resultAnchor(manager, three.articleLocale('resolve-a-dispute', 'ar')!)).toBe(
      'minta-manajer',
    );
    expect(stepHref('/', 'ar', result.tree!, ['start', 'manager'])).toBe('/ar/pilih-topik/manager/');
  });

  it('text in a language the site does not have', () => {
    const source = valid.replace(
      'title: { id: Pilih topik, en: Which topic? }',
      'title: { id: Pilih topik, en: Which topic?, fr: Quel sujet ? }',
    );
    expect(messages(source)).toEqual([
      'trees/help.yaml:2:49  error  title has a "fr" text, but "fr" is not a locale of this site (id, en). Remove it or add the locale to site.yaml.  (tree-schema)',
    ]);
  });

  it('duplicate node id', () => {
    const source = yaml(
      ...header,
      ...start,
      ...order,
      ...manager,
      '  - id: order',
      '    result: { title: { id: X, en: X }, article: resolve-a-dispute }',
    );
    expect(messages(source)).toEqual([
      'trees/help.yaml:22:9  error  duplicate node id "order" (first used on line 11). Give every node its own id.  (tree-node)',
    ]);
  });

  it('a node that is both a question and a result, or neither', () => {
    const both = valid.replace('  - id: manager\n', '  - id: manager\n    question: { id: T, en: Q }\n');
    expect(messages(both)[0]).toBe(
      'trees/help.yaml:16:5  error  node "manager" has both a question and a result. A node either asks (question + options) or answers (result); split it in two.  (tree-node)',
    );
    const neither = yaml(...header, ...start, ...order, '  - id: manager');
    expect(messages(neither)).toEqual([
      'trees/help.yaml:16:5  error  node "manager" has no question and no result. Add "question:" with "options:", or "result:".  (tree-node)',
    ]);
  });

  it('a start node that does not exist', () => {
    const source = valid.replace('nodes:', 'start: begin\nnodes:');
    expect(messages(source)[0]).toBe(
      'trees/help.yaml:3:8  error  start node "begin" does not exist. Use one of: "start", "order", "manager".  (tree-target)',
    );
  });

  it('a tree path that another page already uses', () => {
    const source = valid.replace('en: which-topic', 'en: topics');
    expect(messages(source)).toEqual([
      'trees/help.yaml:1:30  error  path "topics" is already used by another page under /en/. Choose another path segment for this tree.  (tree-path)',
    ]);
  });

  it('a field the schema does not know, naming the node', () => {
    const source = valid.replace(
      '      article: resolve-a-dispute',
      '      article: resolve-a-dispute\n      link: /x/',
    );
    expect(messages(source)).toEqual([
      'trees/help.yaml:20:7  error  node "manager": Unknown field "link": the fields here are: title, text, article, anchor, channels.  (tree-schema)',
    ]);
  });

  it('a YAML syntax error', () => {
    const source = valid.replace('  - id: order', '  - id: order\n   oops: [');
    expect(messages(source)).toEqual([
      'trees/help.yaml:12:1  error  Sequence item without - indicator. Check the colons, quotes and brackets on this line.  (yaml-syntax)',
    ]);
  });

  it('reports every mistake at once, in line order', () => {
    const source = valid.replace('next: order', 'next: ordr').replace('channels: [chat, phone-us]', 'channels: [fax]');
    expect(messages(source).map((m) => m.split('  ')[0])).toEqual([
      'trees/help.yaml:8:15', // unknown target ("order" is not called unreachable: "ordr" most likely means it)
      'trees/help.yaml:21:18', // missing channel
    ]);
  });
});
