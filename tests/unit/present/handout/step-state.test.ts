// @vitest-environment happy-dom
// A handout prints each figure at the state its presentation step gives it: lesson 4's activation-burst figure at high
// burden, flat 15 µg/m²/day, paused at 24 h, captioned with its step and linked to that step — unless the reader's own
// state came with the handout's address; figures in unscripted steps stay at their lesson attributes.
import { describe, expect, it } from 'vitest';
import { lessons, type LessonMeta } from '../../../../renderer/src/data/content';
import { FIGURE_KINDS } from '../../../../renderer/src/lessons/figure-kinds';
import { figureStep } from '../../../../renderer/src/present/steps';
import { pausedState, printedFigure, scenarioText } from '../../../../renderer/src/present/handout/handout-components';
import { figureStateHref } from '../../../../renderer/src/figures/common/figure-link';
import { cytokineKind, CYTOKINE_DEFAULTS, type CytokineState } from '../../../../renderer/src/figures/cytokine/state';
import { explorerKind } from '../../../../renderer/src/figures/pkpd-explorer/state';
import { decodeAtlasHash } from '../../../../renderer/src/state/codec';
import { codecContext } from '../../../../renderer/src/app/atlas-store';

const lesson = (slug: string): LessonMeta => lessons.find((l) => l.slug === slug)!;
const cns = lesson('cns-toxicity-and-crs');
const kinetics = lesson('kinetics-and-dosing');

/** What the handout prints for a figure of a lesson with nothing in the store. */
function printed(meta: LessonMeta, id: string, initial: unknown, stored?: unknown) {
  return printedFigure({ slug: meta.slug, id, stored, initial, presented: figureStep(meta, id, FIGURE_KINDS) });
}

describe('the step a figure is presented in', () => {
  it('is the step whose content holds it, with the state its script sets (lesson 4: high burden, flat 15, paused at 24 h)', () => {
    const step = figureStep(cns, 'fig-cytokine', FIGURE_KINDS)!;
    expect(step.step).toBe(cns.steps.findIndex((s) => s.script?.figure === 'fig-cytokine') + 1);
    expect(step.count).toBe(cns.steps.length);
    expect(step.title).toBe('High burden, flat 15 µg/m²/day: the first 24 hours');
    expect(step.scripted).toEqual({ kind: 'CytokineFigure', state: { ...CYTOKINE_DEFAULTS, burden: 'high', shown: ['flat-15'], time: { ...CYTOKINE_DEFAULTS.time, t: 1, playing: false } } });
  });

  it('scripts nothing for a figure in an unscripted step, and is null for a figure no step lists', () => {
    const step = figureStep(cns, 'fig-management-case', FIGURE_KINDS)!;
    expect(step.title).toBe('Work the cases');
    expect(step.scripted).toBeUndefined();
    expect(figureStep(cns, 'fig-nowhere', FIGURE_KINDS)).toBeNull();
  });

  it('is, in every lesson, the figure’s own step when a step scripts it (the build allows no other)', () => {
    for (const meta of lessons) {
      for (const [index, step] of meta.steps.entries()) {
        if (!step.script) continue;
        expect(figureStep(meta, step.script.figure, FIGURE_KINDS)?.step, `${meta.slug} step ${index + 1}`).toBe(index + 1);
      }
    }
  });
});

describe('the state a handout prints a figure at', () => {
  it('is its step’s scripted state, captioned with the step and linked to the presentation step', () => {
    const result = printed(cns, 'fig-cytokine', CYTOKINE_DEFAULTS);
    const step = cns.steps.findIndex((s) => s.script) + 1;
    expect(result.step?.step).toBe(step);
    expect(scenarioText(cytokineKind as never, result.state)).toBe('high burden; flat 15 µg/m²/day drawn; paused at day 1, 00:00');
    const href = figureStateHref(cytokineKind as never, result.state, result.target);
    expect(href).toBe(`#/present/cns-toxicity-and-crs/${step}?v=1&fig.cytokine=show:flat-15,t:1`);
    // The link opens that step with exactly the printed state.
    const decoded = decodeAtlasHash(href, codecContext);
    expect(decoded).toMatchObject({ ok: true, route: { name: 'present', slug: 'cns-toxicity-and-crs', step } });
    expect(decoded.ok && decoded.figures['fig-cytokine']!.state).toEqual(result.state);
  });

  it('is lesson 5’s explorer in the cycle-1 view at day 8, paused, linked to its step', () => {
    const result = printed(kinetics, 'fig-pkpd-explorer', explorerKind.defaults);
    const step = kinetics.steps.findIndex((s) => s.script) + 1;
    expect(figureStateHref(explorerKind as never, result.state, result.target)).toBe(`#/present/kinetics-and-dosing/${step}?v=1&fig.pkpd-explorer=range:cycle-1,t:8`);
  });

  it('is the reader’s state when the handout’s address carries one, paused, with a link to the lesson and no step', () => {
    const reader: CytokineState = { ...CYTOKINE_DEFAULTS, burden: 'low', time: { ...CYTOKINE_DEFAULTS.time, t: 2, playing: true } };
    const result = printed(cns, 'fig-cytokine', CYTOKINE_DEFAULTS, reader);
    expect(result.step).toBeUndefined();
    expect(result.state).toEqual({ ...reader, time: { ...reader.time, playing: false } });
    expect(figureStateHref(cytokineKind as never, result.state, result.target)).toMatch(/^#\/lesson\/cns-toxicity-and-crs\/fig-cytokine\?v=1&fig\.cytokine=burden:low,t:2$/);
  });

  it('is the lesson attributes in an unscripted step (what the presentation shows there), linked to the lesson', () => {
    const kind = FIGURE_KINDS.get('ManagementCase')!;
    const result = printed(cns, 'fig-management-case', kind.defaults);
    expect(result).toEqual({ state: kind.defaults, target: { slug: 'cns-toxicity-and-crs', figureId: 'fig-management-case' } });
  });

  it('is a step that plays on (then="play") printed paused at its play-to time', () => {
    const meta: LessonMeta = { ...cns, steps: cns.steps.map((s) => (s.script ? { ...s, script: { ...s.script, fields: { ...s.script.fields, play: '1' } } } : s)) };
    const result = printed(meta, 'fig-cytokine', CYTOKINE_DEFAULTS);
    expect((result.state as CytokineState).time).toMatchObject({ t: 1, playing: false });
    expect(pausedState(result.state)).toBe(result.state);
  });
});
