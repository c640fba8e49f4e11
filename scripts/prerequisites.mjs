// `npm test`'s pre-step (and `npm run test:unit`'s): checks what the tests need that `npm ci` does
// not install. Plain JavaScript on purpose: it must run on any Node, to say which Node is needed
// instead of failing on the first .ts file.
//   node scripts/prerequisites.mjs            Node only
//   node scripts/prerequisites.mjs --tests    Node, Chromium and nginx (installed if it may)
// @ts-check

// Node runs the .ts scripts itself from 22.18 on (type stripping); npm ci brings Node 24 on Linux x64.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  const hint =
    process.platform === 'linux' && process.arch === 'x64'
      ? 'run npm ci (it installs Node 24 for the scripts; keep optional dependencies)'
      : 'install Node 24 (https://nodejs.org/, or brew install node@24)';
  console.error(`Node ${process.versions.node} is too old for Pandu's scripts (Node >= 22.18 needed): ${hint}.`);
  process.exit(1);
}

if (process.argv.includes('--tests')) {
  const { ensureTestTools } = await import('./lib/prerequisites.ts');
  process.exitCode = await ensureTestTools();
}
