// The renderer's only door to the host: the desktop preload's `window.atlas` when running in Electron,
// otherwise the web implementation of the same AtlasApi contract — loaded on first use, so its storage
// and validation code stay out of the start-up bundle.
import type { AtlasApi, Unsubscribe } from '../../../electron/common/api';

export type { AtlasApi, Loaded, AppInfo, Unsubscribe } from '../../../electron/common/api';

/** An AtlasApi whose calls wait for the web implementation's module. */
function lazyWebAtlas(): AtlasApi {
  let impl: Promise<AtlasApi> | null = null;
  const load = () => (impl ??= import('./web').then((m) => m.createWebAtlas()));
  /** Subscribes once the module is there; unsubscribing before that cancels the subscription. */
  const subscribeLater = <L>(subscribe: (atlas: AtlasApi, listener: L) => Unsubscribe) => (listener: L): Unsubscribe => {
    let stop: Unsubscribe | null = null;
    let cancelled = false;
    void load().then((atlas) => {
      if (!cancelled) stop = subscribe(atlas, listener);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  };
  return {
    edition: 'web',
    appInfo: () => load().then((a) => a.appInfo()),
    getSettings: () => load().then((a) => a.getSettings()),
    setSettings: (patch) => load().then((a) => a.setSettings(patch)),
    getProgress: () => load().then((a) => a.getProgress()),
    updateLessonProgress: (update) => load().then((a) => a.updateLessonProgress(update)),
    getReviews: () => load().then((a) => a.getReviews()),
    appendReviews: (events) => load().then((a) => a.appendReviews(events)),
    importReviews: (events) => load().then((a) => a.importReviews(events)),
    onReviewsChanged: subscribeLater((a, listener) => a.onReviewsChanged(listener)),
    openExternal: (url) => load().then((a) => a.openExternal(url)),
    onSettingsChanged: subscribeLater((a, listener) => a.onSettingsChanged(listener)),
    onOpenLink: subscribeLater((a, listener) => a.onOpenLink(listener)),
  };
}

let instance: AtlasApi | null = null;

export function getPlatform(): AtlasApi {
  if (!instance) {
    const desktop = (window as Window & { atlas?: AtlasApi }).atlas;
    instance = desktop ?? lazyWebAtlas();
  }
  return instance;
}
