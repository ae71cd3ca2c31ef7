// Plain channel-name constants and result types of the IPC contract, importable by the sandboxed
// preload without pulling in zod (electron/common/ipc.ts holds the argument schemas). Never imports 'electron'.
import type { AppInfo, Loaded } from './api';
import type { IpcChannel } from './ipc';
import type { Progress } from './progress';
import type { Settings } from './settings';

/** One constant per operation; the values are exactly the keys of `ipcContract`. */
export const CHANNELS = {
  appInfo: 'atlas:app-info',
  getSettings: 'atlas:settings-get',
  setSettings: 'atlas:settings-set',
  getProgress: 'atlas:progress-get',
  updateLessonProgress: 'atlas:progress-update',
  openExternal: 'atlas:open-external',
} as const satisfies Record<string, IpcChannel>;

/** What each channel's handler resolves to (the renderer receives it through `invoke`). */
export interface IpcResults {
  'atlas:app-info': AppInfo;
  'atlas:settings-get': Loaded<Settings>;
  'atlas:settings-set': Settings;
  'atlas:progress-get': Loaded<Progress>;
  'atlas:progress-update': Progress;
  'atlas:open-external': boolean;
}

// Compile-time proof that CHANNELS, IpcResults and ipcContract name the same channels.
type MissingFromChannels = Exclude<IpcChannel, (typeof CHANNELS)[keyof typeof CHANNELS]>;
type MissingFromResults = Exclude<IpcChannel, keyof IpcResults> | Exclude<keyof IpcResults, IpcChannel>;
export const CHANNELS_ARE_COMPLETE: [MissingFromChannels, MissingFromResults] extends [never, never] ? true : never = true;
