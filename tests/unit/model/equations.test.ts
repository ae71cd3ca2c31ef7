// The model's equations and states as data (renderer/src/model/equations.ts): exactly MODEL.md §1–3 (v2)
// and N of §7, each equation's TeX naming exactly the parameters it lists, every parameter of the table in
// some equation, and TeX that KaTeX renders in strict mode (the build renders it for the Model page).

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { MODEL_EQUATIONS, MODEL_STATES, PARAMETER_NAMES, STATE_NAMES, isParameterName } from '../../../renderer/src/model/index';
import { CONTRACT_EQUATIONS, CONTRACT_STATES } from './contract';

/** The parameter names a TeX string mentions: \textit{name}, and t_0 / x_0 for t0 / x0. */
function texParameters(tex: string): string[] {
  const names = [...tex.matchAll(/\\textit\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]!).filter(isParameterName);
  if (/\bt_0\b/.test(tex)) names.push('t0');
  if (/\bx_0\b/.test(tex)) names.push('x0');
  return [...new Set(names)].sort();
}

describe('the model equations as data', () => {
  it('are the quantities of MODEL.md §2–3 and the CNS-risk signal N, in the contract’s order', () => {
    expect(MODEL_EQUATIONS.map((e) => e.id)).toEqual([...CONTRACT_EQUATIONS]);
    for (const e of MODEL_EQUATIONS) expect(e.kind, e.id).toBe(e.id.startsWith('d') && e.id !== 'D' ? 'differential' : 'algebraic');
  });

  it('name in their TeX exactly the parameters they list', () => {
    for (const e of MODEL_EQUATIONS) expect(texParameters(e.tex), e.id).toEqual([...e.parameters].sort());
  });

  it('use every parameter of the table somewhere', () => {
    const used = new Set(MODEL_EQUATIONS.flatMap((e) => e.parameters));
    expect(PARAMETER_NAMES.filter((name) => !used.has(name))).toEqual([]);
  });

  it('carry a meaning and a reason for their shape, and ASCII-only TeX', () => {
    for (const e of MODEL_EQUATIONS) {
      expect(e.meaning.length, e.id).toBeGreaterThan(10);
      expect(e.why.length, e.id).toBeGreaterThan(20);
      expect(/^[\x20-\x7e]*$/.test(e.tex), e.id).toBe(true);
    }
  });

  it('render with KaTeX in strict mode, with MathML for screen readers', () => {
    for (const e of MODEL_EQUATIONS) {
      const html = katex.renderToString(e.tex, { output: 'htmlAndMathml', throwOnError: true, strict: 'error', displayMode: true });
      expect(html, e.id).toContain('<math');
      // a parameter is one MathML token (read as a word), not a run of single letters
      for (const name of e.parameters.filter((p) => p !== 't0' && p !== 'x0')) expect(html, `${e.id}: ${name}`).toContain(`>${name}</mtext>`);
    }
  });

  it('write the rate of change of every state of MODEL.md §1', () => {
    expect(MODEL_STATES.map((s) => s.name)).toEqual([...CONTRACT_STATES]);
    expect(STATE_NAMES.filter((s) => s !== 'F')).toEqual([...CONTRACT_STATES]); // F is the code's quadrature of N, not a model state
    for (const s of MODEL_STATES) expect(MODEL_EQUATIONS.some((e) => e.id === `d${s.name}`), s.name).toBe(true);
  });
});
