// Article pages compile their MDX with Astro's default Markdown settings (src/lib/article-body.ts):
// a setting changed in astro.config.mjs must stop the build instead of being silently left out.
import { describe, expect, it } from 'vitest';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import helpContent from '../../src/integrations/help-content.ts';

function setUp(markdown: Record<string, unknown>): () => void {
  const hook = helpContent().hooks['astro:config:setup'] as (options: unknown) => void;
  const processor = { name: 'satteri', options: { mdastPlugins: [], hastPlugins: [], features: {} } };
  const config = { markdown: { ...structuredClone(markdownConfigDefaults), processor, ...markdown } };
  return () => hook({ config, command: 'build', updateConfig: () => {} });
}

describe('the Markdown settings article pages compile with', () => {
  it("accepts Astro's defaults", () => {
    expect(setUp({})).not.toThrow();
  });

  it('stops at a changed Shiki theme or smart punctuation, naming the setting and the file to change', () => {
    expect(setUp({ shikiConfig: { ...markdownConfigDefaults.shikiConfig, theme: 'nord' } })).toThrow(
      /markdown\.shikiConfig; .*src\/lib\/article-body\.ts/,
    );
    expect(setUp({ smartypants: false })).toThrow(/markdown\.smartypants/);
  });
});
