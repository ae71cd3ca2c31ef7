// THE atlas state (DESIGN.md "one serializable atlas state"): the route, every figure's state on the
// screen and the effective display preferences, in one small external store with pure transitions.
// Deep links, presenter mirroring, handouts and quiz items all read and write this object.
import * as z from 'zod/mini';
import { NoticeList } from './notices';
import { sameScreen, type Route } from './route';

/** Version of the serialized atlas state (links carry it as v=…). */
export const STATE_VERSION = 1;

export interface Prefs {
  /** The theme in effect (the "system" choice already resolved). */
  theme: 'light' | 'dark' | 'projector';
  reducedMotion: boolean;
  /** Text size multiplier (1 = 100 %). */
  textScale: number;
}

export interface FigureEntry {
  /** The figure's component name ("CytokineFigure"): which kind reads `state`. */
  kind: string;
  state: unknown;
}

export interface AtlasState {
  v: typeof STATE_VERSION;
  route: Route;
  /** States of the figures on this screen that differ from their start (by figure element id). */
  figures: Readonly<Record<string, FigureEntry>>;
  prefs: Prefs;
}

export const DEFAULT_PREFS: Prefs = Object.freeze({ theme: 'light', reducedMotion: false, textScale: 1 });

const routeSchema = z.union([
  z.object({ name: z.literal('home') }),
  z.object({ name: z.literal('lesson'), slug: z.string(), anchor: z.optional(z.string()) }),
  z.object({ name: z.literal('handout'), slug: z.string(), notes: z.optional(z.boolean()) }),
  z.object({ name: z.literal('glossary'), termId: z.optional(z.string()) }),
  z.object({ name: z.literal('references'), key: z.optional(z.string()) }),
  z.object({ name: z.literal('model'), anchor: z.optional(z.string()) }),
  z.object({ name: z.literal('settings') }),
  z.object({ name: z.literal('quiz'), view: z.optional(z.literal('stats')) }),
  z.object({ name: z.literal('present'), slug: z.string(), step: z.int().check(z.gte(1)), blackout: z.optional(z.literal(true)) }),
  z.object({ name: z.literal('not-found'), path: z.string() }),
]);

/** The shape of a serialized atlas state (figure states are checked by their own kinds). */
export const atlasStateSchema = z.object({
  v: z.literal(STATE_VERSION),
  route: routeSchema,
  figures: z.record(z.string(), z.object({ kind: z.string(), state: z.unknown() })),
  prefs: z.object({ theme: z.enum(['light', 'dark', 'projector']), reducedMotion: z.boolean(), textScale: z.number().check(z.gte(0.5), z.lte(3)) }),
});

export function initialAtlasState(route: Route = { name: 'home' }, prefs: Prefs = DEFAULT_PREFS): AtlasState {
  return { v: STATE_VERSION, route, figures: {}, prefs };
}

export type AtlasAction =
  /** Another screen (its figures start afresh, or from `figures`); the same screen keeps its figures. */
  | { type: 'navigate'; route: Route; figures?: Readonly<Record<string, FigureEntry>> }
  | { type: 'figure'; id: string; kind: string; state: unknown }
  | { type: 'figure/reset'; id: string }
  | { type: 'prefs'; prefs: Partial<Prefs> }
  | { type: 'restore'; state: AtlasState };

function samePrefs(a: Prefs, b: Prefs): boolean {
  return a.theme === b.theme && a.reducedMotion === b.reducedMotion && a.textScale === b.textScale;
}

function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The store's pure transition. Returns the same object when nothing changes. */
export function reduceAtlas(state: AtlasState, action: AtlasAction): AtlasState {
  switch (action.type) {
    case 'navigate': {
      if (action.figures === undefined && sameScreen(state.route, action.route)) {
        return sameRoute(state.route, action.route) ? state : { ...state, route: action.route };
      }
      return { ...state, route: action.route, figures: action.figures ?? {} };
    }
    case 'figure': {
      const current = state.figures[action.id];
      if (current && current.kind === action.kind && current.state === action.state) return state;
      return { ...state, figures: { ...state.figures, [action.id]: { kind: action.kind, state: action.state } } };
    }
    case 'figure/reset': {
      if (!(action.id in state.figures)) return state;
      const { [action.id]: _removed, ...rest } = state.figures;
      return { ...state, figures: rest };
    }
    case 'prefs': {
      const prefs = { ...state.prefs, ...action.prefs };
      return samePrefs(prefs, state.prefs) ? state : { ...state, prefs };
    }
    case 'restore':
      return action.state;
  }
}

type Listener = () => void;

export class AtlasStore {
  private state: AtlasState;
  /** Visible notices (not part of the serialized state). */
  readonly notices = new NoticeList();
  private readonly listeners = new Set<Listener>();

  constructor(initial: AtlasState = initialAtlasState()) {
    this.state = initial;
  }

  getState = (): AtlasState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch = (action: AtlasAction): void => {
    const next = reduceAtlas(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const l of [...this.listeners]) l();
  };
}
