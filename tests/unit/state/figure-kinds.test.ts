// Every figure's state survives a trip through a link: 200 seeded random sequences of the actions a reader
// can take, per figure, give states that encode to a link and decode back to exactly the same state — and
// the link text is short, readable and made of link-safe characters only.
import { describe, expect, it } from 'vitest';
import { Mulberry32, REGIMEN_IDS, parameters } from '../../../renderer/src/model';
import { ADVANCED_PARAMETERS } from '../../../renderer/src/figures/pkpd-explorer/state';
import { FIGURE_KINDS } from '../../../renderer/src/lessons/figure-kinds';
import type { AnyFigureKind } from '../../../renderer/src/state/figure-kind';
import type { TimeAction } from '../../../renderer/src/state/time';
import { BURDEN_IDS, DOSING_IDS } from '../../../renderer/src/figures/cytokine/state';
import { SYNAPSE_DOSES } from '../../../renderer/src/figures/synapse/schedule';
import { PART_ORDER } from '../../../renderer/src/figures/bite-structure/parts';
import { INPUT_SPECS, PRESETS, RANGES } from '../../../renderer/src/figures/pkpd-explorer/scenario';
import { CELL_COUNT_OPTIONS, CONCENTRATION_STEPS_PG_PER_ML, ET_OPTIONS, MAX_ESCAPE_PCT, MAX_TREATMENT_DAY, MAX_TREG_PCT } from '../../../renderer/src/figures/serial-lysis/scenario';
import { MANAGEMENT_CASES } from '../../../renderer/src/figures/management-case/cases';
import { currentNode } from '../../../renderer/src/figures/management-case/tree';
import { caseById } from '../../../renderer/src/figures/management-case/cases';
import type { CaseState } from '../../../renderer/src/figures/management-case/state';
import { COLOUR_BY, VT_COHORT_SIZE, VT_DAYS, VT_MAX_SEED, VT_REGIMENS } from '../../../renderer/src/figures/virtual-trial/state';

type Rng = { next(): number };
const pick = <T,>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng.next() * items.length)]!;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));

function timeAction(rng: Rng, end: number, speeds: readonly number[]): TimeAction {
  const t = rng.next() * end * 1.2 - end * 0.1;
  switch (int(rng, 0, 7)) {
    case 0:
      return { type: 'play', ...(rng.next() < 0.5 ? { from: t } : {}) };
    case 1:
      return { type: 'pause', t };
    case 2:
      return { type: 'seek', t };
    case 3:
      return { type: 'step', direction: rng.next() < 0.5 ? 1 : -1, toLandmark: rng.next() < 0.5 };
    case 4:
      return { type: 'speed', speed: pick(rng, speeds) };
    case 5:
      return { type: 'tick', t };
    case 6:
      return { type: 'toggle' };
    default:
      return { type: 'reset' };
  }
}

/** A random action a reader could take on each kind of figure (given its current state). */
const ACTIONS: Record<string, (rng: Rng, state: never) => unknown> = {
  CytokineFigure: (rng) =>
    pick(rng, [
      () => ({ type: 'burden', burden: pick(rng, BURDEN_IDS) }),
      () => ({ type: 'show', dosing: pick(rng, DOSING_IDS), on: rng.next() < 0.5 }),
      () => ({ type: 'time', action: timeAction(rng, 10, [0.1, 0.25, 0.5, 1, 2]) }),
    ])(),
  SynapseFigure: (rng) =>
    pick(rng, [
      () => ({ type: 'dose', dose: pick(rng, SYNAPSE_DOSES) }),
      () => ({ type: 'stage', index: int(rng, 0, 6) }),
      () => ({ type: 'time', action: timeAction(rng, 7, [0.25, 0.5, 1, 2, 4]) }),
    ])(),
  BiteStructureFigure: (rng) =>
    pick(rng, [() => ({ type: 'select', part: pick(rng, [...PART_ORDER, null]) }), () => ({ type: 'time', action: timeAction(rng, 1, [0.25, 0.5, 1, 2]) })])(),
  PkPdExplorer: (rng) =>
    pick(rng, [
      () => ({ type: 'regimen', regimen: pick(rng, REGIMEN_IDS) }),
      () => {
        const spec = pick(rng, INPUT_SPECS);
        const v = spec.scale === 'log' ? spec.min * (spec.max / spec.min) ** rng.next() : spec.min + rng.next() * (spec.max - spec.min);
        return { type: 'input', key: spec.key, value: rng.next() < 0.5 ? Number(v.toPrecision(3)) : v };
      },
      () => ({ type: 'preset', preset: pick(rng, PRESETS).id }),
      () => {
        const name = pick(rng, ADVANCED_PARAMETERS);
        const [lo, hi] = parameters[name].range;
        return { type: 'parameter', name, value: rng.next() < 0.2 ? parameters[name].value : Number((lo + rng.next() * (hi - lo)).toPrecision(3)) };
      },
      () => ({ type: 'parameters/reset' }),
      () => ({ type: 'range', range: pick(rng, RANGES).id }),
      () => ({ type: 'drugScale', scale: pick(rng, ['linear', 'log']) }),
      () => ({ type: 'reference', on: rng.next() < 0.5 }),
      () => ({ type: 'time', action: timeAction(rng, 84, [0.25, 0.5, 1, 2, 4]) }),
      () => ({ type: 'time', action: timeAction(rng, 84, [0.25, 0.5, 1, 2, 4]) }),
    ])(),
  SerialLysisFigure: (rng) =>
    pick(rng, [
      () => ({ type: 'settings', patch: { etId: pick(rng, ET_OPTIONS).id } }),
      () => ({ type: 'settings', patch: { cells: pick(rng, CELL_COUNT_OPTIONS) } }),
      () => ({ type: 'settings', patch: { drugMode: pick(rng, ['fixed', 'regimen']) } }),
      () => ({ type: 'settings', patch: { concentrationIndex: int(rng, 0, CONCENTRATION_STEPS_PG_PER_ML.length - 1) } }),
      () => ({ type: 'settings', patch: { treatmentDay: int(rng, 1, MAX_TREATMENT_DAY) } }),
      () => ({ type: 'settings', patch: { tregPct: int(rng, 0, MAX_TREG_PCT * 2) / 2 } }),
      () => ({ type: 'settings', patch: { escapePct: int(rng, 0, MAX_ESCAPE_PCT) } }),
      () => ({ type: 'new-run' }),
      () => ({ type: 'highlight', on: rng.next() < 0.5 }),
      () => ({ type: 'time', action: timeAction(rng, 2, [0.25, 0.5, 1, 2, 4, 8, 16]) }),
      () => ({ type: 'time', action: timeAction(rng, 2, [0.25, 0.5, 1, 2, 4, 8, 16]) }),
    ])(),
  ManagementCase: (rng, state: CaseState) => {
    const data = caseById(state.caseId);
    const node = currentNode(data, state.progress);
    return pick(rng, [
      () => ({ type: 'open', caseId: pick(rng, MANAGEMENT_CASES).id }),
      () => (node.type === 'question' ? { type: 'case', action: { type: 'select', optionId: pick(rng, node.options).id } } : { type: 'case', action: { type: 'back' } }),
      () => ({ type: 'case', action: { type: 'check' } }),
      () => ({ type: 'case', action: { type: 'continue' } }),
      () => ({ type: 'case', action: { type: 'continue' } }),
      () => ({ type: 'case', action: { type: 'back' } }),
      () => ({ type: 'case', action: { type: 'restart' } }),
    ])();
  },
  TrialsTable: (rng) => ({ type: 'sort', key: pick(rng, ['authored', 'name', 'patients']) }),
  VirtualTrialFigure: (rng) =>
    pick(rng, [
      () => ({ type: 'regimen', regimen: pick(rng, VT_REGIMENS) }),
      () => ({ type: 'new-trial' }),
      () => ({ type: 'seed', seed: pick(rng, [1, 2, int(rng, 1, VT_MAX_SEED), VT_MAX_SEED]) }),
      () => ({ type: 'colour', by: pick(rng, COLOUR_BY) }),
      () => ({ type: 'day', day: pick(rng, VT_DAYS) }),
      () => ({ type: 'focus', patient: int(rng, 0, VT_COHORT_SIZE) }),
      () => ({ type: 'focus', patient: int(rng, 0, VT_COHORT_SIZE) }),
      () => ({ type: 'reset' }),
    ])(),
  TherapyComparisonFigure: (rng) => pick(rng, [() => ({ type: 'select', dimension: pick(rng, ['target', 'remission', 'needs', 'nonsense']) }), () => ({ type: 'step', by: pick(rng, [1, -1]) })])(),
};

function linkText(kind: AnyFigureKind, state: unknown): string {
  return kind
    .encode(state)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
}

function fieldsOf(text: string): Map<string, string> {
  return new Map(text === '' ? [] : text.split(',').map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)]));
}

describe('figure states round-trip through links', () => {
  it('covers every figure kind a lesson can show', () => {
    expect([...FIGURE_KINDS.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [component, kind] of FIGURE_KINDS) {
    it(`${component}: 200 seeded random action sequences give identical states after encode/decode`, () => {
      const rng = new Mulberry32(20261202 + component.length);
      for (let run = 0; run < 200; run++) {
        let state = kind.defaults;
        const steps = int(rng, 1, 12);
        for (let i = 0; i < steps; i++) state = kind.reduce(state, ACTIONS[component]!(rng, state as never));
        const text = linkText(kind, state);
        expect(text).toMatch(/^[A-Za-z0-9._+,:-]*$/);
        expect(text.length).toBeLessThan(400);
        const back = kind.decode(fieldsOf(text));
        expect(back, `run ${run}: ${text}`).toEqual(state);
        // and the decoded state writes the same link
        expect(linkText(kind, back)).toBe(text);
      }
    });

    it(`${component}: the defaults write an empty link and decode from one`, () => {
      expect(linkText(kind, kind.defaults)).toBe('');
      expect(kind.decode(new Map())).toEqual(kind.defaults);
    });
  }
});
