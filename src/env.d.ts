/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language the article text is written in; help components label themselves in it. */
    contentLocale?: string;
  }
}

declare module 'virtual:pandu-theme.css';

/** content/site.yaml, read once by astro.config.mjs (src/integrations/site.ts). */
declare module 'virtual:pandu/site' {
  const settings: import('./lib/schemas.ts').SiteSettings;
  export default settings;
}

interface ImportMetaEnv {
  /** True under `astro dev` only, whatever NODE_ENV says: drafts show in previews, never in a build (integrations/help-content.ts). */
  readonly PANDU_SHOW_DRAFTS: boolean;
}
