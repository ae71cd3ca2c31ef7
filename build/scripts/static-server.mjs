// A minimal static file server for the built renderer on 127.0.0.1 only: used by `npm start` when the
// Electron binary is absent, by the end-to-end tests and by the benchmarks. No directory listings; only regular
// files whose real path lies inside the folder; only requests addressed to 127.0.0.1:<port> or localhost:<port>
// (a page on another site cannot reach it through DNS rebinding); read errors end one response, never the server.
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import {
  contentSecurityPolicyOf,
  headersForFile,
  parseResponseHeaders,
  POLICY_PAGE,
  RESPONSE_HEADERS_FILE,
} from '../../electron/common/response-headers.mjs';
import { openServedFile } from '../../electron/common/served-file.mjs';

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
 * A file's contents-derived value, re-read only when a rebuild has rewritten it (so a running server never
 * advertises an old boot script or policy): `derive(text)` of the file, `derive('')` when it is missing.
 */
function followFile(filePath, derive) {
  let cache = { mtimeMs: -1, value: derive('') };
  return () => {
    let mtimeMs;
    try {
      mtimeMs = statSync(filePath).mtimeMs;
    } catch {
      return derive('');
    }
    if (mtimeMs !== cache.mtimeMs) {
      let text = '';
      try {
        text = readFileSync(filePath, 'utf8');
      } catch {
        /* unreadable: as if missing */
      }
      cache = { mtimeMs, value: derive(text) };
    }
    return cache.value;
  };
}

/**
 * Starts serving `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }.
 * `extraRoutes` maps a URL path to a file outside `dir` (used by tests for fixture pages).
 */
export function serveStatic(dir, { port = 0, host = '127.0.0.1', extraRoutes = {} } = {}) {
  const root = resolve(dir);
  // Extra headers per file, as the build asks (electron/common/response-headers.mjs), and the page's CSP, which is
  // also sent as a header (the same policy as index.html's meta).
  const extraHeaders = followFile(join(root, RESPONSE_HEADERS_FILE), parseResponseHeaders);
  const policy = followFile(join(root, POLICY_PAGE), contentSecurityPolicyOf);
  let allowedHosts = new Set();
  const plain = (res, status, text) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(text);

  const respond = async (req, res) => {
    if (!allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) {
      plain(res, 421, 'This server answers only requests for 127.0.0.1 or localhost on its own port.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const urlPath = (req.url ?? '/').split('?')[0];
    let file = extraRoutes[urlPath] ?? resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
    if (!file) {
      plain(res, 400, 'Bad path');
      return;
    }
    const servedRoot = extraRoutes[urlPath] ? resolve(file, '..') : root;
    let served = await openServedFile(servedRoot, file);
    // A folder is served as its index.html (never listed).
    if (served.kind === 'not-found' && !extraRoutes[urlPath]) {
      let isFolder = false;
      try {
        isFolder = statSync(file).isDirectory();
      } catch {
        /* missing */
      }
      if (isFolder) {
        file = join(file, 'index.html');
        served = await openServedFile(root, file);
      }
    }
    if (served.kind !== 'file') {
      plain(res, served.kind === 'forbidden' ? 403 : 404, served.kind === 'forbidden' ? 'Forbidden' : 'Not found');
      return;
    }
    const { handle: fileHandle, size, mtimeMs } = served;
    // Content-hashed build assets never change; everything else is revalidated with its ETag.
    const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
    const immutable = /\/assets\//.test(urlPath) && /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath);
    if (!immutable && req.headers['if-none-match'] === etag) {
      await fileHandle.close().catch(() => undefined);
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, {
      ...headersForFile(extraHeaders(), root, file), // lower-case names, so the server's own below replace any of the same name
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      'content-security-policy': policy(),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') {
      await fileHandle.close().catch(() => undefined);
      res.end();
      return;
    }
    // A read that fails half-way (an I/O error, a file cut short by a rebuild) or a client that goes away ends this
    // response only; the file is closed either way.
    pipeline(fileHandle.createReadStream(), res, (error) => {
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') console.warn(`[static-server] could not finish sending ${file}: ${error.message}`);
    });
  };
  const server = createServer((req, res) => {
    respond(req, res).catch((error) => {
      console.warn(`[static-server] ${req.url}: ${error?.message ?? error}`);
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      allowedHosts = new Set([`${host}:${address.port}`, `127.0.0.1:${address.port}`, `localhost:${address.port}`]);
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

/**
 * Serves `dir` on the preferred port, or on any free port when that one is taken; then `note` says so and why it
 * matters: the browser keeps saved settings and progress per address, so those saved at the usual address do not
 * show at the other one.
 */
export async function serveOnPreferredPort(dir, preferredPort) {
  try {
    return { ...(await serveStatic(dir, { port: preferredPort })), note: null };
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    const started = await serveStatic(dir, { port: 0 });
    const usual = `http://127.0.0.1:${preferredPort}/`;
    return {
      ...started,
      note:
        `Port ${preferredPort} is already in use (another copy of the atlas, or another program), so the atlas is served at ${started.url} instead. ` +
        `Settings and reading progress saved in the browser belong to the address they were saved at (${usual}), so they do not show here: ` +
        `close whatever uses port ${preferredPort} and run npm start again to see them (or set ATLAS_PORT to choose a port).`,
    };
  }
}

// `node build/scripts/static-server.mjs <dir> [port]`: serve until stopped (used by Playwright's webServer).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'out/renderer', port = '4173'] = process.argv.slice(2);
  const { url } = await serveStatic(dir, { port: Number(port) });
  console.log(`serving ${dir} at ${url}`);
}
