// @vitest-environment happy-dom
// A handout names each figure's scenario under it: for every figure kind, in words, from the state printed — the
// kind's own summary where it has one, else every setting with its label (play state and speed left out).
import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS } from '../../../../renderer/src/lessons/figure-kinds';
import { optionLetter, scenarioText } from '../../../../renderer/src/present/handout/handout-components';
import { cytokineKind } from '../../../../renderer/src/figures/cytokine/state';
import { virtualTrialKind } from '../../../../renderer/src/figures/virtual-trial/state';
import { describeFields, type FieldSpec } from '../../../../renderer/src/state/figure-kind';

describe('the scenario line of a printed figure', () => {
  it('says something for every kind at its defaults, without the play state or speed', () => {
    for (const [name, kind] of FIGURE_KINDS) {
      const text = scenarioText(kind, kind.defaults);
      expect(text.length, name).toBeGreaterThan(5);
      expect(text, name).not.toMatch(/\bspeed\b|\bplaying\b/);
    }
  });

  it('follows the state: the activation-burst figure at low burden, paused at day 1', () => {
    const state = cytokineKind.decode(new Map([['burden', 'low'], ['t', '1']]));
    expect(scenarioText(cytokineKind as never, state)).toMatch(/^low burden; .* drawn; paused at day 1, 00:00$/);
  });

  it('writes every field with its label when a kind has no summary of its own', () => {
    const specs: FieldSpec[] = [
      { key: 'b', path: ['burden'], type: { kind: 'enum', values: ['low', 'high'] }, label: 'burden' },
      { key: 'show', path: ['shown'], type: { kind: 'list', values: ['a', 'b'] }, label: 'regimens' },
      { key: 'ref', path: ['ref'], type: { kind: 'bool' }, label: 'reference curves' },
      { key: 't', path: ['time', 't'], type: { kind: 'number', min: 0, max: 10, quantum: 0.01 }, label: 'time' },
      { key: 'play', path: ['time', 'playing'], type: { kind: 'bool' }, label: 'playing' },
    ];
    const state = { burden: 'high', shown: [], ref: true, time: { t: 2.5, playing: true } };
    expect(describeFields(state, specs)).toBe('burden high; regimens none; reference curves on; time 2.5');
    // An optional setting left unset (a parameter override) is not written.
    const override: FieldSpec = { key: 'kRet', path: ['params', 'kRet'], type: { kind: 'number', min: 0, max: 1 }, label: 'rate constant kRet' };
    expect(describeFields({ ...state, params: {} }, [...specs, override])).not.toContain('kRet');
    expect(scenarioText(virtualTrialKind as never, virtualTrialKind.defaults)).not.toBe('');
  });

  it('names the management case and how far the walk has gone', () => {
    const kind = FIGURE_KINDS.get('ManagementCase')!;
    expect(scenarioText(kind, kind.defaults)).toMatch(/^Case 1: .*, at its first step$/);
  });

  it('letters options A, B, C… as the printed questions and their answers do', () => {
    expect([0, 1, 4].map(optionLetter)).toEqual(['A', 'B', 'E']);
  });
});
