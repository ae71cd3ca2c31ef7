// The response headers the build asks servers to send, per file: out/renderer/headers.json, written by
// build/scripts/prerender.ts (a Link preload for the render-blocking boot script, so the browser fetches it
// while the page itself is still arriving). Read by the app:// protocol (electron/main/protocol.ts) and by the
// local static server (build/scripts/static-server.mjs). Plain JavaScript so that both can import it.
import { relative, sep } from 'node:path';

/**
 * Parses headers.json. Missing, malformed or odd entries give no headers (never an error): only header names
 * made of letters and hyphens (returned in lower case, so a server's own headers of the same name replace them)
 * with printable single-line values are kept.
 * @param {string} text
 * @returns {Record<string, Record<string, string>>}
 */
export function parseResponseHeaders(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object') return {};
  const result = {};
  for (const [path, headers] of Object.entries(parsed)) {
    if (!headers || typeof headers !== 'object') continue;
    result[path] = Object.fromEntries(
      Object.entries(headers)
        .filter(([name, value]) => /^[a-z-]+$/i.test(name) && typeof value === 'string' && /^[\t\x20-\x7e]*$/.test(value))
        .map(([name, value]) => [name.toLowerCase(), value]),
    );
  }
  return result;
}

/**
 * The headers asked for a file served from `root` (keys are paths from the renderer folder, "/index.html").
 * @param {Record<string, Record<string, string>>} manifest what parseResponseHeaders returned
 * @param {string} root the renderer folder, resolved
 * @param {string} filePath the file being served, inside `root`
 * @returns {Record<string, string>}
 */
export function headersForFile(manifest, root, filePath) {
  return manifest[`/${relative(root, filePath).split(sep).join('/')}`] ?? {};
}

/** The file name, inside the renderer folder, of the headers the build asks for. */
export const RESPONSE_HEADERS_FILE = 'headers.json';

/** The page whose <meta http-equiv="Content-Security-Policy"> is the one source of the atlas's policy. */
export const POLICY_PAGE = 'index.html';

/** Sent when the page carries no policy (a broken build): nothing loads, rather than everything. */
export const FALLBACK_CONTENT_SECURITY_POLICY = "default-src 'none'";

/**
 * The Content-Security-Policy of renderer/index.html's meta element, which both servers also send as a header
 * (one source of truth: the header can never differ from the meta). FALLBACK_CONTENT_SECURITY_POLICY when absent.
 * @param {string} html
 * @returns {string}
 */
export function contentSecurityPolicyOf(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy["'\s/>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const policy = (content?.[1] ?? content?.[2] ?? '').replace(/\s+/g, ' ').trim();
    if (policy && /^[\x20-\x7e]+$/.test(policy)) return policy;
  }
  return FALLBACK_CONTENT_SECURITY_POLICY;
}
