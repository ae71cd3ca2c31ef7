// The presentation's pure logic: which step a command leads to and exactly which figure states that step
// shows (its script, decoded with the figure kinds' own link rules), as atlas-store actions. No DOM, no React.
import type { AnyFigureKind } from '../state/figure-kind';
import type { Route } from '../state/route';
import type { AtlasAction, FigureEntry } from '../state/store';
import type { LessonMeta, LessonStepMeta } from '../data/content';

export type PresentRoute = Extract<Route, { name: 'present' }>;

export type PresentCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; step: number }
  | { type: 'blackout'; on?: boolean };

export function stepCount(meta: Pick<LessonMeta, 'steps'>): number {
  return Math.max(1, meta.steps.length);
}

/** A step number kept inside the lesson (1 … count). */
export function clampStep(meta: Pick<LessonMeta, 'steps'>, step: number): number {
  return Math.min(stepCount(meta), Math.max(1, Math.round(Number.isFinite(step) ? step : 1)));
}

export function stepAt(meta: Pick<LessonMeta, 'steps'>, step: number): LessonStepMeta | undefined {
  return meta.steps[clampStep(meta, step) - 1];
}

/**
 * The figure states a step shows: its script decoded by the figure's kind (the same fields and rules a link is read
 * with; the build has checked them), or none — every other figure of the step starts from its lesson attributes.
 */
export function stepFigures(meta: Pick<LessonMeta, 'steps' | 'figures'>, step: number, kinds: ReadonlyMap<string, AnyFigureKind>): Record<string, FigureEntry> {
  const script = stepAt(meta, step)?.script;
  if (!script) return {};
  const component = meta.figures.find((f) => f.id === script.figure)?.component;
  const kind = component ? kinds.get(component) : undefined;
  if (!component || !kind) return {};
  return { [script.figure]: { kind: component, state: kind.decode(new Map(Object.entries(script.fields))) } };
}

/** Where a figure is presented: the step it sits in, that step's title, and the state the step's script gives it. */
export interface FigureStep {
  /** The step (1 … count) whose content holds the figure. */
  step: number;
  count: number;
  title: string;
  /** The figure's state when that step scripts it; absent: the step shows it at its lesson attributes. */
  scripted?: FigureEntry;
}

/**
 * The step a figure sits in and what that step does to it — or null when no step lists the figure. A figure is
 * rendered once, in one step, and the build only lets a step script a figure of its own, so the figure's scripted
 * state (if any) is its own step's: the state the presentation shows when that step is entered.
 */
export function figureStep(meta: Pick<LessonMeta, 'steps' | 'figures'>, figureId: string, kinds: ReadonlyMap<string, AnyFigureKind>): FigureStep | null {
  const index = meta.steps.findIndex((s) => s.figures.includes(figureId));
  if (index < 0) return null;
  const scripted = stepFigures(meta, index + 1, kinds)[figureId];
  return { step: index + 1, count: stepCount(meta), title: meta.steps[index]!.title, ...(scripted ? { scripted } : {}) };
}

/** The route of a step (never blacked out). */
export function stepRoute(slug: string, step: number): PresentRoute {
  return { name: 'present', slug, step };
}

/**
 * The atlas action a presentation command leads to, or null when it changes nothing. Entering a step sets exactly
 * that step's figure states (so going back restores the previous step's state); while the screen is black, next
 * and previous only bring the picture back.
 */
export function presentAction(route: PresentRoute, command: PresentCommand, meta: Pick<LessonMeta, 'steps' | 'figures'>, kinds: ReadonlyMap<string, AnyFigureKind>): AtlasAction | null {
  const current = clampStep(meta, route.step);
  if (command.type === 'blackout') {
    const on = command.on ?? !route.blackout;
    if (on === Boolean(route.blackout)) return null;
    return { type: 'navigate', route: on ? { ...stepRoute(route.slug, current), blackout: true } : stepRoute(route.slug, current) };
  }
  if (route.blackout && (command.type === 'next' || command.type === 'previous')) return { type: 'navigate', route: stepRoute(route.slug, current) };
  const target =
    command.type === 'next' ? current + 1 : command.type === 'previous' ? current - 1 : command.type === 'first' ? 1 : command.type === 'last' ? stepCount(meta) : command.step;
  const step = clampStep(meta, target);
  if (step === route.step && !route.blackout) return null;
  return { type: 'navigate', route: stepRoute(route.slug, step), figures: stepFigures(meta, step, kinds) };
}

/** Whether the figures in the store still lack the step's scripted state (a plain link, Back/Forward, a first visit). */
export function needsScript(meta: Pick<LessonMeta, 'steps'>, step: number, figures: Readonly<Record<string, FigureEntry>>): boolean {
  const script = stepAt(meta, step)?.script;
  return script !== undefined && !(script.figure in figures);
}
