/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language the article text is written in; help components label themselves in it. */
    contentLocale?: string;
  }
}

declare module 'virtual:pandu-theme.css';

interface ImportMetaEnv {
  /** True under `astro dev` only, whatever NODE_ENV says: drafts show in previews, never in a build (integrations/help-content.ts). */
  readonly PANDU_SHOW_DRAFTS: boolean;
}
