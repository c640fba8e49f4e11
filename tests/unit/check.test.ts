// `npm run check` as a writer meets it: compiler-style lines, --json, exit codes, the same lines
// from the build with no stack trace, and the real content passing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/core/content-files.ts';
import { lintContent } from '../../src/core/lint.ts';
import { ruleIds } from '../../src/core/rule-list.ts';
import { jsonSchemas } from '../../scripts/schemas.ts';
import { repoRoot } from '../helpers/paths.ts';
import { lintFixture, todayText, writeFixture } from './check-helpers.ts';

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--today', todayText, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const shown = (dir: string, file: string) => relative(repoRoot, resolve(dir, file));

describe('npm run check', () => {
  it('prints one compiler-style line per problem and exits 1 on an error', () => {
    const dir = writeFixture('check-cli-error', 'link-target-absolute');
    const { status, stdout } = check('--content', dir);
    expect(status).toBe(1);
    expect(stdout).toContain(
      `${shown(dir, 'articles/en/guide.mdx')}:10:5  error  Link to "/id/refund" has no article: no file is named refund.mdx in any locale.  (link-target)`,
    );
    expect(stdout).toContain('1 error, 0 warnings.');
  });

  it('exits 0 when there are only warnings', () => {
    const dir = writeFixture('check-cli-warning', 'channel-verified');
    const { status, stdout } = check('--content', dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /channels\.yaml:11:17 {2}warning {2}The facts of channel "chat" were last verified 679 days ago \(more than 180\)\./,
    );
  });

  it('takes the number of days channel facts stay fresh from --verified-within', () => {
    const dir = writeFixture('check-cli-days', 'channel-verified');
    expect(check('--content', dir, '--verified-within', '700').stdout).toContain('No problems found.');
  });

  it('gives tools JSON with the same facts', () => {
    const dir = writeFixture('check-cli-json', 'phrase-meaning');
    const { status, stdout } = check('--content', dir, '--json');
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      errors: 1,
      warnings: 0,
      problems: [
        {
          file: shown(dir, 'articles/en/guide.mdx'),
          line: 10,
          column: 1,
          rule: 'phrase-meaning',
          severity: 'error',
          message:
            'This phrase is in "id", but the article is in "en": write what it means in en between <Phrase …> and </Phrase>.',
        },
      ],
    });
  });

  it('finds no errors in the real content', () => {
    const errors = lintContent(readContentFiles(resolve(repoRoot, 'content'))).filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file}:${p.line}: ${p.message} (${p.rule})`)).toEqual([]);
  });
});

describe('messages in plain words', () => {
  const message = (name: string) => lintFixture(name)[0]!.message;
  it.each([
    [
      'mdx-syntax-unclosed-tag',
      '<Tip> is never closed. Add </Tip> after its content, on a line of its own with a blank line before it.',
    ],
    [
      'mdx-syntax-less-than',
      'A "<" followed by "3" is read as the start of a tag. To write a less-than sign, write \\< instead.',
    ],
    ['mdx-syntax-html-comment', 'HTML comments (<!-- … -->) do not work in MDX. Write a comment as {/* … */}.'],
    [
      'mdx-syntax-brace',
      'A "{" starts code that is never closed with "}". To write a curly brace as text, write \\{ instead.',
    ],
    [
      'mdx-syntax-mismatched-tag',
      '</Warning> does not match <Tip> opened on line 8. Close <Tip> first with </Tip>: tags close in the reverse order they were opened.',
    ],
    [
      'mdx-syntax-export-word',
      'A paragraph cannot start with the word "export": MDX reads it as code. Start with a capital ("Export …") or reword the sentence.',
    ],
    [
      'undefined-name',
      '"about" is not defined: MDX reads the text between { and } as code, and the page cannot be built. To show {about} as text, write \\{about\\}; a comment is written {/* … */}.',
    ],
    [
      'blank-line-after-esm',
      'Add a blank line after the import on line 8: without it, MDX reads this line as code too.',
    ],
    [
      'yaml-syntax-front-matter',
      'This line cannot be read: a value that contains ": " must be in quotes, and each field starts at the same indentation. Write it as title: "Sample guide: part two".',
    ],
    ['front-matter-unknown-field', 'Unknown field "catgory": did you mean "category"?'],
    ['front-matter-wrong-type', '"order" must be a number, not "first".'],
    [
      'unknown-component',
      '<Tips> is not a component. Did you mean <Tip>? The components are: Method, Steps, Tip, Warning, Phrase, ContactCard, DecisionTree.',
    ],
    [
      'link-target-missing-dotdot',
      'Link to "other/" leads to /en/guide/other/, which is no page of the site. To link to the article "other", write ../other/.',
    ],
    [
      'link-anchor',
      'Link to "../other/#next-step": the page other has no section "#next-step". Did you mean "#next-steps"? Sections: #next-steps.',
    ],
  ])('%s', (name, expected) => {
    expect(message(name)).toBe(expected);
  });
});

describe('the rules stay in step with the site', () => {
  it.each(Object.keys(jsonSchemas()))('keeps %s in step with the zod schemas (npm run schemas)', (file) => {
    expect(readFileSync(resolve(repoRoot, file), 'utf8')).toBe(jsonSchemas()[file]);
  });

  it('points every YAML file at its JSON schema', () => {
    const pointer = (file: string) =>
      /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(resolve(repoRoot, file), 'utf8'))?.[1];
    expect(pointer('content/site.yaml')).toBe('../schemas/site.schema.json');
    expect(pointer('content/categories.yaml')).toBe('../schemas/categories.schema.json');
    expect(pointer('content/channels.yaml')).toBe('../schemas/channels.schema.json');
    expect(pointer('content/ui/en.yaml')).toBe('../../schemas/ui.schema.json');
    expect(pointer('content/ui/id.yaml')).toBe('../../schemas/ui.schema.json');
  });

  it('explains every rule in docs/writing.md', () => {
    const guide = readFileSync(resolve(repoRoot, 'docs/writing.md'), 'utf8');
    expect(ruleIds.filter((id) => !guide.includes(`\`${id}\``))).toEqual([]);
  });
});
