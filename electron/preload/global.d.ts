// Renderer typing of the desktop bridge: `window.atlas` exists in Electron (set by electron/preload)
// and is absent in the web edition, hence optional. Only renderer/src/platform should read it.
import type { AtlasApi } from '../common/api';

declare global {
  interface Window {
    atlas?: AtlasApi;
  }
}

export {};
