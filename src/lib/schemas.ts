// Zod schemas for everything a writer keeps under content/. Shared by the Astro content
// collections, the writers' check (scripts/) and the unit tests, so a rule lives once.
import { z } from 'astro/zod';
import { iconNames } from './icons.ts';

export const localeCode = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language code such as "id" or "en"');

/** A text given once per locale: `{ id: "…", en: "…" }`. */
export const localizedText = z.record(localeCode, z.string().min(1));

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as "#0b6e4f"');

export const siteSettingsSchema = z
  .strictObject({
    name: z.string().min(1),
    tagline: localizedText.optional(),
    locales: z.array(localeCode).min(1),
    defaultLocale: localeCode,
    /** Absolute URL where the site is published, used for canonical URLs and the sitemap. */
    baseUrl: z.url(),
    /** Path the site is served under, such as "/help/". BASE_PATH overrides it. */
    basePath: z
      .string()
      .regex(/^\/([\w.-]+\/)*$/, 'a path that starts and ends with "/", such as "/help/"')
      .default('/'),
    /** Where "Was this article helpful?" also posts its votes and comments (docs/feedback.md); without one, answers stay on the reader's device. */
    feedbackEndpoint: z.url().optional(),
    /** Articles shown as "popular" on each home page. */
    popularArticles: z.array(z.string()).default([]),
    theme: z
      .strictObject({ accent: hexColour, accentDark: hexColour })
      .default({ accent: '#0b6e4f', accentDark: '#5fd3a5' }),
    /** Offline reading (a service worker): false turns it off; budgetMB is how big a locale may be to be saved whole. */
    offline: z.union([z.boolean(), z.strictObject({ budgetMB: z.number().positive() })]).default(true),
  })
  .refine((s) => s.locales.includes(s.defaultLocale), {
    message: 'defaultLocale must be one of locales',
    path: ['defaultLocale'],
  });
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const categorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and "-"'),
  order: z.number().int(),
  /** One of the icons in src/lib/icons.ts. */
  icon: z.enum(iconNames as [string, ...string[]]),
  label: localizedText,
  description: localizedText.optional(),
});
export type Category = z.infer<typeof categorySchema>;

/** E.164: "+" then up to 15 digits, no spaces or dashes. */
export const e164 = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number such as "+18882804331" (no spaces or dashes)');

const clockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'a time such as "08:00"');

export const channelSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and "-"'),
    kind: z.enum(['chat', 'phone', 'web', 'email']),
    url: z
      .url()
      .refine((u) => u.startsWith('https:'), 'contact URLs must use https:')
      .optional(),
    phone: e164.optional(),
    email: z.email().optional(),
    /** ISO 3166 region codes the channel serves, or "worldwide". Leave out when the source does not say. */
    regions: z
      .array(z.string().regex(/^([A-Z]{2}|worldwide)$/))
      .min(1)
      .optional(),
    /** Opening hours; leave out when the operator does not publish them. */
    hours: z
      .strictObject({
        timeZone: z.string().min(1),
        days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).min(1),
        from: clockTime,
        to: clockTime,
      })
      .optional(),
    /** Language(s) the agents speak, as language codes. Leave out when the source does not say. */
    serviceLanguages: z.array(localeCode).min(1).optional(),
    /** When a writer last checked these facts against the source (YYYY-MM-DD); cards say "checked against our source". */
    lastVerified: z.coerce.date(),
    /** The article that explains this channel and its caveats; every card of the channel links to it. */
    details: z
      .strictObject({
        article: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an article slug, such as "contact-channels"'),
        /** Heading id of the section per locale (headings differ per language). */
        anchor: localizedText.optional(),
      })
      .optional(),
    label: localizedText,
    note: localizedText.optional(),
  })
  .refine((c) => c.kind !== 'phone' || c.phone, { message: 'a phone channel needs "phone"', path: ['phone'] })
  .refine((c) => !['web', 'chat'].includes(c.kind) || c.url, {
    message: 'a web or chat channel needs "url"',
    path: ['url'],
  })
  .refine((c) => c.kind !== 'email' || c.email, { message: 'an e-mail channel needs "email"', path: ['email'] });
export type Channel = z.infer<typeof channelSchema>;

export const articleSchema = z.strictObject({
  title: z.string().min(1).max(120),
  description: z.string().min(1).max(300),
  category: z.string().min(1),
  order: z.number().int().default(100),
  /** Words a reader may type instead: synonyms, misspellings, terms in other languages. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Date a writer last reviewed the article (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
  /** true: not ready; the build leaves the article out (no page, list, search or sitemap entry), `npm run dev` shows it. */
  draft: z.boolean().default(false),
  /** "missing": a placeholder made by `npm run new`; the site shows the source text instead (docs/writing.md). */
  translation: z.literal('missing').optional(),
  /** The source this translation was made from: its locale and text fingerprint (`npm run translations`). */
  translatedFrom: z
    .strictObject({
      locale: localeCode,
      hash: z.string().regex(/^[0-9a-f]{12}$/, '12 hex digits written by `npm run translations -- --mark-current`'),
    })
    .optional(),
});
export type ArticleData = z.infer<typeof articleSchema>;

/** UI strings: every key the interface uses. A missing key fails the build. */
export const uiStringKeys = [
  'skipToContent',
  'home',
  'menu',
  'languageName',
  'switchLanguage',
  'categories',
  'popularArticles',
  'allArticles',
  'contactChannels',
  'contactIntro',
  'articlesInCategory',
  'onThisPage',
  'methodOf',
  'step',
  'tip',
  'warning',
  'sayThis',
  'meaning',
  'copy',
  'copied',
  'listen',
  'call',
  'openPage',
  'sendEmail',
  'hours',
  'hoursNotPublished',
  'lastVerified',
  'channelDetails',
  'serves',
  'serviceLanguage',
  'reviewed',
  'references',
  'previous',
  'next',
  'related',
  'notTranslated',
  'notFoundTitle',
  'notFoundText',
  'chooseLanguage',
  'footerNote',
  'printPage',
  'backToTop',
  'backToReference',
  'breadcrumb',
  'worldwide',
  'whenToUse',
  // Decision tree
  'treeAnswers',
  'treeStart',
  'treeBack',
  'treeStartOver',
  'treeReadArticle',
  'treeContact',
  // "Was this article helpful?"
  'feedbackQuestion',
  'feedbackYes',
  'feedbackNo',
  'feedbackThanks',
  'feedbackFailed',
  'feedbackNoHelp',
  'feedbackComment',
  'feedbackSend',
  'feedbackCommentThanks',
  // Search
  'search',
  'searchLabel',
  'searchPlaceholder',
  'searchClose',
  'searchResult',
  'searchResults',
  'searchNoResults',
  'searchTryInstead',
  'searchInLanguage',
  'searchLoading',
  'searchFailed',
  'searchNeedsJs',
  'searchAllTopics',
  'searchTopic',
  'searchSeeAll',
  'searchKeys',
  'searchShowMore',
  'searchSomeWords',
  'searchDidYouMean',
  // Translation status page (for reviewers)
  'translationsTitle',
  'translationsIntro',
  'translationsArticle',
  'translationsSource',
  'translationsTranslated',
  'translationsStale',
  'translationsMissing',
  'translationsUntracked',
  // Offline reading
  'offlineAll',
  'offlineSome',
  'offlineTitle',
  'offlineText',
  'offlineKeep',
  'offlineKept',
  'offlineKeepFailed',
  'offlineHowTitle',
  'offlineHowText',
] as const;
export type UiKey = (typeof uiStringKeys)[number];
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(uiStringKeys.map((k) => [k, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);
export type UiStrings = z.infer<typeof uiStringsSchema>;

/** A word or phrase of a search file: lower case, letters, digits, spaces, "-" and "'". */
const searchWord = z
  .string()
  .regex(
    /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:[ '-][\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u,
    'a word or phrase in lower case, with single spaces (such as "customer service")',
  );
/**
 * content/search/<locale>.yaml, kept by writers: groups of words a reader may type for the same
 * thing (any word of a group also searches the others), and the words a query can do without.
 */
export const searchWordsSchema = z.strictObject({
  synonyms: z.array(z.array(searchWord).min(2, 'a group of at least two words')).default([]),
  stopWords: z.array(searchWord.regex(/^\S+$/u, 'one word, no spaces')).default([]),
});
export type SearchWords = z.infer<typeof searchWordsSchema>;

/** A slug-like id: lowercase letters and digits in words joined by "-". */
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const treeNodeId = z.string().regex(slugPattern, 'lowercase letters, digits and "-", such as "wrong-item"');
/** A tree text per locale. Missing locales are warnings of the check (untranslated-text), not schema errors. */
const treeText = z.record(localeCode, z.string().min(1, 'write some text'));

const treeOptionSchema = z.strictObject({
  label: treeText.describe('The answer as the reader sees it on its button, per locale.'),
  next: treeNodeId.optional().describe('Id of the node this answer leads to: another question or a result.'),
});

const treeResultSchema = z.strictObject({
  title: treeText.describe('Heading of the result, per locale.'),
  text: treeText.optional().describe('A sentence or two under the heading, per locale.'),
  article: z
    .string()
    .regex(slugPattern, 'an article slug, such as "resolve-a-dispute"')
    .describe('Slug of the article to read: content/articles/<locale>/<slug>.mdx.'),
  anchor: z
    .record(localeCode, z.string().min(1))
    .optional()
    .describe('Section of the article per locale: the id of a heading on that page (headings differ per language).'),
  channels: z
    .array(z.string().min(1))
    .default([])
    .describe('Contact channels (ids from content/channels.yaml), in the order shown.'),
});

const treeNodeSchema = z
  .strictObject({
    id: treeNodeId.describe('Unique within the file; also the URL segment of the step.'),
    question: treeText.optional().describe('The question, per locale. Needs "options".'),
    options: z.array(treeOptionSchema).optional().describe('The answers, in the order shown.'),
    result: treeResultSchema
      .optional()
      .describe('Where the reader ends: an article (and section) and contact channels.'),
  })
  .describe('A question with options, or a result.');

/**
 * content/trees/<name>.yaml as written. What the fields mean together (targets, cycles, locales,
 * articles, channels) is checked by src/core/tree-check.ts.
 */
export const treeFileSchema = z
  .strictObject({
    path: z
      .record(localeCode, z.string().regex(slugPattern, 'one URL segment: lowercase letters, digits and "-"'))
      .describe(
        'URL segment of the tree per locale: /<locale>/<path>/. The same segment in every locale keeps URLs alike, as article slugs are.',
      ),
    title: treeText.describe('Name of the tree per locale, such as "Which topic?".'),
    intro: treeText.optional().describe('One sentence under the title, per locale.'),
    home: z.boolean().default(false).describe('Show this tree on the home page of every locale (one tree at most).'),
    start: treeNodeId.optional().describe('Id of the first question; defaults to the first node.'),
    nodes: z
      .array(treeNodeSchema)
      .min(1, 'add at least one node')
      .describe('Questions and results, each written once for all locales.'),
  })
  .describe(
    'A decision tree: content/trees/<name>.yaml. Readers answer questions and reach an article and contact channels.',
  );
export type TreeFile = z.infer<typeof treeFileSchema>;
