// The app's atlas store and the address bar kept in step with it: a link (typed, clicked, Back/Forward,
// or bite-atlas:// from the desktop) is decoded whole and applied, or refused with a message that names
// what is wrong; every change of the state is written back into the address (replace, not a new entry).
import { decodeAtlasHash, encodeAtlasHash, type CodecContext } from '../state/codec';
import type { Route } from '../state/route';
import { setRestoreScroll } from '../state/scroll';
import { AtlasStore, initialAtlasState, type AtlasState } from '../state/store';
import { findLesson } from '../data/content';
import { FIGURE_KINDS } from '../lessons/figure-kinds';

const NO_FIGURES: ReadonlyMap<string, string> = new Map();

/** What the codec needs to know about this atlas: its figure kinds and which figures each screen shows. */
export const codecContext: CodecContext = {
  kinds: FIGURE_KINDS,
  figuresOn(route: Route) {
    switch (route.name) {
      case 'lesson':
      case 'handout': // a handout draws the lesson's figures, in the states its link gives
      case 'present': {
        const meta = findLesson(route.slug);
        return meta ? new Map((meta.figures ?? []).map((f) => [f.id, f.component])) : null;
      }
      case 'not-found':
        return null;
      case 'model': // the Model page has no figures (its targets are computed, not kept in the state)
      default:
        return NO_FIGURES;
    }
  },
};

export function hashOf(state: Pick<AtlasState, 'route' | 'figures'>): string {
  return encodeAtlasHash(state, codecContext);
}

/** The message a reader sees when a link cannot be opened. */
export function linkErrorMessage(reason: string): string {
  return `This link could not be opened: ${reason}. Nothing was changed.`;
}

/**
 * A store for the address the atlas was opened at. A state link that cannot be read opens its screen (if
 * there is one) as it would open without the link's settings, and the message says why.
 */
export function createAtlasStoreFromHash(hash: string, onError: (message: string) => void): AtlasStore {
  const decoded = decodeAtlasHash(hash, codecContext);
  if (decoded.ok) return new AtlasStore({ ...initialAtlasState(decoded.route), figures: decoded.figures });
  onError(`This link could not be opened: ${decoded.message}. The atlas opened without its settings.`);
  const fallback = decodeAtlasHash(hash.split('?')[0] ?? '', codecContext);
  return new AtlasStore(initialAtlasState(fallback.ok ? fallback.route : { name: 'home' }));
}

/** How often the address may be rewritten while a figure plays (browsers throttle history calls). */
const WRITE_DELAY_MS = 300;

/**
 * Keeps `window.location.hash` and the store in step. Returns the function that stops it.
 * - hashchange (links, typing, Back/Forward): decoded and applied whole, or refused with `onError`;
 * - store changes: the address is replaced (after a short delay while things move);
 * - the scroll position is kept in each history entry, so Back returns to where the reader was.
 */
export function startUrlSync(store: AtlasStore, onError: (message: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  let poppedScroll: number | undefined;
  // The address as this sync last left it: if it differs when a write is due, the reader has just navigated and
  // the hashchange has not been handled yet — the address is theirs, not ours to overwrite.
  let known = window.location.hash;

  const write = (): void => {
    timer = undefined;
    if (window.location.hash !== known) return;
    const hash = hashOf(store.getState());
    if (hash !== window.location.hash) history.replaceState(history.state, '', hash);
    known = window.location.hash;
  };

  const onHashChange = (): void => {
    const decoded = decodeAtlasHash(window.location.hash, codecContext);
    if (!decoded.ok) {
      onError(linkErrorMessage(decoded.message));
      history.replaceState(history.state, '', hashOf(store.getState()));
      known = window.location.hash;
      return;
    }
    known = window.location.hash;
    if (poppedScroll !== undefined) setRestoreScroll(poppedScroll);
    poppedScroll = undefined;
    store.dispatch(decoded.stateLink ? { type: 'navigate', route: decoded.route, figures: decoded.figures } : { type: 'navigate', route: decoded.route });
    // A plain link to the screen already shown keeps its figures: write them back into the address.
    if (timer === undefined) timer = setTimeout(write, 0);
  };

  const onPopState = (event: PopStateEvent): void => {
    const y = (event.state as { scrollY?: unknown } | null)?.scrollY;
    poppedScroll = typeof y === 'number' ? y : undefined;
  };

  const onScroll = (): void => {
    if (scrollTimer !== undefined) return;
    scrollTimer = setTimeout(() => {
      scrollTimer = undefined;
      history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '');
    }, 500);
  };

  const unsubscribe = store.subscribe(() => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  });
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('popstate', onPopState);
  window.addEventListener('scroll', onScroll, { passive: true });
  // The address the atlas opened at, as the store understood it (a bad state link is replaced).
  write();
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('scroll', onScroll);
    if (timer !== undefined) clearTimeout(timer);
    if (scrollTimer !== undefined) clearTimeout(scrollTimer);
  };
}

/** Opens a link given as text (a bite-atlas:// link from the desktop, or "#/…"). */
export function openLink(hash: string): void {
  if (hash === window.location.hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = hash.replace(/^#?/, '#');
}

