// Pure security decisions of the desktop shell: which external links may open in the system browser,
// which URLs the window may navigate to or request, and the permission verdicts. No 'electron' import.
import { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl as isAllowedByCommonRules } from '../common/external-links';

/** The app's own origin: the renderer is served as app://atlas/… by electron/main/protocol.ts. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'atlas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Reference hosts a lesson may link to; anything else never leaves the app. Exact host match only.
 * One list for both editions: electron/common/external-links.ts (the web edition uses it too).
 */
export const EXTERNAL_HOST_ALLOW_LIST: readonly string[] = EXTERNAL_LINK_HOSTS;

/** Longest external URL accepted (the IPC schema uses the same bound). */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

function hasControlOrSpace(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True only for https URLs without credentials or an explicit port whose host is exactly one of
 * EXTERNAL_HOST_ALLOW_LIST (so "doi.org.evil.example" and "evil-doi.org" are refused). Stricter than the
 * shared rule: whitespace, control characters and backslashes are refused instead of being normalised.
 */
export function isAllowedExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return false;
  if (hasControlOrSpace(raw) || raw.includes('\\')) return false;
  return isAllowedByCommonRules(raw);
}

/** True for URLs of the app's own origin (app://atlas/…), the only place the window may show. */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  // Node's URL reports origin "null" for non-special schemes, so compare the parts instead.
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/** Schemes the session lets the renderer request at all; everything else (http, https, file, ws…) is cancelled. */
export const ALLOWED_REQUEST_SCHEMES: readonly string[] = Object.freeze(['app:', 'devtools:', 'data:']);

/** Verdict of the session's request filter for one URL. */
export function isAllowedRequestUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (url.protocol === `${APP_SCHEME}:`) return isAppUrl(raw);
  return ALLOWED_REQUEST_SCHEMES.includes(url.protocol);
}

export interface NavigationDecision {
  /** Whether the navigation may proceed inside the window. */
  allow: boolean;
  /** Whether the URL should instead be handed to the system browser (allow-listed https reference). */
  openExternally: boolean;
}

/**
 * What the window does when something tries to navigate it (link click, location change, redirect):
 * stay inside app://atlas; an allow-listed reference link goes to the system browser instead.
 */
export function decideNavigation(raw: unknown): NavigationDecision {
  if (isAppUrl(raw)) return { allow: true, openExternally: false };
  return { allow: false, openExternally: isAllowedExternalUrl(raw) };
}

/** What `window.open` / target=_blank does: never a new Electron window; maybe the system browser. */
export function decideWindowOpen(raw: unknown): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(raw) };
}

/**
 * The atlas needs no web permission (camera, notifications, geolocation, …) but one: the fullscreen API, which
 * presentation mode uses (F, or Present) — the page covers its own window only, and Esc always leaves it.
 */
export function permissionRequestVerdict(permission: string): boolean {
  return permission === 'fullscreen';
}

/** Permission checks (navigator.permissions, feature probes) are answered the same way. */
export function permissionCheckVerdict(permission: string): boolean {
  return permissionRequestVerdict(permission);
}
