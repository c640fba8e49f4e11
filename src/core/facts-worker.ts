// A worker thread that parses articles for FactsCache.prefill: many uncached articles (a first
// build of a large site) are parsed on every core instead of one.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFacts, extractHead } from './article-facts.ts';

const texts = workerData as string[];
parentPort!.postMessage(texts.map((text) => ({ head: extractHead(text), body: extractFacts(text) })));
