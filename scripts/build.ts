// `npm run build`: builds the site into a fresh folder, then swaps it into place, so a failed
// build leaves the previous dist/ untouched. Content mistakes print as `file: message`, no stack.
import { build } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBeforeBuild } from './lib/check-run.ts';

const outDir = resolve(process.env.PANDU_OUT_DIR || 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

// A swap cut short (the process killed between its two renames) leaves the last good site in
// `previous` and none at `outDir`: put it back first, whatever this build does next.
if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);

// The writers' check (`npm run check`) first: a content mistake stops here with its file:line.
if (!(await checkBeforeBuild())) {
  console.error(`Build stopped; ${outDir} is unchanged.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
try {
  process.env.PANDU_OUT_DIR = staging;
  await build({ root: process.cwd(), outDir: staging, logLevel: process.env.PANDU_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nBuild failed; ${outDir} is unchanged.\n${message}`);
  process.exit(1);
}

// Swap: old dist/ aside, new one in, old one removed.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${outDir}`);
