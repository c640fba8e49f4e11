// URLs written in articles: no scheme that runs code, and tel: links that any phone can dial.
import { problem, type Problem } from '../problems.ts';
import type { RuleCheck } from './shared.ts';
import { asE164, isE164, unsafeScheme } from './urls.ts';

export const articleUrls: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) => {
    const problems: Problem[] = [];
    for (const { url, at } of article.facts.urls) {
      const scheme = unsafeScheme(url);
      if (scheme) {
        problems.push(
          problem(
            'unsafe-url',
            article.file,
            at,
            `A link that starts with "${scheme}" can run code in the reader's browser. Link to an https:// page instead.`,
          ),
        );
      } else if (/^tel:/i.test(url.trim())) {
        const number = url.trim().slice(4);
        if (!isE164(number))
          problems.push(
            problem(
              'phone-e164',
              article.file,
              at,
              `The number in "${url}" is not in E.164 form: write tel:${asE164(number)} ("+", country code, digits only). Better: show the channel with <ContactCard channel="…" />.`,
            ),
          );
      }
    }
    return problems;
  });
