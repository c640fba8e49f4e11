// The writers' side of Astro: <Method> numbers written while MDX compiles (lib/method-numbers.ts),
// drafts shown only by `npm run dev`, and under `npm run dev` the content check's own messages for mistakes Astro would otherwise
// answer with a stack trace, plus live reloads of the files Astro does not watch (dev-check.ts).
import type { AstroIntegration } from 'astro';
import { isDeepStrictEqual } from 'node:util';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import { methodNumbers } from '../lib/method-numbers.ts';
import { devContentCheck } from './dev-check.ts';

export default function helpContent(): AstroIntegration {
  return {
    name: 'pandu-help-content',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const processor = config.markdown.processor;
        // Sätteri is Astro 7's default; its options are meant to be extended in place by integrations.
        if (processor.name !== 'satteri')
          throw new Error(
            `Pandu numbers <Method> tags with a Sätteri plugin; markdown.processor "${processor.name}" would not run it.`,
          );
        // Article pages compile their MDX with Astro's default settings (src/lib/article-body.ts).
        const markdown = config.markdown as unknown as Record<string, unknown>;
        const changed = [
          ...(['syntaxHighlight', 'shikiConfig'] as const).filter(
            (key) => !isDeepStrictEqual(markdown[key], markdownConfigDefaults[key]),
          ),
          ...(['gfm', 'smartypants'] as const).filter((key) => (markdown[key] ?? true) !== true),
          ...(Object.keys((processor.options as { features?: object }).features ?? {}).length
            ? ['processor.features']
            : []),
        ];
        if (changed.length)
          throw new Error(
            `astro.config.mjs sets markdown.${changed.join(', markdown.')}; article pages compile their MDX in src/lib/article-body.ts with Astro's defaults: set it there too, then lift this guard.`,
          );
        const options = processor.options as { mdastPlugins: unknown[] };
        options.mdastPlugins.push(methodNumbers);
        // Drafts show under `npm run dev` only. Not import.meta.env.DEV: that follows NODE_ENV, and a
        // build run with NODE_ENV=development (or test) must still leave drafts out.
        updateConfig({ vite: { define: { 'import.meta.env.PANDU_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        if (command === 'dev') updateConfig({ vite: { plugins: [devContentCheck({ siteBase: config.base })] } });
      },
    },
  };
}
