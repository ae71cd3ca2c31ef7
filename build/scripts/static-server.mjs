// A minimal static file server for the built renderer on 127.0.0.1 only: used by `npm start` when the
// Electron binary is absent, by the end-to-end tests and by the benchmarks. No directory listings.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersForFile, parseResponseHeaders, RESPONSE_HEADERS_FILE } from '../../electron/common/response-headers.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside `root`, or null when it would escape it. */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = normalize(join(root, decoded));
  return target === root || target.startsWith(root + sep) ? target : null;
}

/**
 * Starts serving `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }.
 * `extraRoutes` maps a URL path to a file outside `dir` (used by tests for fixture pages).
 */
export function serveStatic(dir, { port = 0, host = '127.0.0.1', extraRoutes = {} } = {}) {
  const root = resolve(dir);
  // Extra headers per file, as the build asks (electron/common/response-headers.mjs); read again whenever a
  // rebuild has rewritten the file, so a running server never advertises an old boot script.
  const headersFile = join(root, RESPONSE_HEADERS_FILE);
  let headersCache = { mtimeMs: -1, headers: {} };
  const extraHeadersFor = (file) => {
    let mtimeMs;
    try {
      mtimeMs = statSync(headersFile).mtimeMs;
    } catch {
      return {}; // no headers file: plain responses
    }
    if (mtimeMs !== headersCache.mtimeMs) {
      let text = '';
      try {
        text = readFileSync(headersFile, 'utf8');
      } catch {
        /* unreadable: no extra headers */
      }
      headersCache = { mtimeMs, headers: parseResponseHeaders(text) };
    }
    return headersForFile(headersCache.headers, root, file);
  };
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const urlPath = (req.url ?? '/').split('?')[0];
    let file = extraRoutes[urlPath] ?? resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
    if (!file) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad path');
      return;
    }
    let stats;
    try {
      stats = statSync(file);
      if (stats.isDirectory()) {
        file = join(file, 'index.html');
        stats = statSync(file);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // Content-hashed build assets never change; everything else is revalidated with its ETag.
    const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const immutable = /\/assets\//.test(urlPath) && /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath);
    if (!immutable && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, {
      ...extraHeadersFor(file), // lower-case names, so the server's own below replace any of the same name
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

// `node build/scripts/static-server.mjs <dir> [port]`: serve until stopped (used by Playwright's webServer).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'out/renderer', port = '4173'] = process.argv.slice(2);
  const { url } = await serveStatic(dir, { port: Number(port) });
  console.log(`serving ${dir} at ${url}`);
}
