// The writers' side of Astro: <Method> numbers written while MDX compiles (lib/method-numbers.ts),
// and under `npm run dev` the content check's own messages for mistakes Astro would otherwise
// answer with a stack trace, plus live reloads of the files Astro does not watch (dev-check.ts).
import type { AstroIntegration } from 'astro';
import { methodNumbers } from '../lib/method-numbers.ts';
import { devContentCheck } from './dev-check.ts';

export default function helpContent(): AstroIntegration {
  return {
    name: 'pandu-help-content',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const processor = config.markdown.processor;
        // Sätteri is Astro 7's default; its options are meant to be extended in place by integrations.
        if (processor.name !== 'satteri') throw new Error(`Pandu numbers <Method> tags with a Sätteri plugin; markdown.processor "${processor.name}" would not run it.`);
        const options = processor.options as { mdastPlugins: unknown[] };
        options.mdastPlugins.push(methodNumbers);
        if (command === 'dev') updateConfig({ vite: { plugins: [devContentCheck()] } });
      },
    },
  };
}
