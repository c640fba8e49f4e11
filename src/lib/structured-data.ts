// JSON-LD (schema.org) for search engines: the organisation with its contact points on each home
// page, an Article on each article page. Pure functions; SeoMeta.astro puts them in the head.
import type { Channel, SiteSettings } from './schemas.ts';

type Json = Record<string, unknown>;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const textIn = (text: Record<string, string>, locale: string, fallback: string) =>
  text[locale] ?? text[fallback] ?? Object.values(text)[0];

/** A contact channel as a schema.org ContactPoint. Hours are left out: schema.org has no time zone for them. */
export function contactPoint(channel: Channel, locale: string, defaultLocale: string): Json {
  return {
    '@type': 'ContactPoint',
    contactType: 'customer service',
    name: textIn(channel.label, locale, defaultLocale),
    ...(channel.phone && { telephone: channel.phone }),
    ...(channel.url && { url: channel.url }),
    ...(channel.email && { email: channel.email }),
    // No areaServed means "everywhere".
    ...(channel.regions && !channel.regions.includes('worldwide') && { areaServed: channel.regions }),
    // Google reads languages by their English names.
    ...(channel.serviceLanguages && {
      availableLanguage: channel.serviceLanguages.map((l) => languageNames.of(l) ?? l),
    }),
  };
}

/** A home page: the site and the organisation behind it, with its contact points. */
export function homeData(site: SiteSettings, channels: Channel[], locale: string, homeUrl: string): Json {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${homeUrl}#website`,
        url: homeUrl,
        name: site.name,
        ...(site.tagline?.[locale] && { description: site.tagline[locale] }),
        inLanguage: locale,
        publisher: { '@id': `${homeUrl}#organization` },
      },
      {
        '@type': 'Organization',
        '@id': `${homeUrl}#organization`,
        name: site.name,
        url: homeUrl,
        contactPoint: channels.map((c) => contactPoint(c, locale, site.defaultLocale)),
      },
    ],
  };
}

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  /** Language the text is written in. */
  inLanguage: string;
  reviewed: Date;
  section: string;
}

/**
 * An article page as schema.org `Article`. Not `HowTo`: an article holds several alternative
 * methods, phrase cards and contact cards, which HowTo (one sequence of steps) cannot describe,
 * and search engines no longer show HowTo results.
 */
export function articleData(site: SiteSettings, homeUrl: string, article: ArticleFacts): Json {
  const organization = { '@type': 'Organization', name: site.name, url: homeUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    inLanguage: article.inLanguage,
    dateModified: article.reviewed.toISOString().slice(0, 10),
    articleSection: article.section,
    author: organization,
    publisher: organization,
    isPartOf: { '@type': 'WebSite', name: site.name, url: homeUrl },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLd(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
