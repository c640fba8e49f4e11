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
