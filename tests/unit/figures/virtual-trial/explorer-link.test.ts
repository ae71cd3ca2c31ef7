// Opening a virtual patient in the PK/PD explorer: the explorer's own state for the patient's clinical inputs
// and regimen, written with its link fields into a link the atlas's codec reads back to that state.
import { describe, expect, it } from 'vitest';
import { runCohort, simulate } from '../../../../renderer/src/model';
import { decodeAtlasHash } from '../../../../renderer/src/state/codec';
import { FIGURE_KINDS } from '../../../../renderer/src/lessons/figure-kinds';
import { findLesson } from '../../../../renderer/src/data/content';
import { explorerHref, explorerInputsOf, explorerPreview, explorerStateFor, findExplorer } from '../../../../renderer/src/figures/virtual-trial/explorer-link';
import { simulationInput } from '../../../../renderer/src/figures/pkpd-explorer/scenario';

const codec = {
  kinds: FIGURE_KINDS,
  figuresOn: (route: { name: string; slug?: string }) => {
    const meta = route.name === 'lesson' ? findLesson(route.slug!) : undefined;
    return meta ? new Map(meta.figures.map((f) => [f.id, f.component])) : null;
  },
};

const patient = runCohort({ arm: 'rr', seed: 1, size: 20 }).patients[16]!;

describe('a virtual patient in the PK/PD explorer', () => {
  it('finds the explorer in the kinetics lesson', () => {
    expect(findExplorer()).toEqual({ slug: 'kinetics-and-dosing', figureId: 'fig-pkpd-explorer' });
  });

  it('sets the explorer’s regimen and clinical inputs (3 significant digits), BSA left at the default', () => {
    const state = explorerStateFor(patient, 'flat-5');
    expect(state.regimen).toBe('flat-5');
    expect(state.inputs.marrowBlastsPct).toBe(Number((patient.x0 * 100).toPrecision(3)));
    expect(state.inputs.peripheralBlastsGPerL).toBe(Number((patient.pbBlasts0 / 1000).toPrecision(3)));
    expect(state.inputs.tregPct).toBe(Number(patient.treg.toPrecision(3)));
    expect(state.inputs.tCellsPerUl).toBe(Number(patient.t0.toPrecision(3)));
    expect(state.inputs.bsaM2).toBe(1.88);
  });

  it('writes a link the atlas reads back to exactly that explorer state, landing on the explorer', () => {
    const target = findExplorer()!;
    const href = explorerHref(patient, 'flat-5', target);
    const inputs = explorerInputsOf(patient);
    expect(href).toBe(
      `#/lesson/kinetics-and-dosing/fig-pkpd-explorer?v=1&fig.pkpd-explorer=regimen:flat-5,marrow:${inputs.marrowBlastsPct},pb:${inputs.peripheralBlastsGPerL},treg:${inputs.tregPct},tcells:${inputs.tCellsPerUl}`,
    );
    const decoded = decodeAtlasHash(href, codec);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.route).toEqual({ name: 'lesson', slug: 'kinetics-and-dosing', anchor: 'fig-pkpd-explorer' });
    expect(decoded.figures['fig-pkpd-explorer']).toEqual({ kind: 'PkPdExplorer', state: explorerStateFor(patient, 'flat-5') });
  });

  it('says what the explorer will show: the same patient with the typical marrow killing rate', () => {
    const preview = explorerPreview(patient, 'label-rr');
    const state = explorerStateFor(patient, 'label-rr');
    const explorerRun = simulate(simulationInput(state.regimen, state.inputs));
    const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    expect(relative(preview.X28, explorerRun.at(28).X)).toBeLessThan(1e-4);
    // this patient's own kBm differs from the typical one, and so does the marrow at day 28
    expect(Math.abs(patient.kBm - 0.036)).toBeGreaterThan(0.002);
    expect(relative(preview.X28, patient.X28)).toBeGreaterThan(0.1);
  });
});
