// Heading ids the same way the Markdown processor makes them (GitHub's rules).
import { slug } from 'github-slugger';

export function slugify(text: string): string {
  return slug(text);
}
