/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language the article text is written in; help components label themselves in it. */
    contentLocale?: string;
  }
}

declare module 'virtual:pandu-theme.css';
