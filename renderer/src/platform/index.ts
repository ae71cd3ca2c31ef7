// The renderer's only door to the host: the desktop preload's `window.atlas` when running in Electron,
// otherwise the web implementation of the same AtlasApi contract.
import type { AtlasApi } from '../../../electron/common/api';
import { createWebAtlas } from './web';

export type { AtlasApi, Loaded, AppInfo } from '../../../electron/common/api';

let instance: AtlasApi | null = null;

export function getPlatform(): AtlasApi {
  if (!instance) {
    const desktop = (window as Window & { atlas?: AtlasApi }).atlas;
    instance = desktop ?? createWebAtlas();
  }
  return instance;
}
