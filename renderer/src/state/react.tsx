// React bindings of the atlas store: the provider, selectors, display preferences and the figure-state hook
// that makes every figure controlled (state + dispatch from a parent) or, by default, kept in the store.
import { createContext, useCallback, useContext, useMemo, useReducer, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { FigureKind } from './figure-kind';
import type { Route } from './route';
import { AtlasStore, DEFAULT_PREFS, type AtlasState, type Prefs } from './store';

export interface AtlasStoreContextValue {
  store: AtlasStore;
  /** The absolute address of a state (for "Copy link to this view"), when the app can make one. */
  linkFor?: (state: AtlasState) => string;
}

const StoreContext = createContext<AtlasStoreContextValue | null>(null);

export function AtlasStoreProvider({ store, linkFor, children }: AtlasStoreContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ store, ...(linkFor ? { linkFor } : {}) }), [store, linkFor]);
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

/** The store and link maker, or null outside a provider (a figure rendered on its own, in a test). */
export function useAtlasStoreContext(): AtlasStoreContextValue | null {
  return useContext(StoreContext);
}

export function useAtlasStore(): AtlasStore {
  const value = useContext(StoreContext);
  if (!value) throw new Error('useAtlasStore must be used inside <AtlasStoreProvider>');
  return value.store;
}

const noStore = {
  subscribe: () => () => undefined,
};

/** A slice of the atlas state; re-renders only when the slice changes (compare with Object.is). */
export function useAtlasSelector<T>(selector: (state: AtlasState) => T, fallback: T): T {
  const value = useContext(StoreContext);
  const store = value?.store;
  return useSyncExternalStore(
    store ? store.subscribe : noStore.subscribe,
    () => (store ? selector(store.getState()) : fallback),
    () => (store ? selector(store.getState()) : fallback),
  );
}

export function useRoute(): Route {
  return useAtlasSelector((s) => s.route, HOME);
}
const HOME: Route = { name: 'home' };

export function usePrefs(): Prefs {
  return useAtlasSelector((s) => s.prefs, DEFAULT_PREFS);
}

/** True when the reader asked for reduced motion (in settings, or through the OS when set to follow it). */
export function useReducedMotion(): boolean {
  return useAtlasSelector((s) => s.prefs.reducedMotion, false);
}

/** The effective theme ('light' | 'dark' | 'projector'). */
export function useEffectiveTheme(): Prefs['theme'] {
  return useAtlasSelector((s) => s.prefs.theme, 'light');
}

/** Props that make a figure controlled: its state and where its actions go. */
export interface ControlledFigureProps<S, A> {
  state?: S;
  dispatch?: (action: A) => void;
}

export interface FigureStateHandle<S, A> {
  state: S;
  dispatch: (action: A) => void;
  /** Replaces the whole state (e.g. Reset). */
  replace: (state: S) => void;
  /** The figure's element id (its key in the atlas state). */
  id: string;
}

/**
 * A figure's state: controlled when `controlled.state` and `controlled.dispatch` are given; otherwise kept in
 * the atlas store under the figure's id (so links and mirroring see it), starting from `initial`; with no
 * store (a figure rendered on its own) kept locally.
 */
export function useFigureState<S, A>(kind: FigureKind<S, A>, id: string, initial: S, controlled: ControlledFigureProps<S, A>): FigureStateHandle<S, A> {
  const context = useContext(StoreContext);
  const store = context?.store ?? null;
  const [local, localDispatch] = useReducer((s: S, a: { set: S } | { action: A }) => ('set' in a ? a.set : kind.reduce(s, a.action)), initial);
  const initialRef = useRef(initial);
  initialRef.current = initial;

  const stored = useSyncExternalStore(
    store ? store.subscribe : noStore.subscribe,
    () => (store ? (store.getState().figures[id]?.state as S | undefined) : undefined),
    () => (store ? (store.getState().figures[id]?.state as S | undefined) : undefined),
  );

  const isControlled = controlled.state !== undefined && controlled.dispatch !== undefined;
  const state = isControlled ? controlled.state! : store ? (stored ?? initial) : local;

  const controlledDispatch = controlled.dispatch;
  const dispatch = useCallback(
    (action: A) => {
      if (controlledDispatch && isControlled) return controlledDispatch(action);
      if (store) {
        const current = (store.getState().figures[id]?.state as S | undefined) ?? initialRef.current;
        const next = kind.reduce(current, action);
        if (next !== current) store.dispatch({ type: 'figure', id, kind: kind.component, state: next });
        return;
      }
      localDispatch({ action });
    },
    [controlledDispatch, isControlled, store, id, kind],
  );
  const replace = useCallback(
    (next: S) => {
      if (store && !isControlled) store.dispatch({ type: 'figure', id, kind: kind.component, state: next });
      else if (!isControlled) localDispatch({ set: next });
    },
    [store, isControlled, id, kind],
  );
  return { state, dispatch, replace, id };
}

/** The props every figure accepts: its element id, controlled state, and its typed lesson attributes. */
export interface FigureProps<S, A> extends ControlledFigureProps<S, A> {
  /** Element id (default: the kind's); also the figure's key in links. */
  id?: string;
}

/** The starting state a lesson's attributes give (checked at build time; defaults if they cannot be read). */
export function initialFromProps<S>(kind: FigureKind<S, unknown>, props: object): S {
  if (!kind.fromProps) return kind.defaults;
  try {
    return kind.fromProps(props as Record<string, unknown>);
  } catch {
    return kind.defaults;
  }
}

/** A figure's state handle from its props: id, lesson attributes, and controlled or store-kept state. */
export function useFigure<S, A>(kind: FigureKind<S, A>, props: FigureProps<S, A>): FigureStateHandle<S, A> {
  const id = props.id ?? kind.defaultId;
  const attrs = JSON.stringify(Object.entries(props).filter(([, v]) => typeof v === 'string'));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initial = useMemo(() => initialFromProps(kind as FigureKind<S, unknown>, props), [kind, attrs]);
  return useFigureState(kind, id, initial, props);
}
