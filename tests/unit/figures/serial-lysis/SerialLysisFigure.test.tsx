// @vitest-environment happy-dom
// Tests of the serial-lysis figure as a reader uses it: no props needed, labelled controls that restart the
// well, time controls that step and scrub the micro-world, a description and table that follow, reduced motion.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SerialLysisFigure } from '../../../../renderer/src/figures/serial-lysis/SerialLysisFigure';
import { InAtlas } from '../../helpers/atlas-store';

function describeText(): string {
  const button = screen.getByRole('button', { name: 'Describe' });
  return document.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent ?? '';
}

function tableRows(): string[][] {
  const table = document.querySelector('.ff-table');
  if (!table) throw new Error('no table');
  return Array.from(table.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent ?? ''));
}

function slider(name: RegExp | string): HTMLInputElement {
  return screen.getByRole('slider', { name }) as HTMLInputElement;
}

beforeEach(() => {
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SerialLysisFigure — in the lesson, with no props', () => {
  it('renders a titled, model-labelled figure with the stable hooks the benchmark uses', () => {
    const { container } = render(<SerialLysisFigure />);
    const root = container.querySelector('[data-figure="serial-lysis"]');
    expect(root).toBeTruthy();
    expect(screen.getByRole('figure', { name: /Serial lysis/ })).toBeTruthy();
    expect(screen.getByText('Illustrative — not for dosing decisions')).toBeTruthy();
    const cells = screen.getByLabelText('Cells') as HTMLSelectElement;
    expect(cells.tagName).toBe('SELECT');
    expect(Array.from(cells.options).map((o) => o.value)).toEqual(['200', '500', '2000']);
    expect(cells.value).toBe('500');
    expect(container.querySelector('canvas')?.getAttribute('aria-label')).toMatch(/^Micro-world of 69 T cells, 345 CD19⁺ blasts and 86 CD19⁻ bystanders/);
    expect(document.querySelector('.ff-sources [data-reference-key="hoffmann2005"]')?.textContent).toBe('Hoffmann 2005');
    expect(describeText()).toMatch(/^At the start at 100 pg\/mL .*E:T 1:5, Treg 5 %/);
  });

  it('has every control as a labelled, keyboard-reachable input', () => {
    render(<SerialLysisFigure />);
    for (const name of ['E:T ratio', 'Cells', 'Speed']) expect(screen.getByRole('combobox', { name })).toBeTruthy();
    for (const name of ['Blinatumomab, pg/mL', 'Treg, % of CD4⁺', 'CD19⁻ escape clone, % of blasts', 'Time']) expect(slider(name)).toBeTruthy();
    expect(screen.getByRole('radio', { name: /In vitro, fixed/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Patient on the label regimen/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Highlight one T cell' })).toBeTruthy();
    for (const name of ['Play', 'Step forward', 'Step back', 'Reset to the start', 'New random run']) expect(screen.getByRole('button', { name })).toBeTruthy();
    for (const el of document.querySelectorAll('.sl-controls input, .sl-controls select, .sl-controls button')) expect(el.getAttribute('tabindex')).not.toBe('-1');
  });
});

describe('SerialLysisFigure — time', () => {
  it('steps forward 15 min at a time; the description and table follow the micro-world', () => {
    render(<SerialLysisFigure />);
    const step = screen.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 36; i++) fireEvent.click(step); // 9 h
    const text = describeText();
    expect(text).toMatch(/^After 9 h 00 min at 100 pg\/mL/);
    const killed = Number(/: (\d+) % of the 345 CD19⁺ blasts killed/.exec(text)?.[1]);
    expect(killed).toBeGreaterThan(30);
    expect(text).toMatch(/made \d+–\d+ kills each \(mean \d\.\d\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    const rows = tableRows();
    const blasts = rows.find((r) => r[0] === 'CD19⁺ blasts (targets)')!;
    expect(Math.round((100 * (Number(blasts[4]) + Number(blasts[5]))) / 345)).toBe(killed);
    expect(Number(blasts[1])).toBe(345);
    expect(rows.some((r) => /^T cells with \d+ kills?$/.test(r[0]!))).toBe(true);
  });

  it('scrubbing back and forward again gives the same state (replayed from the seed)', () => {
    render(<SerialLysisFigure />);
    const time = slider('Time');
    fireEvent.change(time, { target: { value: String(10 / 24) } });
    const first = describeText();
    fireEvent.change(time, { target: { value: String(2 / 24) } });
    expect(describeText()).not.toBe(first);
    fireEvent.change(time, { target: { value: String(10 / 24) } });
    expect(describeText()).toBe(first);
  });

  it('under reduced motion, playing advances in stepped 15-minute frames', () => {
    vi.useFakeTimers();
    render(
      <InAtlas prefs={{ reducedMotion: true }}>
        <SerialLysisFigure />
      </InAtlas>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => {
      vi.advanceTimersByTime(700 * 4);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(describeText()).toMatch(/^After 1 h 00 min/);
  });
});

describe('SerialLysisFigure — settings restart the well', () => {
  it('a higher Treg % slows killing and says how much of full speed is left', () => {
    render(<SerialLysisFigure />);
    const killedAfter = (): number => {
      const step = screen.getByRole('button', { name: 'Step forward' });
      for (let i = 0; i < 24; i++) fireEvent.click(step); // 6 h
      return Number(/: (\d+) % of the/.exec(describeText())?.[1]);
    };
    const normal = killedAfter();
    fireEvent.change(slider('Treg, % of CD4⁺'), { target: { value: '12' } });
    expect(describeText()).toMatch(/^At the start .*Treg 12 % \(brake fT 20 % of full speed\)/);
    expect(slider('Treg, % of CD4⁺').getAttribute('aria-valuetext')).toBe('12 % (brake: 20 % of full speed)');
    expect(killedAfter()).toBeLessThan(normal);
    expect(describeText()).toContain('Treg 12 %');
  });

  it('an escape clone is drawn, counted and left untouched', () => {
    const { container } = render(<SerialLysisFigure />);
    fireEvent.change(slider('CD19⁻ escape clone, % of blasts'), { target: { value: '10' } });
    expect(container.querySelector('canvas')?.getAttribute('aria-label')).toContain('35 CD19⁻ escape-clone cells');
    const step = screen.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 12; i++) fireEvent.click(step);
    expect(describeText()).toMatch(/The 35 escape-clone cells \(CD19⁻\) and the \d+ CD19⁻ bystanders are untouched/);
    expect(screen.getByText('CD19⁻ escape clone alive')).toBeTruthy();
  });

  it('switching to a patient on label-rr describes the treatment day and drug level', () => {
    render(<SerialLysisFigure />);
    fireEvent.click(screen.getByRole('radio', { name: /Patient on the label regimen/ }));
    const day = slider('Treatment day');
    fireEvent.change(day, { target: { value: '10' } });
    expect(day.getAttribute('aria-valuetext')).toMatch(/^day 10: 28 µg\/day \(steady state \d+ pg\/mL\)$/);
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(describeText()).toMatch(/in a patient from day 10 of label-rr \(drug now \d+ pg\/mL, killing engagement Ek 97 %\)/);
    expect(describeText()).toContain('MRD patient on label-rr');
  });

  it('choosing 2 000 cells and a lower E:T ratio changes the well; the previous run stays on the chart', () => {
    const { container } = render(<SerialLysisFigure />);
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    fireEvent.change(screen.getByLabelText('Cells'), { target: { value: '2000' } });
    expect(container.querySelector('canvas')?.getAttribute('aria-label')).toMatch(/^Micro-world of 276 T cells, 1380 CD19⁺ blasts/);
    expect(describeText()).toMatch(/^At the start/);
    fireEvent.change(screen.getByRole('combobox', { name: 'E:T ratio' }), { target: { value: '1-10' } });
    expect(describeText()).toContain('E:T 1:10');
    expect(within(container).getByText('previous settings')).toBeTruthy();
  });

  it('a new random run changes the seed but not the settings', () => {
    render(<SerialLysisFigure />);
    expect(screen.getByText('run 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New random run' }));
    expect(screen.getByText('run 2')).toBeTruthy();
    expect(describeText()).toMatch(/^At the start at 100 pg\/mL .*E:T 1:5/);
  });
});
