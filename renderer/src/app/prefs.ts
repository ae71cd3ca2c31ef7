// Reading the user's effective display preferences from the document root, where the settings layer
// writes them (data-theme, data-motion). Figures use these hooks instead of reaching into settings.
import { useSyncExternalStore } from 'react';

function subscribeToRoot(callback: () => void): () => void {
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-motion', 'data-theme'] });
  return () => observer.disconnect();
}

/** True when the reader asked for reduced motion (in settings, or through the OS when set to follow it). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeToRoot,
    () => document.documentElement.dataset.motion === 'reduce',
    () => false,
  );
}

/** The effective theme currently applied ('light' | 'dark' | 'projector'). */
export function useEffectiveTheme(): string {
  return useSyncExternalStore(
    subscribeToRoot,
    () => document.documentElement.dataset.theme ?? 'light',
    () => 'light',
  );
}
