// Wires the pure decisions of security.ts into Electron: session permission handlers and request filter,
// and the per-webContents guards (navigation, redirects, window.open, <webview>) applied to every window.
import { app, shell, type Session, type WebContents } from 'electron';
import {
  decideNavigation,
  decideWindowOpen,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  permissionCheckVerdict,
  permissionRequestVerdict,
} from './security';

/** Hands an allow-listed reference link to the system browser; anything else is dropped; failures are logged, never thrown. */
function openInSystemBrowser(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  // Checked on the line above: https, no credentials or port, a host on the reference allow-list.
  shell.openExternal(url).catch((error: unknown) => { // eng-disable OPEN_EXTERNAL_JS_CHECK
    console.warn(`[atlas] could not open ${url} in the system browser:`, error);
  });
}

/** Denies every permission, cancels every request that is not app:, devtools: or data:, refuses downloads. */
export function setupSessionSecurity(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(permissionRequestVerdict(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => permissionCheckVerdict(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`[atlas] blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event) => event.preventDefault());
}

/** Guards one webContents: it stays on app://atlas, opens no windows and attaches no <webview>. */
export function guardWebContents(contents: WebContents): void {
  // Top-level navigation (link click, location change): stay in the app; a reference opens outside.
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openInSystemBrowser(event.url);
  });
  // Sub-frames (should the CSP ever allow one) may not leave the app either; main frames are handled above.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !decideNavigation(event.url).allow) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!decideNavigation(event.url).allow) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openInSystemBrowser(url);
    return { action: decision.action };
  });
}

/** Applies guardWebContents to every webContents the app ever creates (windows, devtools excluded by type). */
export function setupWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
