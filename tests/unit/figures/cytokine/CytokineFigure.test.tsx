// @vitest-environment happy-dom
// Tests of the cytokine figure as a reader uses it: pick the burden (radio) and the regimens (checkboxes),
// step the clock, and check that the curves, the description and the data table follow.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CytokineFigure } from '../../../../renderer/src/figures/cytokine/CytokineFigure';
import { DOSING_OPTIONS, gridCell, sharedGrid } from '../../../../renderer/src/figures/cytokine/scenarios';
import { formatHours, formatPgPerMl } from '../../../../renderer/src/figures/cytokine/geometry';

afterEach(cleanup);

function describeText(): string {
  const button = screen.getByRole('button', { name: 'Describe' });
  return document.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent ?? '';
}

function drawnSeries(chartName: RegExp): string[] {
  const svg = screen.getByRole('img', { name: chartName });
  return Array.from(svg.querySelectorAll('[data-series]')).map((p) => p.getAttribute('data-series') ?? '');
}

describe('CytokineFigure', () => {
  it('renders without props: titled, labelled as model output, with sources, burden radios and regimen checkboxes', () => {
    render(<CytokineFigure />);
    const figure = screen.getByRole('figure', { name: /flat vs stepped dosing at low vs high burden/ });
    expect(within(figure).getByText('Illustrative — not for dosing decisions')).toBeTruthy();
    const sourceKeys = Array.from(figure.querySelectorAll('.ff-sources [data-reference-key]')).map((a) => a.getAttribute('data-reference-key'));
    expect(sourceKeys).toEqual(['hijazi2018', 'nagele2017', 'hosseini2020', 'klinger2012', 'atlas-model']);
    const burden = screen.getByRole('group', { name: 'Leukaemic burden' });
    expect(within(burden).getAllByRole('radio')).toHaveLength(2);
    expect((within(burden).getByRole('radio', { name: /High: 80 %/ }) as HTMLInputElement).checked).toBe(true);
    const boxes = within(screen.getByRole('group', { name: 'Regimens to draw' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual(DOSING_OPTIONS.map((d) => d.shownByDefault));
    expect(drawnSeries(/^Serum IL-6/)).toEqual(['flat-15', 'weight-lt-45']);
    expect(drawnSeries(/^Blood T cells/)).toEqual(['flat-15', 'weight-lt-45']);
    expect(screen.getByRole('group', { name: 'Time controls for the activation-burst figure' })).toBeTruthy();
  });

  it('draws flat and stepped with different dash patterns', () => {
    render(<CytokineFigure />);
    const svg = screen.getByRole('img', { name: /^Serum IL-6/ });
    const flat = svg.querySelector('[data-series="flat-15"]')!;
    const stepped = svg.querySelector('[data-series="weight-lt-45"]')!;
    expect(flat.getAttribute('stroke-dasharray')).toBeNull();
    expect(stepped.getAttribute('stroke-dasharray')).toBe(DOSING_OPTIONS[1]!.dash);
  });

  it('switching burden re-draws the curves and changes the description', () => {
    render(<CytokineFigure />);
    const highPath = screen.getByRole('img', { name: /^Serum IL-6/ }).querySelector('[data-series="flat-15"]')!.getAttribute('d');
    expect(describeText().startsWith('High burden')).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Low: MRD-level/ }));
    const lowPath = screen.getByRole('img', { name: /^Serum IL-6/ }).querySelector('[data-series="flat-15"]')!.getAttribute('d');
    expect(lowPath).not.toBe(highPath);
    const low = gridCell(sharedGrid(), 'flat-15', 'low');
    expect(describeText().startsWith('Low burden (MRD)')).toBe(true);
    expect(describeText()).toContain(`peak ${formatPgPerMl(low.il6PeakPgPerMl)} pg/mL at ${formatHours(low.il6PeakHours)} h`);
  });

  it('ticking and unticking regimens adds and removes their curves and sentences', () => {
    render(<CytokineFigure />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Flat 60 µg\/m²\/day/ }));
    expect(drawnSeries(/^Serum IL-6/)).toEqual(['flat-15', 'weight-lt-45', 'flat-60']);
    expect(describeText()).toContain('Flat 60 (what-if): IL-6 now');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Flat 15/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Stepped/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Flat 60/ }));
    expect(drawnSeries(/^Serum IL-6/)).toEqual([]);
    expect(describeText()).toMatch(/No regimen is shown/);
  });

  it('the time controls move the cursor readouts and the description', () => {
    render(<CytokineFigure />);
    expect(describeText()).toContain('day 0, 00:00');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    });
    expect(describeText()).toContain('day 0, 03:00');
    const legend = screen.getByRole('list', { name: /Serum IL-6.*legend/ });
    const readout = Number(/([\d.]+) pg\/mL/.exec(legend.textContent ?? '')![1]);
    expect(readout).toBeGreaterThan(50);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Next landmark' }));
      fireEvent.click(screen.getByRole('button', { name: 'Next landmark' }));
    });
    expect(describeText()).toContain('day 7, 00:00');
  });

  it('offers a data table of every regimen × burden', () => {
    render(<CytokineFigure />);
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 6);
    expect(within(table).getByRole('columnheader', { name: 'CNS-risk index (illustrative)' })).toBeTruthy();
  });
});
