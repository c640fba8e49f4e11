// What `npm test` needs besides npm's packages: Chromium and nginx. Missing ones are installed
// when this process may do so (root with apt-get, as on a fresh CI machine), quietly with one
// line of progress; otherwise it stops at once with one line per missing tool and its command.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, findNginx, installCommand, type SystemPackage } from './system-tools.ts';

const logFile = resolve('tests/.tmp/install.log');

async function missingTools(): Promise<SystemPackage[]> {
  const missing: SystemPackage[] = [];
  if (!(await findChromium())) missing.push(installCommand('Chromium'));
  if (!findNginx()) missing.push(installCommand('nginx'));
  return missing;
}

/** Runs the commands with their output in tests/.tmp/install.log; true when all succeed. */
function runQuietly(commands: string[][]): boolean {
  mkdirSync(resolve(logFile, '..'), { recursive: true });
  let log = '';
  for (const [command, ...args] of commands) {
    const result = spawnSync(command!, args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    log += `$ ${[command, ...args].join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}\n`;
    writeFileSync(logFile, log);
    if (result.status !== 0) return false;
  }
  return true;
}

/** Exit code for `npm test`'s pre-step: 0 when Chromium and nginx are there (or now installed). */
export async function ensureTestTools(): Promise<number> {
  let missing = await missingTools();
  if (missing.length === 0) return 0;
  const installable = missing.filter((m) => m.autoInstall);
  if (installable.length === missing.length) {
    const usesApt = installable.some((m) => m.autoInstall!.some(([command]) => command === 'apt-get'));
    console.log(
      `Installing ${missing.map((m) => m.tool).join(' and ')} for the browser and hosting tests (once; log: tests/.tmp/install.log)…`,
    );
    const ok = runQuietly([
      ...(usesApt ? [['apt-get', 'update', '-qq']] : []),
      ...installable.flatMap((m) => m.autoInstall!),
    ]);
    missing = await missingTools();
    if (ok && missing.length === 0) return 0;
    console.error(`Installing failed; see tests/.tmp/install.log.`);
  }
  for (const m of missing)
    console.error(
      `${m.tool} is missing: the browser${m.tool === 'nginx' ? ' hosting' : ''} tests need it. Install it with: ${m.install}`,
    );
  return 1;
}
