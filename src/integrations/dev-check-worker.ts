// The content check of `npm run dev` (src/integrations/dev-check.ts), in a worker thread: checking
// thousands of articles takes seconds, and on the server's own thread it would hold back the
// server's start and every request made while a changed file is checked. Articles' facts are kept
// in the check's cache file (the build's too): a change parses one article, and a server started
// after a build parses none.
import { parentPort, workerData } from 'node:worker_threads';
import { articleTexts, readContentFiles } from '../core/content-files.ts';
import { defaultCacheFile, FactsCache } from '../core/facts-cache.ts';
import { lintContent } from '../core/lint.ts';
import type { Problem } from '../core/problems.ts';

/** What the worker answers to each "check" message. */
export type DevCheckReply = { problems: Problem[] } | { error: string };

const dir = (workerData as { dir: string }).dir;

async function check(): Promise<DevCheckReply> {
  try {
    const files = readContentFiles(dir);
    // Read again each time, so the file holds exactly the articles of this check (see FactsCache).
    const facts = new FactsCache(defaultCacheFile(dir));
    // A first start on a large site: parse the articles on every core.
    await facts.prefill(articleTexts(files));
    const problems = lintContent(files, {}, facts);
    facts.save();
    return { problems };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort!.on('message', async () => parentPort!.postMessage(await check()));
