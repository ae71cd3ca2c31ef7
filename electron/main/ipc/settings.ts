// IPC domain: user settings (read with recovery notice, validated partial update).
// Registered through the validating wrapper; the store is injected.
import type { SettingsStore } from '../services/settings-store';
import { handle } from './handle';

export function registerSettingsIpc(store: Pick<SettingsStore, 'get' | 'set'>): void {
  handle('atlas:settings-get', () => store.get());
  handle('atlas:settings-set', (patch) => store.set(patch));
}
