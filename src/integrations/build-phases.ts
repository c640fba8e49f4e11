// Marks the phases of `astro build` for the build's progress lines (src/lib/build-phases.ts):
// content sync (config, content layer) until astro:build:start, then bundling (MDX compiled by
// Vite) until the last bundle is written, then page rendering until astro:build:generated.
// `timed()` wraps another integration's astro:build:done as a phase of its own.
import type { AstroIntegration } from 'astro';
import { endPhase, startPhase } from '../lib/build-phases.ts';

export default function buildPhases(): AstroIntegration {
  return {
    name: 'pandu-build-phases',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        startPhase('content sync');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pandu-build-phases',
                // Runs after every environment is bundled and before Astro renders the pages
                // (Astro's own page generation is a later 'post' buildApp hook).
                buildApp: { order: 'post', handler: async () => startPhase('page render') },
              },
            ],
          },
        });
      },
      'astro:build:start': () => startPhase('MDX compile and bundle'),
      'astro:build:generated': () => {
        endPhase();
      },
    },
  };
}

/**
 * The integrations, with their astro:build:done hooks timed together as the phase `name`: the
 * first starts it, the last ends it (Astro runs the hooks one after another, in order).
 */
export function timed(name: string, ...integrations: AstroIntegration[]): AstroIntegration[] {
  return integrations.map((integration, i) => {
    const done = integration.hooks['astro:build:done'];
    const first = i === 0;
    const last = i === integrations.length - 1;
    return {
      ...integration,
      hooks: {
        ...integration.hooks,
        'astro:build:done': async (options) => {
          if (first) startPhase(name);
          try {
            await done?.(options);
          } finally {
            if (last) endPhase();
          }
        },
      },
    };
  });
}
