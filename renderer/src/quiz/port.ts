// The review log through the host's API (window.atlas on the desktop, IndexedDB in the web edition): load,
// append, and follow what other windows and tabs append — re-reading the log when a change cannot be folded in
// (a large import, or a change this window missed).
import type { AtlasApi } from '../platform';
import type { ReviewEvent, ReviewPort } from './store';

export function platformReviewPort(api: AtlasApi): ReviewPort {
  let known = 0;
  return {
    async load() {
      const loaded = await api.getReviews();
      known = loaded.value.events.length;
      return { events: loaded.value.events as ReviewEvent[], ...(loaded.notice ? { notice: loaded.notice } : {}) };
    },
    async append(events) {
      const result = await api.appendReviews(events as Parameters<AtlasApi['appendReviews']>[0]);
      known = Math.max(known, result.count);
    },
    subscribe(listener) {
      return api.onReviewsChanged((change) => {
        if (change.events && known + change.events.length >= change.count) {
          known = change.count;
          listener(change.events as ReviewEvent[]);
          return;
        }
        void api.getReviews().then((loaded) => {
          known = loaded.value.events.length;
          listener(loaded.value.events as ReviewEvent[]);
        });
      });
    },
  };
}
