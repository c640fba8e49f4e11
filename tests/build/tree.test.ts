// The decision tree in the built site: every step is a page with real links (works with
// JavaScript off), results link to existing article sections and show contact cards, the tree is
// on each home page and in MDX, steps work under a base path, its JS stays within budget, and
// tree mistakes stop the build with the check's own lines (file:line:col, rule), whether the check
// or Astro's page code meets them first.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { attrs, readPage } from '../helpers/dist.ts';
import { repoRoot, siteDir, tmpRoot } from '../helpers/paths.ts';
import { treeContent } from '../fixtures/trees/content.ts';

/** The HTML of the tree on a page: the element with data-decision-tree up to its closing tag. */
function treeOf(html: string, name: string): string {
  const start = html.indexOf(`data-decision-tree="${name}"`);
  expect(start, `no data-decision-tree="${name}" on the page`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<section', start), html.indexOf('</section>', start) + '</section>'.length);
}
const questionOf = (tree: string) => /<h2 class="tree-heading"[^>]*>([^<]*)<\/h2>/.exec(tree)?.[1];
const answerLinks = (tree: string) =>
  [...tree.matchAll(/<a class="tree-option" href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({
    href: m[1]!,
    label: m[2]!,
  }));
const exists = (dir: string, urlPath: string, base = '/') =>
  existsSync(join(dir, urlPath.slice(base.length), 'index.html'));

/** Every step page reachable from the first one by answer links (what a reader without JS can reach). */
function walk(dir: string, first: string, base = '/'): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [first];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const tree = treeOf(readPage(dir, url.slice(base.length)), 'which-topic');
    seen.set(url, tree);
    queue.push(...answerLinks(tree).map((a) => a.href));
  }
  return seen;
}

describe('the "Which topic?" tree in the real site', () => {
  for (const [locale, path, question] of [
    ['en', '/en/which-topic/', 'What do you need help with?'],
    ['id', '/id/which-topic/', 'Anda perlu bantuan tentang apa?'],
  ] as const) {
    it(`${locale}: every step is a page, reached by real links, ending in a result`, () => {
      const steps = walk(siteDir, path);
      expect(questionOf(steps.get(path)!)).toBe(question);
      for (const [url, tree] of steps) {
        const title = /<title>([^<]*)<\/title>/.exec(readPage(siteDir, url))![1]!;
        // As html-validate counts it: the text as written in the HTML, entities included.
        expect(title.length, `${url}: ${title}`).toBeLessThanOrEqual(70);
        for (const a of answerLinks(tree)) expect(exists(siteDir, a.href), `${url} → ${a.href}`).toBe(true);
        const isResult = tree.includes('class="tree-article"');
        expect(isResult || answerLinks(tree).length > 0, `${url} is neither a question nor a result`).toBe(true);
      }
      expect([...steps.values()].filter((t) => t.includes('class="tree-article"')).length).toBeGreaterThanOrEqual(10);
    });

    it(`${locale}: results link to an article section that exists, and show contact cards`, () => {
      for (const [url, tree] of walk(siteDir, path)) {
        const article = /<a class="tree-article" href="([^"#]*)#([^"]*)"/.exec(tree);
        if (!article) continue;
        const [, page, anchor] = article;
        expect(readPage(siteDir, page!), `${url}: #${anchor} on ${page}`).toContain(` id="${anchor}"`);
        expect(tree, url).toMatch(/data-channel="[a-z-]+"/);
      }
    });
  }

  it('covers the chat topics, the dispute paths and how to reach a person', () => {
    const labels = (url: string) => answerLinks(treeOf(readPage(siteDir, url), 'which-topic')).map((a) => a.label);
    expect(labels('en/which-topic/')).toEqual([
      'An item I ordered',
      'My payment, Prime or account',
      'A Kindle, Fire or Alexa device',
      'I want to talk to a real person',
      'An agent was rude or did not help',
      'Something else',
    ]);
    expect(labels('en/which-topic/item/')).toEqual([
      'The wrong item came, or it is damaged',
      'I sent it back, but the refund has not arrived',
      'I want to ask for a refund or store credit',
      'I contacted them, but there is no solution yet',
      'I need to speak to a manager',
      'What should I have ready before I contact them?',
      'Something else about my order (late, return)',
    ]);
    const us = treeOf(readPage(siteDir, 'en/which-topic/reach/reach-us/'), 'which-topic');
    expect(attrs(us, 'div', 'data-channel')).toEqual(['phone-us', 'chat']);
    expect(us).toContain('href="tel:+18882804331"');
    expect(us).toContain('you can try calling');
    const elsewhere = treeOf(readPage(siteDir, 'en/which-topic/reach/reach-elsewhere/'), 'which-topic');
    expect(attrs(elsewhere, 'div', 'data-channel')).toEqual(['chat', 'contact-page']);
  });

  // Every common problem has a path (PRODUCT.md §2), in both languages: the step, the article
  // section it opens, and the channels it offers.
  for (const [problem, step, channels, anchors] of [
    [
      'a reader who cannot sign in reaches the US phone, which needs no sign-in',
      'account/locked-out',
      ['phone-us'],
      { en: 'contact-channels/#if-you-cannot-sign-in', id: 'contact-channels/#jika-anda-tidak-bisa-masuk-ke-akun' },
    ],
    [
      'a forgotten password also offers the US phone',
      'account/sign-in',
      ['contact-page', 'phone-us'],
      {
        en: 'contact-customer-service/#start-a-chat-from-the-contact-page',
        id: 'contact-customer-service/#mulai-chat-dari-halaman-kontak',
      },
    ],
    [
      'a rude agent leads to what to do about it',
      'agent/rude-agent',
      ['chat', 'phone-us'],
      {
        en: 'resolve-a-dispute/#if-the-agent-is-rude-or-does-not-help',
        id: 'resolve-a-dispute/#jika-agen-kasar-atau-tidak-membantu',
      },
    ],
    [
      'the manager sentences are reachable outside the item branch',
      'agent/manager',
      ['chat', 'phone-us'],
      { en: 'phrasebook/#ask-for-a-manager', id: 'phrasebook/#meminta-bicara-dengan-manajer' },
    ],
    [
      'a refund that has not arrived has its own steps',
      'item/refund-missing',
      ['chat', 'phone-us'],
      {
        en: 'resolve-a-dispute/#if-your-refund-has-not-arrived',
        id: 'resolve-a-dispute/#jika-uang-belum-kembali-setelah-retur',
      },
    ],
    [
      'the device branch offers the US phone too',
      'device',
      ['chat', 'phone-us'],
      { en: 'chat-topics/#kindle-fire-or-alexa-device', id: 'chat-topics/#kindle-fire-or-alexa-device' },
    ],
    [
      '"before you contact" is reachable',
      'item/prepare',
      ['chat', 'phone-us'],
      { en: 'before-you-contact/#gather-your-purchase-details', id: 'before-you-contact/#kumpulkan-data-pembelian' },
    ],
  ] as const) {
    it(problem, () => {
      for (const locale of ['en', 'id'] as const) {
        const tree = treeOf(readPage(siteDir, `${locale}/which-topic/${step}/`), 'which-topic');
        expect(attrs(tree, 'div', 'data-channel'), locale).toEqual(channels);
        expect(tree, locale).toContain(`<a class="tree-article" href="/${locale}/${anchors[locale]}"`);
      }
    });
  }

  it('shows the answers given, Back and Start over as links on a step page (no JavaScript needed)', () => {
    const tree = treeOf(readPage(siteDir, 'id/which-topic/item/manager/'), 'which-topic');
    const trail = /<nav class="tree-trail" aria-label="Jawaban Anda">([\s\S]*?)<\/nav>/.exec(tree)![1]!;
    expect(attrs(trail, 'a', 'href')).toEqual(['/id/which-topic/', '/id/which-topic/item/']);
    expect(trail).toMatch(
      /Awal[\s\S]*Barang yang saya pesan[\s\S]*<span aria-current="step">Saya perlu bicara dengan manajer<\/span>/,
    );
    expect(tree).toMatch(/<a href="\/id\/which-topic\/item\/" data-tree-link>[\s\S]*?Kembali<\/a>/);
    expect(tree).toMatch(/<a href="\/id\/which-topic\/" data-tree-link>[\s\S]*?Mulai lagi<\/a>/);
    expect(tree).toContain('href="/id/phrasebook/#meminta-bicara-dengan-manajer"');
  });

  it('the first step has no trail, Back or Start over', () => {
    const tree = treeOf(readPage(siteDir, 'en/which-topic/'), 'which-topic');
    expect(tree).not.toContain('tree-trail');
    expect(tree).not.toContain('tree-nav');
  });

  it('links each step to the same step in the other language', () => {
    const html = readPage(siteDir, 'en/which-topic/item/refund/');
    expect(html).toMatch(/<a href="\/id\/which-topic\/item\/refund\/" hreflang="id"/);
    expect(html).toMatch(/<title>I want a refund|<title>Check your purchase details/);
  });

  it('is on each home page, after the hero and before the topics', () => {
    for (const locale of ['en', 'id']) {
      const html = readPage(siteDir, `${locale}/`);
      const hero = html.indexOf('class="hero"');
      const tree = html.indexOf('data-decision-tree="which-topic"');
      const topics = html.indexOf('id="topics"');
      expect(hero).toBeGreaterThan(-1);
      expect(tree).toBeGreaterThan(hero);
      expect(topics).toBeGreaterThan(tree);
      expect(answerLinks(treeOf(html, 'which-topic'))[0]!.href).toBe(`/${locale}/which-topic/item/`);
    }
  });

  it('keeps its JavaScript within 3 KB gzip', () => {
    const tree = treeOf(readPage(siteDir, 'en/which-topic/'), 'which-topic');
    const scripts = attrs(tree, 'script', 'src');
    expect(scripts).toHaveLength(1);
    // The script and every module it imports.
    const files = new Set<string>();
    const add = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) add(join(dirname(file), m[1]!));
    };
    add(join(siteDir, scripts[0]!));
    const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    expect(bytes).toBeGreaterThan(200);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });
});

describe('a tree in MDX, under a base path', () => {
  let built: BuildResult;
  beforeAll(() => {
    built = buildSite({ name: 'tree-good', content: treeContent('tree-good', 'good'), basePath: '/help/' });
  });

  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
  });

  it('renders <DecisionTree tree="help"/> inside an article, with step links under the base path', () => {
    const article = readPage(built.outDir, 'en/tree-inside/');
    const tree = treeOf(article, 'help');
    expect(article.indexOf('data-decision-tree="help"')).toBeGreaterThan(article.indexOf('<article'));
    expect(questionOf(tree)).toBe('What is wrong?');
    expect(answerLinks(tree).map((a) => a.href)).toEqual(['/help/en/help-me/order/', '/help/en/help-me/manager/']);
  });

  it('has a page for every route to a step, each under the base path', () => {
    for (const url of [
      '/help/en/help-me/',
      '/help/en/help-me/order/',
      '/help/en/help-me/order/manager/',
      '/help/en/help-me/order/call/',
      '/help/en/help-me/manager/',
      '/help/id/bantuan/order/call/',
    ]) {
      expect(exists(built.outDir, url, '/help/'), url).toBe(true);
    }
    // The same result reached two ways keeps the answers given on each way.
    const viaOrder = treeOf(readPage(built.outDir, 'en/help-me/order/manager/'), 'help');
    const direct = treeOf(readPage(built.outDir, 'en/help-me/manager/'), 'help');
    expect(viaOrder).toContain('>My order</a>');
    expect(viaOrder).toContain('<span aria-current="step">No solution yet</span>');
    expect(direct).toContain('<span aria-current="step">I need a manager</span>');
    expect(direct).not.toContain('My order');
  });

  it('links results to Markdown headings and <Method> titles of the article in each language', () => {
    expect(treeOf(readPage(built.outDir, 'en/help-me/order/call/'), 'help')).toContain(
      'href="/help/en/settle-it/#call-the-shop"',
    );
    expect(readPage(built.outDir, 'en/settle-it/')).toContain('id="call-the-shop"');
    expect(treeOf(readPage(built.outDir, 'id/bantuan/manager/'), 'help')).toContain(
      'href="/help/id/settle-it/#minta-manajer"',
    );
    expect(readPage(built.outDir, 'id/settle-it/')).toContain('id="minta-manajer"');
  });
});

/**
 * Astro's own build of a content folder, without `npm run build`'s check first (as `astro build`
 * or `npm run dev` meet the trees): what the tree pages' code reports. Runs in a project root of
 * its own, like scripts/build.ts.
 */
function astroBuildWithoutCheck(name: string, content: string): string {
  const root = resolve(tmpRoot, `.cache-${name}`, 'astro-root');
  mkdirSync(root, { recursive: true });
  const code = `import { build } from 'astro';
await build({ root: ${JSON.stringify(root)}, configFile: ${JSON.stringify(relative(root, resolve(repoRoot, 'astro.config.mjs')))}, outDir: ${JSON.stringify(resolve(tmpRoot, name))}, logLevel: 'error' });`;
  const { BASE_URL: _vitestBaseUrl, ...env } = process.env;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...env,
      PANDU_CONTENT: content,
      PANDU_ASTRO_ROOT: root,
      PANDU_CACHE_DIR: resolve(tmpRoot, `.cache-${name}`),
      PANDU_OUT_DIR: resolve(tmpRoot, name),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  expect(result.status, 'the Astro build of a broken tree must fail').not.toBe(0);
  return `${result.stdout}\n${result.stderr}`;
}

describe('tree mistakes stop the build', () => {
  let built: BuildResult;
  let astroOutput: string;
  let file: string;
  beforeAll(() => {
    const content = treeContent('tree-broken', 'broken');
    file = `${content.slice(content.indexOf('tests/.tmp/'))}/trees`;
    built = buildSite({ name: 'tree-broken', content });
    astroOutput = astroBuildWithoutCheck('tree-broken-astro', content);
  });

  // Root cause first: "ordr" most likely means "order", and the tree has broken nodes, so no node
  // is called unreachable.
  const errors = (file: string) => [
    `${file}/help.yaml:17:15  error  node "start", option 1: unknown target node "ordr". Did you mean "order"?  (tree-target)`,
    `${file}/help.yaml:33:15  error  node "order": cycle order → order. A tree only goes forward; point this answer at a later node or a result.  (tree-cycle)`,
    `${file}/help.yaml:34:9  error  node "order", option 2 ("Entahlah") has no target. Add "next: <node id>" with the node this answer leads to.  (tree-node)`,
    `${file}/help.yaml:45:13  error  node "manager": result points at a missing anchor "#ask-a-manager" in "settle-it" (en). Did you mean "ask-for-a-manager"?  (tree-result)`,
    `${file}/help.yaml:46:24  error  node "manager": result points at a missing channel "fax". Use one of content/channels.yaml: "chat", "contact-page", "phone-us".  (tree-result)`,
    `${file}/help.yaml:52:16  error  node "other": result points at a missing article "settle-this". Write content/articles/<locale>/settle-this.mdx or use an existing slug.  (tree-result)`,
    `${file}/help.yaml:53:9  error  duplicate node id "manager" (first used on line 37). Give every node its own id.  (tree-node)`,
    `${file}/taken.yaml:3:7  error  path "topics" is already used by another page under /id/. Choose another path segment for this tree.  (tree-path)`,
    `${file}/taken.yaml:4:7  error  path "search" is already used by another page under /en/. Choose another path segment for this tree.  (tree-path)`,
  ];

  it('fails at the check with every mistake as file:line:col, the node, the fix and the rule, and no stack trace', () => {
    expect(built.ok).toBe(false);
    expect(built.output).toContain('9 errors, 5 warnings.');
    const lines = built.output.split('\n').filter((l) => l.startsWith(`${file}/`));
    expect(lines).toEqual([
      ...errors(file),
      // An untranslated label is no error: the English page shows the Indonesian text.
      `${file}/help.yaml:18:9  warning  node "start", option 2 ("Saya perlu manajer"): label has no "en" text: readers of /en/ see the id text. Add "en: …" under it.  (untranslated-text)`,
    ]);
    expect(built.output).not.toMatch(/^\s+at /m);
  });

  it("fails in the tree pages' code with the same lines when no check ran first", () => {
    expect(astroOutput).toContain(`${file}: 9 problems in decision trees:\n${errors(file).join('\n')}\n`);
  });
});
