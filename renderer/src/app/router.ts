// Hash-based routes (work the same under app://atlas and any static file server): parsing, building
// and a hook that re-renders on navigation. Routes are part of the serializable atlas state.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'lesson'; slug: string; anchor?: string }
  | { name: 'glossary'; termId?: string }
  | { name: 'references' }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  switch (parts[0]) {
    case 'lesson':
      return parts[1] ? { name: 'lesson', slug: parts[1], ...(parts[2] ? { anchor: parts[2] } : {}) } : { name: 'home' };
    case 'glossary':
      return { name: 'glossary', ...(parts[1] ? { termId: parts[1] } : {}) };
    case 'references':
      return { name: 'references' };
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'not-found', path };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'lesson':
      return `#/lesson/${encodeURIComponent(route.slug)}${route.anchor ? `/${encodeURIComponent(route.anchor)}` : ''}`;
    case 'glossary':
      return `#/glossary${route.termId ? `/${encodeURIComponent(route.termId)}` : ''}`;
    case 'references':
      return '#/references';
    case 'settings':
      return '#/settings';
    case 'not-found':
      return `#/${route.path}`;
  }
}

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = href;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

let serverHash = '';
/** The route a build-time (pre)render shows; in the browser the location's hash is used. */
export function setServerHash(hash: string): void {
  serverHash = hash;
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => serverHash);
}
