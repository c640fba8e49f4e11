// The props writers give the help components in MDX, declared once: each component takes its
// `Props` type from its schema here, and the content check (src/core/rules/components.ts) reads the
// same schemas for its rules. Plain TypeScript, no .astro import, so the check can load it in Node.
import { z } from 'astro/zod';
import { localeCode } from '../../lib/schemas.ts';

/** What the check says about a prop: how to write it, and what it names in the content. */
export interface PropMeta {
  /** How a message shows the prop: `title="Use the chat"`. */
  example: string;
  /** The prop names a site locale, a channel of channels.yaml or a tree of content/trees/. */
  refersTo?: 'locale' | 'channel' | 'tree';
}

/** A prop with what the check says about it (zod keeps it as the schema's metadata). */
function prop<T extends z.ZodType>(schema: T, meta: PropMeta): T {
  return schema.meta({ ...meta });
}
const text = (meta: PropMeta) => prop(z.string().trim().min(1), meta);

export const helpComponentProps = {
  Method: z.strictObject({ title: text({ example: 'title="Use the chat"' }) }),
  Steps: z.strictObject({}),
  Tip: z.strictObject({}),
  Warning: z.strictObject({}),
  Phrase: z.strictObject({
    /** The sentence, in the agent's language. */
    say: text({ example: 'say="Could you help me, please?"' }),
    /** Language of the sentence (the agent's language); "en" when left out. */
    lang: prop(localeCode.optional(), { example: 'lang="en"' }),
  }),
  ContactCard: z.strictObject({
    /** A channel id of content/channels.yaml. */
    channel: text({ example: 'channel="chat"', refersTo: 'channel' }),
    /** Interface locale; defaults to the language of the article around the card. */
    locale: prop(z.string().optional(), { example: 'locale="en"', refersTo: 'locale' }),
  }),
  DecisionTree: z.strictObject({
    /** A tree of content/trees/<name>.yaml. */
    tree: text({ example: 'tree="which-topic"', refersTo: 'tree' }),
    /** Interface locale; defaults to the language of the article around the tree. */
    locale: prop(z.string().optional(), { example: 'locale="en"', refersTo: 'locale' }),
  }),
} as const;

export type HelpComponentName = keyof typeof helpComponentProps;

/** The props of a help component as a writer gives them (its `Props`, plus any set by pages). */
export type WriterProps<Name extends HelpComponentName> = z.input<(typeof helpComponentProps)[Name]>;

export const helpComponentNames = Object.keys(helpComponentProps) as HelpComponentName[];

/** A prop's schema and what the check says about it. */
export function propMeta(schema: z.ZodType): PropMeta {
  return schema.meta() as unknown as PropMeta;
}
