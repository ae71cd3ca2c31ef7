// A link to a figure of the atlas in an exact state: the lesson that shows a figure of that kind, scrolled to it,
// with the state written by the kind's own link fields ("#/lesson/<slug>/<figure id>?v=1&fig.<key>=k:v,…").
import { lessons } from '../../data/content';
import { figureKey } from '../../state/codec';
import type { FigureKind } from '../../state/figure-kind';
import { routePath } from '../../state/route';
import { STATE_VERSION } from '../../state/store';

export interface FigureTarget {
  slug: string;
  figureId: string;
}

/** The first published lesson (in order) that shows a figure of this component, and the figure's element id. */
export function findFigure(component: string): FigureTarget | null {
  for (const lesson of lessons) {
    const figure = lesson.figures?.find((f) => f.component === component);
    if (figure) return { slug: lesson.slug, figureId: figure.id };
  }
  return null;
}

/** The hash that opens `target` with the figure in `state`. */
export function figureStateHref<S>(kind: FigureKind<S, unknown>, state: S, target: FigureTarget): string {
  const fields = kind
    .encode(state)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
  const path = routePath({ name: 'lesson', slug: target.slug, anchor: target.figureId });
  return `#${path}?v=${STATE_VERSION}&fig.${figureKey(target.figureId)}=${fields}`;
}
