// IPC domain: learner progress (read with recovery notice, one lesson update at a time).
// Registered through the validating wrapper; the store is injected.
import type { ProgressStore } from '../services/progress-store';
import { handle } from './handle';

export function registerProgressIpc(store: Pick<ProgressStore, 'get' | 'update'>): void {
  handle('atlas:progress-get', () => store.get());
  handle('atlas:progress-update', (update) => store.update(update));
}
