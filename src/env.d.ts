/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language the article text is written in; help components label themselves in it. */
    contentLocale?: string;
    /** Numbering state for <Method>: how many the article has and how many are rendered. */
    methods?: { total: number; rendered: number };
  }
}

declare module 'virtual:pandu-theme.css';

/** content/site.yaml, read once by astro.config.mjs (src/integrations/site.ts). */
declare module 'virtual:pandu/site' {
  const settings: import('./lib/schemas.ts').SiteSettings;
  export default settings;
}
