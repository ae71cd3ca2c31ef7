// The app:// protocol: serves the built renderer (out/renderer) as app://atlas/… instead of file://: only regular
// files whose real path lies inside it, explicit MIME types, the page's CSP also as a header, 404 for anything else.
import { extname, join, resolve, sep } from 'node:path';
import { protocol, type Protocol } from 'electron';
import {
  contentSecurityPolicyOf,
  headersForFile,
  parseResponseHeaders,
  POLICY_PAGE,
  RESPONSE_HEADERS_FILE,
} from '../common/response-headers.mjs';
import { openServedFile } from '../common/served-file.mjs';
import { APP_HOST, APP_SCHEME } from './security';

/** MIME types of every kind of file the renderer build emits; unknown extensions are octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
});

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestResolution =
  | { kind: 'file'; filePath: string; mimeType: string }
  | { kind: 'not-found'; reason: string }
  | { kind: 'forbidden'; reason: string };

/**
 * Maps an app:// request URL to a file strictly inside `rootDir`, or says why it is refused.
 * Pure: touches no file system (a resolved path that does not exist becomes a 404 when read).
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): AppRequestResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'forbidden', reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { kind: 'forbidden', reason: `only ${APP_SCHEME}://${APP_HOST} is served` };
  }
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'forbidden', reason: 'malformed percent-encoding' };
  }
  if (relativePath.includes('\0')) return { kind: 'forbidden', reason: 'NUL byte in path' };
  // Any ".." segment (also when it arrived percent-encoded, or with backslashes) is refused outright.
  const segments = relativePath.split(/[\\/]+/);
  if (segments.some((segment) => segment === '..')) {
    return { kind: 'forbidden', reason: 'path traversal' };
  }
  if (relativePath === '' || relativePath === '/') relativePath = '/index.html';
  if (relativePath.endsWith('/')) return { kind: 'not-found', reason: 'directory listing is not served' };

  const root = resolve(rootDir);
  const filePath = resolve(root, `.${relativePath.startsWith('/') ? '' : '/'}${relativePath}`);
  if (!filePath.startsWith(root + sep)) return { kind: 'forbidden', reason: 'path outside the renderer folder' };
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) };
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The build's extra headers, then this server's own, which replace any of the same name (in any case). */
function withOwnHeaders(extra: Readonly<Record<string, string>>, own: Readonly<Record<string, string>>): Headers {
  const headers = new Headers(extra);
  for (const [name, value] of Object.entries(own)) headers.set(name, value);
  return headers;
}

/** The text of a file inside `root` (through the same gate as every response), or undefined. */
async function readServedText(root: string, name: string): Promise<string | undefined> {
  const file = await openServedFile(root, join(root, name));
  if (file.kind !== 'file') return undefined;
  try {
    return await file.handle.readFile('utf8');
  } catch {
    return undefined;
  } finally {
    await file.handle.close().catch(() => undefined);
  }
}

/** The request handler as a plain function of (Request) → Response, testable without Electron. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  // Read once: the build's extra headers per file (../common/response-headers.mjs) and the page's CSP, sent with
  // every response so that it also holds for anything not loaded through index.html.
  let site: Promise<{ extra: Record<string, Record<string, string>>; policy: string }> | undefined;
  const siteHeaders = () =>
    (site ??= Promise.all([readServedText(root, RESPONSE_HEADERS_FILE), readServedText(root, POLICY_PAGE)]).then(([headers, page]) => ({
      extra: parseResponseHeaders(headers ?? ''),
      policy: contentSecurityPolicyOf(page ?? ''),
    })));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const resolution = resolveAppRequest(request.url, rootDir);
    if (resolution.kind === 'forbidden') return textResponse(403, `Forbidden: ${resolution.reason}`);
    if (resolution.kind === 'not-found') return textResponse(404, 'Not found');
    const file = await openServedFile(root, resolution.filePath);
    if (file.kind === 'forbidden') return textResponse(403, `Forbidden: ${file.reason}`);
    // Missing, a folder, a FIFO or unreadable: the renderer only ever sees a 404.
    if (file.kind === 'not-found') return textResponse(404, 'Not found');
    let body: Buffer;
    try {
      body = await file.handle.readFile();
    } catch {
      return textResponse(404, 'Not found');
    } finally {
      await file.handle.close().catch(() => undefined);
    }
    const { extra, policy } = await siteHeaders();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: withOwnHeaders(headersForFile(extra, root, resolution.filePath), {
        ...SECURITY_HEADERS,
        'Content-Security-Policy': policy,
        'Content-Type': resolution.mimeType,
        'Content-Length': String(body.byteLength),
      }),
    });
  };
}

/** Must run before app 'ready': app:// behaves like https (standard, secure, fetch-able). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves out/renderer on app://atlas for the given session's protocol object. */
export function setupAppProtocol(rendererDir: string, sessionProtocol: Protocol = protocol): void {
  sessionProtocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
