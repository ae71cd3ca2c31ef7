// Readable names of a lesson's figures for the overview and announcements ("Cytokine figure" for CytokineFigure).
import type { LessonMeta } from '../data/content';

/** "PkPdExplorer" → "PK/PD explorer", "CytokineFigure" → "cytokine figure" (by its component's name). */
export function figureLabel(meta: Pick<LessonMeta, 'figures'>, id: string): string {
  const component = meta.figures.find((f) => f.id === id)?.component ?? id;
  if (component === 'PkPdExplorer') return 'PK/PD explorer';
  return component
    .replace(/Figure$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
