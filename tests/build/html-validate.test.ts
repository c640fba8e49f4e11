// html-validate (recommended rules, .htmlvalidate.mjs) on every built page: the real site, and a
// variant with the markup the real site does not show (feedback form, untranslated fallback page).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { siteDir } from '../helpers/paths.ts';
import { feedbackContent } from '../fixtures/feedback/content.ts';

const validator = new HtmlValidate(config);

/** "en/x/index.html:3:14  message  rule" for every problem in every page of a built site. */
async function problems(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      found.push(...result.messages.map((m: Message) => `${file}:${m.line}:${m.column}  ${m.message}  ${m.ruleId}`));
    }
  }
  return found;
}

let variant: BuildResult;
beforeAll(() => {
  variant = buildSite({
    name: 'html-validate-variant',
    content: feedbackContent('html-validate-variant', 'https://feedback.example.org/help'),
  });
});

describe('html-validate', () => {
  it('finds no problem on any page of the real site', async () => {
    expect(htmlFiles(siteDir).length).toBeGreaterThan(20);
    expect(await problems(siteDir)).toEqual([]);
  });

  it('finds no problem on pages with the feedback form and an untranslated fallback', async () => {
    expect(variant.ok, variant.output).toBe(true);
    expect(readFileSync(join(variant.outDir, 'id/only-in-english/index.html'), 'utf8')).toContain('data-feedback');
    expect(await problems(variant.outDir)).toEqual([]);
  });

  it('reports a broken page (the gate can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><ul role="list"><li><div></li></ul><button>Go</button></body></html>',
      'broken.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['close-order', 'no-implicit-button-type']));
    expect(rules).not.toContain('no-redundant-role');
  });
});
