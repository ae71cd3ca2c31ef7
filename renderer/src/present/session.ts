// The presentation's whole state as one serializable object (lesson, step, blackout, every figure's state with its
// time, play state and speed) — what a presenter window sends and an audience window applies to mirror it exactly.
import * as z from 'zod/mini';
import { atlasStateSchema, STATE_VERSION, type AtlasStore, type FigureEntry } from '../state/store';
import { checkState, type AnyFigureKind } from '../state/figure-kind';
import type { PresentRoute } from './steps';

export interface PresentationState {
  v: typeof STATE_VERSION;
  route: PresentRoute;
  figures: Record<string, FigureEntry>;
}

const presentationSchema = z.object({
  v: z.literal(STATE_VERSION),
  route: atlasStateSchema.shape.route,
  figures: atlasStateSchema.shape.figures,
});

/** The presentation's state now (null when the store does not show a presentation). A plain, cloneable object. */
export function getPresentationState(store: AtlasStore): PresentationState | null {
  const state = store.getState();
  if (state.route.name !== 'present') return null;
  return { v: STATE_VERSION, route: state.route, figures: { ...state.figures } };
}

/**
 * Applies a received presentation state whole (route and every figure's state), or refuses it with a reason: the
 * shape, the route and each figure's state (by its own kind's schema) are checked; nothing is applied on a failure.
 */
export function applyPresentationState(store: AtlasStore, received: unknown, kinds: ReadonlyMap<string, AnyFigureKind>): { ok: true } | { ok: false; message: string } {
  const parsed = z.safeParse(presentationSchema, received);
  if (!parsed.success) return { ok: false, message: 'not a presentation state' };
  const { route, figures } = parsed.data;
  if (route.name !== 'present') return { ok: false, message: 'not a presentation route' };
  const checked: Record<string, FigureEntry> = {};
  for (const [id, entry] of Object.entries(figures)) {
    const kind = kinds.get(entry.kind);
    if (!kind) return { ok: false, message: `unknown figure kind “${entry.kind}”` };
    try {
      checked[id] = { kind: entry.kind, state: checkState(kind.schema, entry.state, entry.kind) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  store.dispatch({ type: 'navigate', route: route as PresentRoute, figures: checked });
  return { ok: true };
}
