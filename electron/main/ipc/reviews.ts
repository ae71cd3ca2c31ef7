// IPC domain: the self-quiz's review log (read with recovery notice, validated appends and imports merged by id).
// Registered through the validating wrapper; the store is injected.
import type { ReviewStore } from '../services/review-store';
import { handle } from './handle';

export function registerReviewsIpc(store: Pick<ReviewStore, 'get' | 'append' | 'import'>): void {
  handle('atlas:reviews-get', () => store.get());
  handle('atlas:reviews-append', (events) => store.append(events));
  handle('atlas:reviews-import', (events) => store.import(events));
}
