// The programs the browser and hosting tests drive that npm does not install: Chromium (or
// Chrome) and nginx. Found the same way by `npm test`'s pre-check (scripts/lib/prerequisites.ts)
// and by the test helpers, on Debian, Ubuntu and macOS.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromiumPath, pathDirs } from '../../src/lib/env.ts';
import { homedir } from 'node:os';

/** The first executable named `name` on PATH, or in the extra folders given. */
function onPath(names: string[], extraDirs: string[] = []): string | undefined {
  const dirs = [...pathDirs(), ...extraDirs].filter(Boolean);
  for (const name of names) for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** Chromium or Chrome: $CHROMIUM_PATH, PATH, the macOS applications, then Playwright's own download. */
export async function findChromium(): Promise<string | undefined> {
  const configured = chromiumPath();
  if (configured) return configured;
  const found =
    onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) ??
    [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      resolve(homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
      resolve(homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ].find((path) => existsSync(path));
  if (found) return found;
  // `npx playwright-core install chromium` puts a Chromium of its own in ~/.cache/ms-playwright.
  const { chromium } = await import('playwright-core');
  const own = chromium.executablePath();
  return existsSync(own) ? own : undefined;
}

/** nginx: PATH, Debian's /usr/sbin, Homebrew's folders. */
export function findNginx(): string | undefined {
  return onPath(['nginx'], ['/usr/sbin', '/usr/local/sbin', '/opt/homebrew/bin', '/usr/local/bin']);
}

/** The mime.types file that comes with this nginx (/etc/nginx on Debian, Homebrew's etc on macOS). */
export function nginxMimeTypes(nginx: string): string {
  // `nginx -V` prints its build options, --conf-path=/etc/nginx/nginx.conf among them, on stderr.
  let options = '';
  try {
    options = execFileSync(nginx, ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    options = String((error as { stderr?: string }).stderr ?? '');
  }
  const confPath = /--conf-path=(\S+)/.exec(options)?.[1];
  const candidates = [
    ...(confPath ? [join(dirname(confPath), 'mime.types')] : []),
    '/etc/nginx/mime.types',
    '/opt/homebrew/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
  ];
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}

export interface SystemPackage {
  /** What the tests call it. */
  tool: 'Chromium' | 'nginx';
  /** The command that installs it on this machine, as the user would type it. */
  install: string;
  /** The same, run by `npm test` itself when it may (root, apt-get): [command, ...args][]. */
  autoInstall?: string[][];
}

function linuxId(): string {
  try {
    return /^ID=(.*)$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]?.replace(/"/g, '') ?? '';
  } catch {
    return '';
  }
}

/** How to install a missing tool here: apt on Debian, Homebrew for nginx on macOS, Playwright's Chromium elsewhere. */
export function installCommand(tool: SystemPackage['tool']): SystemPackage {
  const root = process.getuid?.() === 0;
  const sudo = root ? '' : 'sudo ';
  const apt = process.platform === 'linux' && !!onPath(['apt-get']);
  const playwright = { tool, install: 'npx playwright-core install chromium' };
  if (tool === 'nginx') {
    if (apt)
      return {
        tool,
        install: `${sudo}apt-get install -y nginx`,
        autoInstall: root ? [['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'nginx']] : undefined,
      };
    return {
      tool,
      install: process.platform === 'darwin' ? 'brew install nginx' : 'install nginx with your package manager',
    };
  }
  // Debian packages Chromium; Ubuntu's "chromium-browser" is a snap, so Playwright's build is simpler there.
  if (apt && linuxId() === 'debian') {
    return {
      tool,
      install: `${sudo}apt-get install -y chromium`,
      autoInstall: root ? [['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']] : undefined,
    };
  }
  if (apt) {
    // The browser goes to the user's own cache; only its system libraries need root.
    const install = root
      ? 'npx playwright-core install --with-deps chromium'
      : 'npx playwright-core install chromium && sudo npx playwright-core install-deps chromium';
    return {
      tool,
      install,
      autoInstall: root ? [['npx', 'playwright-core', 'install', '--with-deps', '--no-shell', 'chromium']] : undefined,
    };
  }
  return playwright;
}
