// Every picture says what it shows, for readers who cannot see it.
import { problem } from '../problems.ts';
import type { RuleCheck } from './shared.ts';

export const imageAlt: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) =>
    article.facts.images
      .filter((image) => !image.alt?.trim())
      .map((image) => {
        const how = image.markdown
          ? 'between the brackets: ![What the picture shows](…)'
          : 'in alt="What the picture shows"';
        return problem(
          'image-alt',
          article.file,
          image.at,
          `This image has no alt text. Describe what it shows ${how}.`,
        );
      }),
  );
