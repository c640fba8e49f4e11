// The content check of `npm run dev` (src/integrations/dev-check.ts), in a worker thread: checking
// thousands of articles takes seconds, and on the server's own thread it would hold back the
// server's start and every request made while a changed file is checked. It is the check of
// `npm run check` and the build (src/core/check-folder.ts), with their facts cache file: a change
// parses one article, and a server started after a build parses none.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentDir, optionsFromEnv, type PrintedProblem } from '../core/check-folder.ts';
import { defaultCacheFile, FactsCache } from '../core/facts-cache.ts';

/** What the worker answers to each "check" message: problems with their files as printed. */
export type DevCheckReply = { problems: PrintedProblem[] } | { error: string };

const dir = (workerData as { dir: string }).dir;
/** Read from its file once; a check after a change then reads and hashes the files, and parses only what changed. */
let facts: FactsCache | undefined;

async function check(): Promise<DevCheckReply> {
  try {
    if (facts) facts.nextRun();
    else facts = new FactsCache(defaultCacheFile(dir));
    return { problems: (await checkContentDir(dir, optionsFromEnv(), facts)).problems };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort!.on('message', async () => parentPort!.postMessage(await check()));
