// The Model page's equations are rendered at build time: every equation of the model becomes KaTeX HTML
// with MathML (no KaTeX code in the renderer), part of the compiled content; a TeX error fails the build
// naming the equation and its line in renderer/src/model/equations.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../../build/scripts/lessons/compile';
import { ContentError } from '../../../../build/scripts/lessons/content-schema';
import { MODEL_EQUATIONS_FILE, renderModelEquations } from '../../../../build/scripts/lessons/model-equations';
import { MODEL_EQUATIONS, type ModelEquation } from '../../../../renderer/src/model/index';

const root = resolve(import.meta.dirname, '../../../..');

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('model equations at build time', () => {
  it('renders every equation of the model as display-mode KaTeX HTML with MathML', () => {
    const rendered = renderModelEquations(MODEL_EQUATIONS, root);
    expect(Object.keys(rendered)).toEqual(MODEL_EQUATIONS.map((e) => e.id));
    for (const html of Object.values(rendered)) {
      expect(html).toMatch(/^<span class="katex-display">/);
      expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
      expect(html).toContain('class="katex-html" aria-hidden="true"');
      expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    }
  });

  it('is part of the compiled content (written as model-equations.json)', async () => {
    const result = await compileContent({ contentDir: resolve(root, 'tests/fixtures/content/good'), rootDir: root });
    expect(Object.keys(result.modelEquations)).toEqual(MODEL_EQUATIONS.map((e) => e.id));
  });

  it('fails on invalid TeX with the equation id and its line in equations.ts', () => {
    const broken: ModelEquation[] = MODEL_EQUATIONS.map((e) => (e.id === 'dX' ? { ...e, tex: String.raw`\frac{dX}{dt = \textit{rLeuk}` } : e));
    const error = errorOf(() => renderModelEquations(broken, root));
    expect(error.diagnostics).toHaveLength(1);
    const [d] = error.diagnostics;
    expect(d!.file).toBe(MODEL_EQUATIONS_FILE);
    expect(d!.message).toMatch(/^model equation "dX": invalid TeX: KaTeX parse error/);
    const lines = readFileSync(resolve(root, MODEL_EQUATIONS_FILE), 'utf8').split('\n');
    expect(lines[d!.line - 1]!.slice(d!.column - 1)).toMatch(/^eq\('dX'/);
  });

  it('fails on TeX that only strict mode rejects, and on a duplicate id', () => {
    const unicode: ModelEquation[] = [{ ...MODEL_EQUATIONS[0]!, tex: 'V = é' }];
    expect(errorOf(() => renderModelEquations(unicode, root)).message).toMatch(/model equation "V": invalid TeX/);
    const duplicate = [MODEL_EQUATIONS[0]!, MODEL_EQUATIONS[0]!];
    expect(errorOf(() => renderModelEquations(duplicate, root)).message).toMatch(/model equation "V": duplicate id/);
  });
});
