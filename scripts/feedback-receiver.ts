// A local receiver for "Was this article helpful?": `npm run feedback-receiver [-- --port 8787
// --out feedback.jsonl]`. Set `feedbackEndpoint: http://127.0.0.1:8787/feedback` in
// content/site.yaml, build, preview, and every vote and comment lands as one JSON line in the
// output file. For trying the widget and for a small self-hosted set-up behind a proxy
// (docs/feedback.md); listens on 127.0.0.1 only unless --host says otherwise.
import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

/** One answer as the widget sends it (form-encoded): see src/components/Feedback.astro. */
export interface FeedbackEntry {
  received: string;
  article: string;
  locale: string;
  page: string;
  helpful: 'yes' | 'no';
  comment?: string;
}

const maxBody = 8 * 1024;

/** The fields of a post, or why they are not a feedback answer. */
export function readFeedback(body: string, now = new Date()): FeedbackEntry | string {
  const fields = new URLSearchParams(body);
  const article = fields.get('article') ?? '';
  const locale = fields.get('locale') ?? '';
  const page = fields.get('page') ?? '';
  const helpful = fields.get('helpful');
  const comment = fields.get('comment')?.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(article)) return 'article: expected an article slug';
  if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) return 'locale: expected a language code';
  if (!/^https?:\/\//.test(page)) return 'page: expected the URL of the page';
  if (helpful !== 'yes' && helpful !== 'no') return 'helpful: expected "yes" or "no"';
  if (comment && comment.length > 1000) return 'comment: at most 1,000 characters';
  return { received: now.toISOString(), article, locale, page, helpful, ...(comment && { comment }) };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Without JavaScript the reader's browser lands here after posting: a page that leads back. */
function thanksPage(entry: FeedbackEntry): string {
  const [thanks, back] =
    entry.locale === 'id'
      ? ['Terima kasih atas jawaban Anda.', 'Kembali ke artikel']
      : ['Thank you for your answer.', 'Back to the article'];
  return `<!doctype html><html lang="${escape(entry.locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${thanks}</title><p>${thanks}</p><p><a href="${escape(entry.page)}">${back}</a></p></html>`;
}

export interface ReceiverOptions {
  port?: number;
  host?: string;
  /** JSON Lines file the answers are appended to. */
  out: string;
  /** Called with each answer written (for tests and logs). */
  onEntry?: (entry: FeedbackEntry) => void;
}

export async function startFeedbackReceiver({
  port = 8787,
  host = '127.0.0.1',
  out,
  onEntry,
}: ReceiverOptions): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain; charset=utf-8' });
      return res.end('POST the fields of the feedback form here.\n');
    }
    let body = '';
    let tooBig = false;
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > maxBody) {
        tooBig = true;
        req.destroy();
      }
    });
    req.on('end', () => {
      if (tooBig) return;
      const entry = readFeedback(body);
      if (typeof entry === 'string') {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end(`Not a feedback answer: ${entry}\n`);
      }
      appendFileSync(out, `${JSON.stringify(entry)}\n`);
      onEntry?.(entry);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(thanksPage(entry));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/feedback`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      out: { type: 'string', default: 'feedback.jsonl' },
    },
  });
  const receiver = await startFeedbackReceiver({
    port: Number(values.port),
    host: values.host,
    out: values.out,
    onEntry: (e) =>
      console.log(`${e.received}  ${e.locale}/${e.article}  ${e.helpful}${e.comment ? `  "${e.comment}"` : ''}`),
  });
  console.log(
    `Receiving feedback on ${receiver.url}; writing to ${values.out}. Set feedbackEndpoint: ${receiver.url} in content/site.yaml.`,
  );
}
