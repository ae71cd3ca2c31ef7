// Plain channel-name constants and result types of the IPC contract, importable by the sandboxed
// preload without pulling in zod (electron/common/ipc.ts holds the argument schemas). Never imports 'electron'.
import type { AppInfo, Loaded } from './api';
import type { IpcChannel, IpcEvent } from './ipc';
import type { Progress } from './progress';
import type { AppendResult, ImportResult, ReviewLog, ReviewsChange } from './reviews';
import type { Settings } from './settings';
import type { MirrorMessage } from './mirror';

/** One constant per operation; the values are exactly the keys of `ipcContract`. */
export const CHANNELS = {
  appInfo: 'atlas:app-info',
  getSettings: 'atlas:settings-get',
  setSettings: 'atlas:settings-set',
  getProgress: 'atlas:progress-get',
  updateLessonProgress: 'atlas:progress-update',
  getReviews: 'atlas:reviews-get',
  appendReviews: 'atlas:reviews-append',
  importReviews: 'atlas:reviews-import',
  openExternal: 'atlas:open-external',
  saveTextFile: 'atlas:save-text-file',
  openPresenter: 'atlas:presenter-open',
  sendMirror: 'atlas:mirror-send',
  saveHandoutPdf: 'atlas:save-handout-pdf',
} as const satisfies Record<string, IpcChannel>;

/** What each channel's handler resolves to (the renderer receives it through `invoke`). */
export interface IpcResults {
  'atlas:app-info': AppInfo;
  'atlas:settings-get': Loaded<Settings>;
  'atlas:settings-set': Settings;
  'atlas:progress-get': Loaded<Progress>;
  'atlas:progress-update': Progress;
  'atlas:reviews-get': Loaded<ReviewLog>;
  'atlas:reviews-append': AppendResult;
  'atlas:reviews-import': ImportResult;
  'atlas:open-external': boolean;
  'atlas:save-text-file': boolean;
  /** true when a new presenter window opened, false when the open one was brought to the front. */
  'atlas:presenter-open': boolean;
  /** How many other windows the message reached. */
  'atlas:mirror-send': number;
  'atlas:save-handout-pdf': boolean;
}

// Compile-time proof that CHANNELS, IpcResults and ipcContract name the same channels.
type MissingFromChannels = Exclude<IpcChannel, (typeof CHANNELS)[keyof typeof CHANNELS]>;
type MissingFromResults = Exclude<IpcChannel, keyof IpcResults> | Exclude<keyof IpcResults, IpcChannel>;
export const CHANNELS_ARE_COMPLETE: [MissingFromChannels, MissingFromResults] extends [never, never] ? true : never = true;

/** One constant per push event (main → renderer); the values are exactly the keys of `ipcEventContract`. */
export const EVENTS = {
  settingsChanged: 'atlas:settings-changed',
  reviewsChanged: 'atlas:reviews-changed',
  openLink: 'atlas:open-link',
  mirror: 'atlas:mirror',
} as const satisfies Record<string, IpcEvent>;

/** The payload each push event carries (what the renderer's listener receives). */
export interface IpcEventPayloads {
  'atlas:settings-changed': Settings;
  'atlas:reviews-changed': ReviewsChange;
  'atlas:open-link': string;
  'atlas:mirror': MirrorMessage;
}

type MissingFromEvents = Exclude<IpcEvent, (typeof EVENTS)[keyof typeof EVENTS]>;
type MissingFromPayloads = Exclude<IpcEvent, keyof IpcEventPayloads> | Exclude<keyof IpcEventPayloads, IpcEvent>;
export const EVENTS_ARE_COMPLETE: [MissingFromEvents, MissingFromPayloads] extends [never, never] ? true : never = true;
