// `npm run build`: builds the site into a fresh folder, then swaps it into place, so a failed
// build leaves the previous dist/ untouched. Content mistakes print as `file: message`, no stack.
import { build } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.PANDU_OUT_DIR || 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

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
