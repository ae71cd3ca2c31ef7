// A link to a figure of the atlas in an exact state: the lesson that shows a figure of that kind, scrolled to it, or
// the presentation step that shows it, with the state written by the kind's own link fields ("#/lesson/<slug>/<figure
// id>?v=1&fig.<key>=k:v,…", "#/present/<slug>/<step>?v=1&fig.<key>=k:v,…").
import { lessons } from '../../data/content';
import { figureKey } from '../../state/codec';
import type { FigureKind } from '../../state/figure-kind';
import { routePath, type Route } from '../../state/route';
import { STATE_VERSION } from '../../state/store';

export interface FigureTarget {
  slug: string;
  figureId: string;
  /** The presentation step showing the figure: the link opens that step rather than the lesson. */
  step?: number;
}

/** The first published lesson (in order) that shows a figure of this component, and the figure's element id. */
export function findFigure(component: string): FigureTarget | null {
  for (const lesson of lessons) {
    const figure = lesson.figures?.find((f) => f.component === component);
    if (figure) return { slug: lesson.slug, figureId: figure.id };
  }
  return null;
}

/** The screen a link to `target` opens: the lesson scrolled to the figure, or the presentation step. */
export function figureRoute(target: FigureTarget): Route {
  return target.step === undefined ? { name: 'lesson', slug: target.slug, anchor: target.figureId } : { name: 'present', slug: target.slug, step: target.step };
}

/** The hash that opens `target` with the figure in `state`. */
export function figureStateHref<S>(kind: FigureKind<S, unknown>, state: S, target: FigureTarget): string {
  const fields = kind
    .encode(state)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
  return `#${routePath(figureRoute(target))}?v=${STATE_VERSION}&fig.${figureKey(target.figureId)}=${fields}`;
}
