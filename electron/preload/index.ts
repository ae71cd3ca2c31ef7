// Sandboxed CommonJS preload: exposes the AtlasApi as `window.atlas`, one named function per operation
// over ipcRenderer.invoke. Never exposes ipcRenderer itself; imports only electron and channel names.
import { contextBridge, ipcRenderer } from 'electron';
import type { AtlasApi } from '../common/api';
import { CHANNELS, type IpcResults } from '../common/channels';

function invoke<C extends keyof IpcResults>(channel: C, ...args: unknown[]): Promise<IpcResults[C]> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResults[C]>;
}

const api: AtlasApi = {
  edition: 'desktop',
  appInfo: () => invoke(CHANNELS.appInfo),
  getSettings: () => invoke(CHANNELS.getSettings),
  setSettings: (patch) => invoke(CHANNELS.setSettings, patch),
  getProgress: () => invoke(CHANNELS.getProgress),
  updateLessonProgress: (update) => invoke(CHANNELS.updateLessonProgress, update),
  openExternal: (url) => invoke(CHANNELS.openExternal, url),
};

contextBridge.exposeInMainWorld('atlas', Object.freeze(api));
