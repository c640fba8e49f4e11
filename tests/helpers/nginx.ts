// nginx (Debian's package, or Homebrew's) on loopback, serving a built site with the server block of
// deploy/nginx.conf: the real static host the hosting and feedback browser tests run against.
// Also: a recorder of Content-Security-Policy violations in Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { basePathOf, renderNginxConf } from '../../deploy/nginx-conf.ts';
import { findNginx, installCommand, nginxMimeTypes } from '../../scripts/lib/system-tools.ts';
import { tmpRoot } from './paths.ts';
import { freePort, type StaticServer } from './server.ts';

function nginxPath(): string {
  const found = findNginx();
  if (found) return found;
  throw new Error(`nginx not found. Install it with: ${installCommand('nginx').install}`);
}

export interface NginxServer extends StaticServer {
  /** The rendered server block, for failure messages. */
  config: string;
}

/** Serves `dist` (built with its own base path) from nginx; `url` ends with the base path. */
export async function serveNginx(dist: string): Promise<NginxServer> {
  mkdirSync(tmpRoot, { recursive: true });
  const dir = mkdtempSync(join(tmpRoot, 'nginx-'));
  const port = await freePort();
  const nginx = nginxPath();
  const site = renderNginxConf({ dist, listen: `127.0.0.1:${port}`, serverName: 'localhost' });
  writeFileSync(join(dir, 'site.conf'), site);
  // Everything nginx writes stays in `dir`, so it runs without root and without touching /var.
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include ${nginxMimeTypes(nginx)};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}${basePathOf(dist)}`;
  // Wait until it answers (or fails to start).
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited:\n${readFileSync(join(dir, 'error.log'), 'utf8')}\n${site}`);
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      if (attempt > 200) throw new Error(`nginx did not answer on ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    config: site,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Records every CSP violation of the pages of a context (window.__cspViolations). The recorder is
 * an init script: the browser injects it, the page's own CSP does not apply to it.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
}
