// Sandboxed CommonJS preload: exposes the AtlasApi as `window.atlas`, one named function per operation
// over ipcRenderer.invoke, and one on<Event>(listener) → unsubscribe per push event of the contract. Never exposes
// ipcRenderer itself (nor the IPC event, whose `sender` is ipcRenderer); imports only electron and channel names.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AtlasApi, Unsubscribe } from '../common/api';
import { CHANNELS, EVENTS, type IpcEventPayloads, type IpcResults } from '../common/channels';

function invoke<C extends keyof IpcResults>(channel: C, ...args: unknown[]): Promise<IpcResults[C]> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResults[C]>;
}

type EventName = keyof IpcEventPayloads;

/**
 * The renderer's listeners of one push event. The IPC listener is registered when the preload runs (before any
 * page script), so with `keepUntilHeard` an event that arrives before the page listens — a link that opened the
 * running app while it was still loading — is kept and given to the first listener instead of being lost.
 */
function eventHub<E extends EventName>(event: E, { keepUntilHeard = false } = {}): (listener: (payload: IpcEventPayloads[E]) => void) => Unsubscribe {
  const listeners = new Set<(payload: IpcEventPayloads[E]) => void>();
  let unheard: { payload: IpcEventPayloads[E] } | undefined;
  ipcRenderer.on(event, (_event: IpcRendererEvent, payload: IpcEventPayloads[E]) => {
    if (listeners.size === 0) {
      if (keepUntilHeard) unheard = { payload };
      return;
    }
    for (const listener of [...listeners]) listener(payload);
  });
  return (listener) => {
    if (typeof listener !== 'function') throw new TypeError(`${event}: the listener must be a function`);
    listeners.add(listener);
    if (unheard) {
      const { payload } = unheard;
      unheard = undefined;
      listener(payload);
    }
    return () => {
      listeners.delete(listener);
    };
  };
}

const api: AtlasApi = {
  edition: 'desktop',
  appInfo: () => invoke(CHANNELS.appInfo),
  getSettings: () => invoke(CHANNELS.getSettings),
  setSettings: (patch) => invoke(CHANNELS.setSettings, patch),
  getProgress: () => invoke(CHANNELS.getProgress),
  updateLessonProgress: (update) => invoke(CHANNELS.updateLessonProgress, update),
  getReviews: () => invoke(CHANNELS.getReviews),
  appendReviews: (events) => invoke(CHANNELS.appendReviews, events),
  importReviews: (events) => invoke(CHANNELS.importReviews, events),
  onReviewsChanged: eventHub(EVENTS.reviewsChanged),
  openExternal: (url) => invoke(CHANNELS.openExternal, url),
  saveTextFile: (file) => invoke(CHANNELS.saveTextFile, file),
  saveHandoutPdf: (request) => invoke(CHANNELS.saveHandoutPdf, request),
  onSettingsChanged: eventHub(EVENTS.settingsChanged),
  onOpenLink: eventHub(EVENTS.openLink, { keepUntilHeard: true }),
  openPresenter: (route) => invoke(CHANNELS.openPresenter, route),
  sendMirror: (message) => invoke(CHANNELS.sendMirror, message),
  onMirror: eventHub(EVENTS.mirror),
};

contextBridge.exposeInMainWorld('atlas', Object.freeze(api));
