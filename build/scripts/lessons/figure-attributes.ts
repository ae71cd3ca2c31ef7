// Typed figure attributes in lessons (<CytokineFigure burden="low" show="flat-15" t="1" />): which attributes
// each figure accepts and whether their values make a valid figure state — checked with the figure's own kind
// (the same fields and rules a link is read with), so a lesson can set a figure exactly as a link can.
import { FigureStateError, type AnyFigureKind } from '../../../renderer/src/state/figure-kind';
import { biteStructureKind } from '../../../renderer/src/figures/bite-structure/state';
import { cytokineKind } from '../../../renderer/src/figures/cytokine/state';
import { explorerKind } from '../../../renderer/src/figures/pkpd-explorer/state';
import { lysisKind } from '../../../renderer/src/figures/serial-lysis/state';
import { synapseKind } from '../../../renderer/src/figures/synapse/state';
import { trialsKind } from '../../../renderer/src/figures/trials-table/state';

export interface FigureAttributeCheck {
  /** Attributes the figure accepts besides id. */
  keys: readonly string[];
  /** null when the attributes make a valid state; else the message and the attribute at fault. */
  check(fields: ReadonlyMap<string, string>): { message: string; field?: string } | null;
}

/** Data-driven figures are checked against the content the build has just loaded. */
export interface FigureContent {
  caseIds: readonly string[];
  comparisonDimensions: readonly string[];
}

const KINDS = [biteStructureKind, cytokineKind, explorerKind, lysisKind, synapseKind, trialsKind] as unknown as (AnyFigureKind & { fields: readonly { key: string }[] })[];

function kindCheck(kind: AnyFigureKind & { fields: readonly { key: string }[] }): FigureAttributeCheck {
  return {
    keys: kind.fields.map((f) => f.key),
    check(fields) {
      try {
        kind.decode(fields);
        return null;
      } catch (error) {
        if (error instanceof FigureStateError) return { message: error.message, ...(error.field ? { field: error.field } : {}) };
        throw error;
      }
    },
  };
}

function oneOf(key: string, label: string, values: readonly string[]): FigureAttributeCheck {
  return {
    keys: [key],
    check(fields) {
      const v = fields.get(key);
      return v === undefined || values.includes(v) ? null : { message: `${label} (“${key}”) must be one of ${values.join(', ')}, not “${v}”`, field: key };
    },
  };
}

/** The figure kind with link fields of a component (what a presentation step may script), or null. */
export function scriptableKind(component: string): (AnyFigureKind & { fields: readonly { key: string }[] }) | null {
  return KINDS.find((k) => k.component === component) ?? null;
}

/** The attribute check of a figure component, or null for a component that is not a figure with state. */
export function figureAttributeCheck(component: string, content: FigureContent): FigureAttributeCheck | null {
  if (component === 'ManagementCase') return oneOf('case', 'case', content.caseIds);
  if (component === 'TherapyComparisonFigure') return oneOf('compare', 'compared by', content.comparisonDimensions);
  const kind = KINDS.find((k) => k.component === component);
  return kind ? kindCheck(kind) : null;
}
