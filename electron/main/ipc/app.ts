// IPC domain: facts about the running app (name, version, platform, Electron/Chrome versions),
// for the renderer's about box. Registered through the validating wrapper.
import { app } from 'electron';
import type { AppInfo } from '../../common/api';
import { handle } from './handle';

export function getAppInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    edition: 'desktop',
    electron: process.versions.electron,
    chrome: process.versions.chrome,
  };
}

export function registerAppIpc(): void {
  handle('atlas:app-info', () => getAppInfo());
}
