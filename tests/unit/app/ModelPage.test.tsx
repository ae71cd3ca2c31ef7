// @vitest-environment happy-dom
// The Model page as a reader meets it: every parameter in a row of its own (value, unit, range, provenance,
// sources, a stable anchor), the equations from the build, and the calibration targets computed live —
// the MODEL.md §8 ones on opening, in slices, the virtual-cohort ones when asked — each marked pass.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ModelPage from '../../../renderer/src/app/ModelPage';
import { CALIBRATION_TARGETS, MODEL_DISCLAIMER, MODEL_EQUATIONS, PARAMETER_NAMES, parameters } from '../../../renderer/src/model/index';

afterEach(cleanup);

const fastTargets = CALIBRATION_TARGETS.filter((t) => !t.slow);
const slowTargets = CALIBRATION_TARGETS.filter((t) => t.slow);

function rowOf(id: string): HTMLTableRowElement {
  const row = document.getElementById(id);
  if (!(row instanceof HTMLTableRowElement)) throw new Error(`no row #${id}`);
  return row;
}

describe('the Model page', () => {
  it('says what it is for and carries the model’s disclaimer', () => {
    render(<ModelPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'The model' })).toBeTruthy();
    expect(screen.getAllByText(MODEL_DISCLAIMER).length).toBeGreaterThan(0);
    for (const name of ['What the model is for', 'States', 'Equations', 'Parameters', 'Calibration targets', 'What the model leaves out']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
  });

  it('lists every parameter in its own row with value, unit, range, provenance, sources and an anchor', () => {
    render(<ModelPage />);
    const table = screen.getByRole('table', { name: /every parameter of the model/i });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.id)).toEqual(PARAMETER_NAMES.map((name) => `param-${name}`));
    const kBm = rowOf('param-kBm');
    const header = within(kBm).getByRole('rowheader');
    expect(header.textContent).toBe('kBm');
    expect(within(header).getByRole('link').getAttribute('href')).toBe('#/model/param-kBm');
    const cells = [...kBm.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toBe(String(parameters.kBm.value));
    expect(cells[1]).toBe(parameters.kBm.unit);
    expect(cells[2]).toBe(`${parameters.kBm.range[0]}–${parameters.kBm.range[1]}`);
    expect(cells[3]).toContain(parameters.kBm.meaning);
    expect(cells[4]).toContain('T');
    // the targets a parameter was tuned to link to their rows; sources link to their references
    expect(within(kBm).getByRole('link', { name: 'RSP-1' }).getAttribute('href')).toBe('#/model/target-RSP-1');
    expect(within(kBm).getByRole('link', { name: 'Topp 2015' }).getAttribute('href')).toBe('#/references/topp2015');
  });

  it('marks and focuses the row a link points at (#/model/param-kBm)', () => {
    render(<ModelPage anchor="param-kBm" />);
    const row = rowOf('param-kBm');
    expect(row.dataset.current).toBe('true');
    expect(document.activeElement).toBe(row);
    expect(rowOf('param-kX').dataset.current).toBe('false');
  });

  it('says so when a link names something the page does not have', () => {
    render(<ModelPage anchor="param-nope" />);
    expect(screen.getByText(/the link that brought you here may be out of date/).textContent).toMatch(/no “param-nope”/);
    cleanup();
    render(<ModelPage anchor="target-CK-5" />);
    expect(screen.queryByText(/the link that brought you here/)).toBeNull();
    expect(rowOf('target-CK-5').dataset.current).toBe('true');
  });

  it('shows every equation, with the build’s KaTeX HTML and MathML once loaded', async () => {
    render(<ModelPage />);
    for (const e of MODEL_EQUATIONS) expect(document.getElementById(`eq-${e.id}`), e.id).toBeTruthy();
    await waitFor(() => expect(document.querySelector('.model-equations')?.getAttribute('data-ready')).toBe('true'));
    const dX = document.getElementById('eq-dX')!;
    expect(dX.querySelector('.katex-html[aria-hidden="true"]')).toBeTruthy();
    expect(dX.querySelector('math annotation')?.textContent).toBe(MODEL_EQUATIONS.find((e) => e.id === 'dX')!.tex);
    expect(within(dX).getByRole('link', { name: 'kBm' }).getAttribute('href')).toBe('#/model/param-kBm');
  });

  it('computes the MODEL.md §8 targets when it opens and marks each one pass; the cohort ones run on request', async () => {
    render(<ModelPage />);
    const table = screen.getByRole('table', { name: /calibration targets/i });
    const targetRows = within(table).getAllByRole('row').filter((r) => r.dataset.target);
    // every target once, grouped by family (PK, PD, CK, RSP, DR, CNS, VP)
    expect(targetRows.map((r) => r.dataset.target).sort()).toEqual(CALIBRATION_TARGETS.map((t) => t.id).sort());
    expect(within(table).getByText('T and B cells in blood').closest('th')?.getAttribute('scope')).toBe('rowgroup');
    // nothing has been computed during the first render: the model runs in slices afterwards
    expect(fastTargets.every((t) => rowOf(`target-${t.id}`).dataset.result === 'pending')).toBe(true);
    await waitFor(() => expect(fastTargets.map((t) => rowOf(`target-${t.id}`).dataset.result)).toEqual(fastTargets.map(() => 'pass')), { timeout: 20_000 });
    for (const t of fastTargets) {
      const row = rowOf(`target-${t.id}`);
      expect(row.textContent, t.id).toContain('pass');
      expect(row.querySelector('.model-reached')?.textContent, t.id).toBe(t.compute().value);
    }
    expect(document.querySelector('.model-targets-summary')?.textContent).toMatch(new RegExp(`${fastTargets.length} pass, 0 fail`));
    expect(slowTargets.every((t) => rowOf(`target-${t.id}`).dataset.result === 'not-run')).toBe(true);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /virtual-cohort targets/ }));
    });
    await waitFor(() => expect(slowTargets.map((t) => rowOf(`target-${t.id}`).dataset.result)).toEqual(slowTargets.map(() => 'pass')), { timeout: 30_000 });
    expect(document.querySelector('.model-targets-summary')?.textContent).toMatch(new RegExp(`${CALIBRATION_TARGETS.length} pass, 0 fail`));
    expect(screen.queryByRole('button', { name: /virtual-cohort targets/ })).toBeNull();
  }, 60_000);
});
