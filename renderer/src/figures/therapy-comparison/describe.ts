// Text alternatives of the therapy-comparison figure (pure): the description of what the figure shows for the
// chosen question, and the full data table (every question × every treatment) for the Data-table panel.
import { REMISSION_DIMENSION, remissionSentence, type DimensionId, type TherapyComparison } from './data';
import type { FigureTable } from '../../ui/FigureFrame';

export function dimensionLabel(c: TherapyComparison, id: DimensionId): string {
  return c.dimensions.find((d) => d.id === id)?.label ?? id;
}

/** The cell a treatment shows for a question (the remission row in words). */
export function cellText(c: TherapyComparison, therapyId: string, dimension: DimensionId): string {
  const t = c.therapies.find((x) => x.id === therapyId);
  if (!t) return '';
  if (dimension === REMISSION_DIMENSION) return remissionSentence(t.remission);
  return t.cells[dimension]?.text ?? '';
}

export function describeComparison(c: TherapyComparison, dimension: DimensionId): string {
  const parts = c.therapies.map((t) => `${t.name}: ${cellText(c, t.id, dimension)}`);
  const bars = c.therapies.map((t) => `${t.name} ${remissionSentence(t.remission)}`).join('; ');
  return `Comparing the three treatments on “${dimensionLabel(c, dimension)}”. ${parts.join(' ')} The chart below shows remission in relapsed or refractory ALL: ${bars}. ${c.caveat.text}`;
}

export function comparisonTable(c: TherapyComparison): FigureTable {
  return {
    caption: `${c.title}: every question for every treatment. ${c.caveat.text}`,
    columns: ['Question', ...c.therapies.map((t) => t.name)],
    rows: c.dimensions.map((d) => [d.label, ...c.therapies.map((t) => cellText(c, t.id, d.id))]),
  };
}

/** The citation keys behind what is shown for a question, in order of first appearance. */
export function refsFor(c: TherapyComparison, dimension: DimensionId): string[] {
  const keys: string[] = [];
  const add = (list: readonly string[]) => list.forEach((k) => keys.includes(k) || keys.push(k));
  for (const t of c.therapies) add(dimension === REMISSION_DIMENSION ? t.remission.refs : (t.cells[dimension]?.refs ?? []));
  for (const t of c.therapies) add(t.remission.refs);
  add(c.caveat.refs);
  return keys;
}
