// An article's MDX body, compiled when its page renders, never bundled. Astro's own way makes
// every article a module of the server bundle: the bundler parses all of them and keeps them in
// memory until the build ends (about 0.5 MB an article, the memory that grows with the site, and a
// third of the build's time; docs/performance.md). Here the page compiles its article with the
// same compiler and the same steps as @astrojs/mdx (Sätteri: GFM, smart punctuation, heading ids,
// Shiki for code, Pandu's <Method> numbers), runs the result as a function, and lets it go once the page is written.
//
// An article is MDX with the help components the page gives it (src/components/help/). The rare
// article that imports or exports code, or shows a picture from beside it (Astro optimizes it
// through the bundle), keeps Astro's own way: `needsModule` picks them in the article loader
// (src/content.config.ts), and `renderArticle` renders both kinds.
import { mdxToJs } from 'satteri';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import { satteriCreateHighlightFn, satteriHeadingIdsPlugin, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { render } from 'astro:content';
import * as jsxRuntime from 'astro/jsx-runtime';
import { methodNumbers } from './method-numbers.ts';
import { articleFile, needsModule, readArticleBody } from './article-source.ts';
import { articlesAsModules } from './env.ts';
import * as astroServer from 'astro/runtime/server/index.js';

// Tags a component with the renderer that draws it, as @astrojs/mdx tags its Content (untyped in Astro's declarations).
const { __astro_tag_component__: tagComponent } = astroServer as unknown as {
  __astro_tag_component__: (component: unknown, renderer: string) => void;
};

export interface ArticleHeading {
  depth: number;
  slug: string;
  text: string;
}

type Props = { components?: Record<string, unknown> } & Record<string, unknown>;
type MdxContent = (props: Props) => unknown;

export interface CompiledArticle {
  /** Renders the body: `<Content components={…} />`, as the Content of Astro's render(). */
  Content: MdxContent;
  headings: ArticleHeading[];
}

// Shiki starts once per build, as @astrojs/mdx starts it (Astro's default highlighting).
let highlight: ReturnType<typeof satteriCreateHighlightFn> | undefined;
const { syntaxHighlight, shikiConfig } = markdownConfigDefaults;

/**
 * The body of an article entry and its headings. The text is read from the file now; one that
 * needs a module of its own is rendered Astro's way (the article loader left it to the bundle).
 */
export async function renderArticle(entry: { id: string; filePath?: string; data: object }): Promise<CompiledArticle> {
  const body = await readArticleBody(entry);
  if (articlesAsModules() || needsModule(body))
    return (await render(entry as Parameters<typeof render>[0])) as unknown as CompiledArticle;
  return compileArticle(body, articleFile(entry), entry.data);
}

/** Compiles `body` (the MDX after the front matter) of `file`; throws the compiler's error. */
export async function compileArticle(body: string, file: string, frontmatter: object = {}): Promise<CompiledArticle> {
  highlight ??= satteriCreateHighlightFn(syntaxHighlight, shikiConfig);
  const excludeLangs = typeof syntaxHighlight === 'object' ? syntaxHighlight.excludeLangs : undefined;
  const highlightCode = await highlight; // none when highlighting is switched off
  const data = {
    astro: {
      frontmatter,
      headings: [] as ArticleHeading[],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
  const result = await mdxToJs(body, {
    // Pandu's own step (src/integrations/help-content.ts gives it to @astrojs/mdx as well).
    mdastPlugins: [methodNumbers],
    hastPlugins: [
      ...(highlightCode ? [satteriHighlightPlugin(highlightCode, excludeLangs)] : []),
      satteriHeadingIdsPlugin(),
    ],
    features: { gfm: true, smartPunctuation: true },
    fileURL: pathToFileURL(file),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    outputFormat: 'function-body',
    data,
  });
  // The function body reads the JSX runtime from its first argument and returns the exports.
  const exports = new Function(result.code)(jsxRuntime) as { default: MdxContent };
  const MDXContent = exports.default;
  // What @astrojs/mdx adds around MDXContent (its vite-plugin-mdx-postprocess).
  const Content: MdxContent = (props = {}) =>
    MDXContent({ ...props, components: { Fragment: jsxRuntime.Fragment, ...props.components } });
  Object.assign(Content, {
    [Symbol.for('mdx-component')]: true,
    [Symbol.for('astro.needsHeadRendering')]: true,
  });
  tagComponent(Content, 'astro:jsx');
  return { Content, headings: data.astro.headings };
}
