// The web build served on 127.0.0.1: the first free port from 4173, files from out/renderer
// only (no path leaves it), until Ctrl+C. Used by npm start where Electron cannot be had.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** A static server for `root`; resolves with the server and its address once it listens on the first free port from `first`. */
export async function serveWeb(root, first = 4173, last = first + 50) {
  const base = normalize(root.endsWith(sep) ? root : `${root}${sep}`);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return void response.writeHead(400).end();
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base) && `${file}${sep}` !== base) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(response);
  });
  for (let port = first; port <= last; port++) {
    const listening = await new Promise((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (listening) return { server, url: `http://127.0.0.1:${port}/` };
  }
  throw new Error(`ingen ledig port mellan ${first} och ${last}`);
}
