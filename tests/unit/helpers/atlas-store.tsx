// Rendering a figure the way the atlas does: inside an atlas store (so its state is kept there, and display
// preferences such as reduced motion come from the store, not from the document).
import type { ReactNode } from 'react';
import { AtlasStoreProvider } from '../../../renderer/src/state/react';
import { AtlasStore, DEFAULT_PREFS, initialAtlasState, type Prefs } from '../../../renderer/src/state/store';

export function storeWith(prefs: Partial<Prefs> = {}): AtlasStore {
  return new AtlasStore(initialAtlasState({ name: 'home' }, { ...DEFAULT_PREFS, ...prefs }));
}

/** Wraps `children` in an atlas store with these display preferences. */
export function InAtlas({ children, prefs = {}, store = storeWith(prefs) }: { children: ReactNode; prefs?: Partial<Prefs>; store?: AtlasStore }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}
