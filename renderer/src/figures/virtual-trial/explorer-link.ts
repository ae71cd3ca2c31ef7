// A virtual patient opened in the PK/PD explorer: the explorer's own state for the patient's clinical inputs
// and regimen, written with the explorer kind's link fields, in a link to the lesson that shows the explorer.
// The patient's marrow killing rate kBm is not an explorer input: the explorer runs the typical value, and
// explorerPreview says what that gives, so the figure can say so before the reader goes.
import { parameters, runCohortPatient, type CohortPatient, type CohortPatientInputs, type RegimenId } from '../../model';
import { findFigure, figureStateHref, type FigureTarget } from '../common/figure-link';
import { EXPLORER_DEFAULTS, explorerKind, type ExplorerState } from '../pkpd-explorer/state';
import type { InputKey } from '../pkpd-explorer/scenario';

/** Significant digits of the inputs written into the link (what the explorer's fields show). */
export const LINK_DIGITS = 3;

export function roundForLink(value: number): number {
  return Number(value.toPrecision(LINK_DIGITS));
}

/** The patient's clinical inputs in the explorer's units (MODEL.md §5), rounded for the link. */
export function explorerInputsOf(p: CohortPatientInputs): Record<Exclude<InputKey, 'bsaM2'>, number> {
  return {
    marrowBlastsPct: roundForLink(p.x0 * 100),
    peripheralBlastsGPerL: roundForLink(p.pbBlasts0 / 1000),
    tregPct: roundForLink(p.treg),
    tCellsPerUl: roundForLink(p.t0),
  };
}

/** The explorer's state showing this patient on this regimen (body-surface area stays the cohort's default). */
export function explorerStateFor(p: CohortPatientInputs, regimen: RegimenId): ExplorerState {
  let state = explorerKind.reduce(EXPLORER_DEFAULTS, { type: 'regimen', regimen });
  for (const [key, value] of Object.entries(explorerInputsOf(p)) as [InputKey, number][]) {
    state = explorerKind.reduce(state, { type: 'input', key, value });
  }
  return state;
}

export type ExplorerTarget = FigureTarget;

/** The lesson and element id of the atlas's PK/PD explorer (null if no published lesson shows one). */
export function findExplorer(): ExplorerTarget | null {
  return findFigure(explorerKind.component);
}

/** "#/lesson/kinetics-and-dosing/fig-pkpd-explorer?v=1&fig.pkpd-explorer=regimen:flat-5,marrow:73.5,…" */
export function explorerHref(p: CohortPatientInputs, regimen: RegimenId, target: ExplorerTarget): string {
  return figureStateHref(explorerKind, explorerStateFor(p, regimen), target);
}

/**
 * What the explorer will show for this patient: the same run with the link's rounded inputs and the
 * typical kBm (the explorer has no kBm input). One simulation, ~1 ms.
 */
export function explorerPreview(p: CohortPatientInputs, regimen: RegimenId): Pick<CohortPatient, 'X28' | 'X70'> {
  const inputs = explorerInputsOf(p);
  const run = runCohortPatient(
    'rr',
    { x0: inputs.marrowBlastsPct / 100, pbBlasts0: inputs.peripheralBlastsGPerL * 1000, t0: inputs.tCellsPerUl, treg: inputs.tregPct, kBm: parameters.kBm.value },
    regimen,
  );
  return { X28: run.X28, X70: run.X70 };
}

export const TYPICAL_KBM_PER_DAY = parameters.kBm.value;
