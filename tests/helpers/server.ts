// A small static server for browser tests: serves a built dist/ under a base path, like a
// static host (directory index, content types, 404.html for missing paths, and the headers of the
// build's _headers file, so every browser test runs under the strict Content-Security-Policy).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';
import { extname, join, normalize } from 'node:path';
import { createServer as createNetServer, type AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  /** Origin plus base path, ending in "/": http://127.0.0.1:port/help/ */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, basePath = '/'): Promise<StaticServer> {
  const headerFile = join(root, '_headers');
  const rules = existsSync(headerFile) ? parseHeadersFile(readFileSync(headerFile, 'utf8')) : [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file: string, status = 200) => {
      const headers = Object.assign(
        {},
        ...rules.filter((r) => path.startsWith(r.path.replace(/\*$/, ''))).map((r) => r.headers),
      );
      res.writeHead(status, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    };
    if (!path.startsWith(basePath)) return send(join(root, '404.html'), 404);
    const relative = normalize(path.slice(basePath.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await send(file);
    } catch {
      await send(join(root, '404.html'), 404).catch(() => {
        res.writeHead(404);
        res.end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on right now, for a server started by another program. */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
