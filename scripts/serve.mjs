// A static file server for the demo: serves demo/, js/ and dist/ from the repository on
// localhost.  `node scripts/serve.mjs [--port N]` (or PORT=N); prints the demo's URL.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVED = ['demo', 'js', 'dist'];  // top-level folders served by default
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

// `roots`: the top-level folders of the repository to serve; `root`: serve another folder.
export function createServer({ roots = SERVED, root = ROOT } = {}) {
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    let rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (rel.endsWith('/') || rel === 'demo') rel = path.join(rel, 'index.html');
    const file = path.resolve(root, rel);
    const top = path.relative(root, file).split(path.sep)[0];
    if (!file.startsWith(root + path.sep) || (roots && !roots.includes(top))) {
      res.writeHead(404).end('not found');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        // The demo must run without eval and never load anything from elsewhere.
        'Content-Security-Policy':
          "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:",
      });
      res.end(body);
    });
  });
}

// Listens on `port`, or the next free one; resolves to the port used.
export function listen(server, port, host = '127.0.0.1', tries = 20) {
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      if (err.code === 'EADDRINUSE' && tries > 1) resolve(listen(server, port + 1, host, tries - 1));
      else reject(err);
    });
    server.listen(port, host, () => resolve(server.address().port));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : process.env.PORT ?? 8080);
  const server = createServer();
  const used = await listen(server, port);
  console.log(`corroborate demo: http://localhost:${used}/demo/`);
}
