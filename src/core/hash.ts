// The fingerprint of an article's translatable text. A translation records the fingerprint of
// the source it was made from (translatedFrom.hash); when the source's fingerprint changes, the
// translation is stale. Only the words count: no git history, no file dates, and edits that
// change nothing a reader sees (line endings, trailing spaces, extra blank lines) keep the hash.
import { createHash } from 'node:crypto';

export interface TranslatableText {
  title: string;
  description: string;
  body: string;
}

export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** First 12 hex digits of SHA-256 over the normalised title, description and body. */
export function sourceHash({ title, description, body }: TranslatableText): string {
  const text = [title, description, body].map(normalizeText).join('\n\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
