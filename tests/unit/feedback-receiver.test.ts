// scripts/feedback-receiver.ts, the local receiver of docs/feedback.md: it stores what the
// "Was this article helpful?" widget posts, one JSON line per answer, refuses anything else, and
// leads a reader without JavaScript back to the article. Also: the CSP allows the endpoint and,
// for Google Apps Script, the origin it redirects to.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedbackReceiver } from '../../scripts/feedback-receiver.ts';
import { contentSecurityPolicy } from '../../src/lib/security-headers.ts';
import { tmpRoot } from '../helpers/paths.ts';

const dir = join(tmpRoot, 'feedback-receiver');
const out = join(dir, 'feedback.jsonl');
let receiver: Awaited<ReturnType<typeof startFeedbackReceiver>>;

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  receiver = await startFeedbackReceiver({ port: 0, out });
});
afterAll(() => receiver?.close());

const post = (fields: Record<string, string>) =>
  fetch(receiver.url, { method: 'POST', body: new URLSearchParams(fields) });
const lines = () =>
  readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const vote = { article: 'phrasebook', locale: 'id', page: 'https://help.example.org/id/phrasebook/', helpful: 'no' };

describe('the local feedback receiver', () => {
  it('appends a vote, then a comment, as JSON lines, and answers with a way back to the article', async () => {
    const first = await post(vote);
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<a href="https://help.example.org/id/phrasebook/">Kembali ke artikel</a>');
    expect((await post({ ...vote, comment: '  Nomor telepon tidak aktif.  ' })).status).toBe(200);
    const [a, b] = lines();
    expect(a).toMatchObject(vote);
    expect(a.comment).toBeUndefined();
    expect(b).toMatchObject({ ...vote, comment: 'Nomor telepon tidak aktif.' });
    expect(new Date(b.received).getTime()).not.toBeNaN();
  });

  it('refuses what is not an answer of the widget, and writes nothing for it', async () => {
    const before = lines().length;
    for (const [fields, reason] of [
      [{ ...vote, helpful: 'maybe' }, 'helpful'],
      [{ ...vote, article: '../etc' }, 'article'],
      [{ ...vote, page: 'javascript:alert(1)' }, 'page'],
      [{ ...vote, comment: 'x'.repeat(1001) }, 'comment'],
    ] as const) {
      const response = await post(fields);
      expect(response.status, reason).toBe(400);
      expect(await response.text()).toContain(reason);
    }
    expect((await fetch(receiver.url)).status).toBe(405);
    expect(lines().length).toBe(before);
  });
});

describe('the CSP for a feedback endpoint', () => {
  it('allows the endpoint for fetch and form posts, and nothing else', () => {
    const csp = contentSecurityPolicy({ feedbackEndpoint: 'https://formspree.io/f/abcdwxyz' });
    expect(csp).toContain("connect-src 'self' https://formspree.io;");
    expect(csp).toContain("form-action 'self' https://formspree.io;");
  });

  it('also allows the origin a Google Apps Script web app redirects its answer to', () => {
    const csp = contentSecurityPolicy({ feedbackEndpoint: 'https://script.google.com/macros/s/AKfy/exec' });
    expect(csp).toContain("connect-src 'self' https://script.google.com https://script.googleusercontent.com;");
    expect(csp).toContain("form-action 'self' https://script.google.com https://script.googleusercontent.com;");
  });
});
