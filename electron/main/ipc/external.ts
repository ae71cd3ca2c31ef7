// IPC domain: opening a reference link in the system browser, only for allow-listed https URLs
// (electron/main/security.ts); anything else resolves false and opens nothing.
import { shell } from 'electron';
import { isAllowedExternalUrl } from '../security';
import { handle } from './handle';

export async function openExternalIfAllowed(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`[atlas] refused to open a link that is not on the reference allow-list: ${url}`);
    return false;
  }
  // Checked above: https, no credentials or port, a host on the reference allow-list.
  await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

export function registerExternalIpc(): void {
  handle('atlas:open-external', (url) => openExternalIfAllowed(url));
}
