// Renders the model's equations (renderer/src/model/equations.ts) with KaTeX at build time, for the atlas's
// Model page: HTML with MathML for screen readers, so the renderer ships no KaTeX code. A TeX error fails
// the build naming the equation id and its line in equations.ts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import katex from 'katex';
import { MODEL_EQUATIONS, type ModelEquation } from '../../../renderer/src/model/index';
import { ContentError, type Diagnostic } from './content-schema';

export const MODEL_EQUATIONS_FILE = 'renderer/src/model/equations.ts';

/** Equation id → KaTeX HTML (display mode, HTML and MathML). */
export type RenderedEquations = Record<string, string>;

/** Where `eq('<id>', …` is written in the equations source (line 1 if it cannot be found). */
function locate(source: string | null, id: string): { line: number; column: number } {
  if (source === null) return { line: 1, column: 1 };
  const lines = source.split('\n');
  const needle = `eq('${id}'`;
  for (let i = 0; i < lines.length; i++) {
    const column = lines[i]!.indexOf(needle);
    if (column >= 0) return { line: i + 1, column: column + 1 };
  }
  return { line: 1, column: 1 };
}

export function renderModelEquations(equations: readonly ModelEquation[] = MODEL_EQUATIONS, rootDir = process.cwd()): RenderedEquations {
  const file = resolve(rootDir, MODEL_EQUATIONS_FILE);
  const source = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const out: RenderedEquations = {};
  const diagnostics: Diagnostic[] = [];
  for (const equation of equations) {
    if (Object.hasOwn(out, equation.id)) {
      diagnostics.push({ file: MODEL_EQUATIONS_FILE, ...locate(source, equation.id), message: `model equation "${equation.id}": duplicate id` });
      continue;
    }
    try {
      out[equation.id] = katex.renderToString(equation.tex, { output: 'htmlAndMathml', throwOnError: true, strict: 'error', displayMode: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push({ file: MODEL_EQUATIONS_FILE, ...locate(source, equation.id), message: `model equation "${equation.id}": invalid TeX: ${reason}` });
    }
  }
  if (diagnostics.length) throw new ContentError(diagnostics);
  return out;
}
