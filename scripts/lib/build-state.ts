// What `npm run build` knows of the last build of an output folder, and how much of it the next
// build can keep. After each build it writes, beside its cache, the hashes of what made that
// output: the code, the settings, every content file but the articles, every article's front
// matter and, apart, every article's text. The next build compares:
//   - nothing changed: the output is up to date, Astro does not run (the check still does);
//   - only the text of some articles changed: an incremental build (src/lib/incremental.ts);
//   - anything else (code, settings, a data file, front matter, an article added or removed, or
//     the output folder touched since): a full build, and the line printed says why.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { needsModule, splitArticle } from '../../src/lib/article-source.ts';
import { cacheDir, outputSettings } from '../../src/lib/env.ts';
import { codeFingerprint, filesUnder } from './fingerprint.ts';

/** The inputs of a build, hashed. */
export interface BuildInputs {
  /** The site's code and dependencies (codeFingerprint: src/, public/, scripts/, config and package files). */
  code: string;
  /** Environment variables that change the output, and Node's version. */
  settings: string;
  /** Every content file that is not an article's MDX ("site.yaml", "articles/en/photo.png"). */
  files: Record<string, string>;
  /** Per article file ("articles/en/refund.mdx"): its front matter, and whether Astro bundles it as a module. */
  frontMatter: Record<string, string>;
  /** Per article file: the text after its front matter. */
  bodies: Record<string, string>;
}

/** What the state file holds: the inputs of the build that made the output, and the output's stamp. */
export interface BuildState extends BuildInputs {
  version: 1;
  /** The output folder's files (path, size, modification time), hashed: a folder touched since is not trusted. */
  output: string;
}

export type BuildDecision =
  | { kind: 'full'; reason: string }
  | { kind: 'unchanged' }
  /** `changed`: the article files (relative to the content folder) whose text changed. */
  | { kind: 'incremental'; changed: string[] };

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** Marks an article Astro bundles as a module of its own (src/lib/article-source.ts): its text changes the bundle. */
const bundled = ':module';

/** An article's MDX file, as the content loader finds them: articles/<locale>/<name>.mdx. */
const isArticle = (path: string) => /^articles\/[^/]+\/[^/]+\.mdx$/.test(path);

/** Reads and hashes the inputs of a build of `content`. */
export function readBuildInputs(content: string): BuildInputs {
  const inputs: BuildInputs = {
    code: codeFingerprint(),
    settings: hash(JSON.stringify({ ...outputSettings(), node: process.version })),
    files: {},
    frontMatter: {},
    bodies: {},
  };
  for (const path of filesUnder(content)) {
    const bytes = readFileSync(join(content, path));
    if (!isArticle(path)) {
      inputs.files[path] = hash(bytes);
      continue;
    }
    const { frontMatter, body } = splitArticle(bytes.toString('utf8'));
    inputs.frontMatter[path] = `${hash(frontMatter)}${needsModule(body) ? bundled : ''}`;
    inputs.bodies[path] = hash(body);
  }
  return inputs;
}

/** The stamp of an output folder: its files' paths, sizes and modification times, hashed. */
export function outputStamp(outDir: string): string | undefined {
  if (!existsSync(outDir)) return undefined;
  const all = createHash('sha256');
  for (const path of filesUnder(outDir)) {
    const { size, mtimeMs } = statSync(join(outDir, path));
    all.update(`${path}\0${size}\0${mtimeMs}\n`);
  }
  return all.digest('hex').slice(0, 16);
}

/** Where the state of the last build of `outDir` is kept: in the build's cache folder, one file per output folder. */
export function stateFile(outDir: string): string {
  return join(resolve(cacheDir()), 'pandu-builds', `${hash(resolve(outDir))}.json`);
}

export function readBuildState(outDir: string): BuildState | undefined {
  try {
    const state = JSON.parse(readFileSync(stateFile(outDir), 'utf8')) as BuildState;
    return state.version === 1 ? state : undefined;
  } catch {
    return undefined; // none yet, or unreadable: a full build writes a new one
  }
}

export function writeBuildState(outDir: string, inputs: BuildInputs): void {
  const file = stateFile(outDir);
  mkdirSync(dirname(file), { recursive: true });
  const state: BuildState = { version: 1, ...inputs, output: outputStamp(outDir) ?? '' };
  writeFileSync(file, `${JSON.stringify(state)}\n`);
}

/** The first key whose value differs between two records (added and removed keys included). */
function firstDifference(before: Record<string, string>, now: Record<string, string>): string | undefined {
  for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) if (before[key] !== now[key]) return key;
  return undefined;
}

/** How much of the last build (`previous`, its output now stamped `stamp`) this one keeps. */
export function decideBuild(
  previous: BuildState | undefined,
  stamp: string | undefined,
  inputs: BuildInputs,
): BuildDecision {
  if (!previous) return { kind: 'full', reason: 'no earlier build of this output folder' };
  if (stamp === undefined || stamp !== previous.output)
    return { kind: 'full', reason: 'the output folder changed since the last build' };
  if (previous.code !== inputs.code) return { kind: 'full', reason: 'the code or its dependencies changed' };
  if (previous.settings !== inputs.settings) return { kind: 'full', reason: 'the build settings changed' };
  const file = firstDifference(previous.files, inputs.files);
  if (file) return { kind: 'full', reason: `${file} ${describe(previous.files, inputs.files, file)}` };
  const article = firstDifference(previous.frontMatter, inputs.frontMatter);
  if (article) {
    const [before, now] = [previous.frontMatter[article], inputs.frontMatter[article]];
    const what =
      before === undefined || now === undefined
        ? describe(previous.frontMatter, inputs.frontMatter, article)
        : before.endsWith(bundled) !== now.endsWith(bundled)
          ? `it ${now.endsWith(bundled) ? 'began' : 'stopped'} using import, export or a picture (Astro bundles such an article)`
          : 'front matter changed';
    return { kind: 'full', reason: `${article}: ${what}` };
  }
  const changed = Object.keys(inputs.bodies)
    .filter((id) => previous.bodies[id] !== inputs.bodies[id])
    .sort();
  if (!changed.length) return { kind: 'unchanged' };
  return { kind: 'incremental', changed };
}

const describe = (before: Record<string, string>, now: Record<string, string>, key: string) =>
  !(key in before) ? 'was added' : !(key in now) ? 'was removed' : 'changed';

/** Reads the inputs and the last build's state of `outDir`, and decides; `full` forces a full build. */
export function planBuild(
  content: string,
  outDir: string,
  full: boolean,
): { inputs: BuildInputs; decision: BuildDecision } {
  const inputs = readBuildInputs(content);
  if (full) return { inputs, decision: { kind: 'full', reason: '--full' } };
  const decision = decideBuild(readBuildState(outDir), outputStamp(outDir), inputs);
  return { inputs, decision };
}
