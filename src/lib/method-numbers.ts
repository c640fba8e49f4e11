// Numbers the <Method> tags of an article while its MDX compiles ("Method 1 of 2"): a Sätteri
// plugin (Astro 7's Markdown processor; remark and rehype plugins do not run under it) writes each
// tag's place and the article's count as props, so rendering needs no shared counter and the
// numbers are fixed whatever order the page renders in.

/** The props the plugin adds to every <Method> (writers never write them; the check refuses them). */
export interface MethodNumber {
  /** Its place among the article's methods, from 1 ("1", a prop value is text). */
  methodNumber?: string;
  /** How many methods the article has. */
  methodCount?: string;
}

interface JsxTag {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: readonly unknown[];
}
interface PluginContext {
  replaceNode(node: JsxTag, replacement: JsxTag): void;
}

/**
 * A Sätteri mdast plugin factory: called once per document, so its list never outlives one
 * article. An article without the word "<Method" skips the walk (visiting JSX from JavaScript
 * costs about a millisecond per article).
 */
export function methodNumbers({ source }: { source: string }) {
  if (!source.includes('<Method')) return null;
  const methods: JsxTag[] = [];
  const collect = (node: JsxTag) => {
    if (node.name === 'Method') methods.push(node);
  };
  return {
    name: 'pandu-method-numbers',
    mdxJsxFlowElement: collect,
    mdxJsxTextElement: collect,
    // After the walk, when the count is known. A JSX node's attributes cannot be set one by one:
    // the tag is replaced by a copy with two more.
    after(_root: unknown, context: PluginContext) {
      const count = String(methods.length);
      methods.forEach((node, index) => {
        const added = { methodNumber: String(index + 1), methodCount: count } satisfies Required<MethodNumber>;
        const attributes = Object.entries(added).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
        context.replaceNode(node, { ...node, attributes: [...node.attributes, ...attributes] });
      });
    },
  };
}
