// @vitest-environment happy-dom
// Tests of the PK/PD explorer as a student uses it in lesson 5: pick a regimen, move the patient sliders,
// use the presets and reset, jump between landmarks, zoom, switch the drug axis — and check that the
// description, table, readouts and the right charts (only those) change.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PkPdExplorer } from '../../../../renderer/src/figures/pkpd-explorer/PkPdExplorer';
import { MODEL_OUTPUT_BADGE } from '../../../../renderer/src/ui/FigureFrame';
import { regimens } from '../../../../renderer/src/model';
import { InAtlas } from '../../helpers/atlas-store';

function describeText(): string {
  const button = screen.getByRole('button', { name: 'Describe' });
  return document.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent ?? '';
}

function readout(id: string): string {
  return document.querySelector(`[data-readout="${id}"] dd`)?.textContent ?? '';
}

function path(chart: string, series: string): string {
  return document.querySelector(`[data-chart="${chart}"] path[data-series="${series}"]`)?.getAttribute('d') ?? '';
}

function slider(name: string): HTMLInputElement {
  return screen.getByRole('slider', { name }) as HTMLInputElement;
}

function timeSlider(): HTMLInputElement {
  const group = screen.getByRole('group', { name: 'Time controls for the PK/PD explorer' });
  return within(group).getByRole('slider') as HTMLInputElement;
}

beforeEach(() => {
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PkPdExplorer — what the lesson shows with no props', () => {
  it('renders a labelled model-output figure with five linked charts, inputs and landmarks', () => {
    render(<PkPdExplorer />);
    const figure = screen.getByRole('figure', { name: /PK\/PD explorer/ });
    expect(figure.closest('[data-figure="pkpd-explorer"]')).not.toBeNull();
    expect(within(figure).getAllByText(MODEL_OUTPUT_BADGE).length).toBeGreaterThanOrEqual(1); // the frame's badge (and the readouts')
    for (const name of [/Serum blinatumomab/, /^T cells/, /CD19⁺ cells in blood/, /Marrow blasts \(%/, /Serum IL-6/]) {
      expect(within(figure).getByRole('img', { name })).toBeTruthy();
    }
    expect((screen.getByRole('combobox', { name: /Regimen/ }) as HTMLSelectElement).value).toBe('label-rr');
    for (const name of ['Marrow blasts (%)', 'Peripheral blasts (× 10⁹/L)', 'Treg (% of CD4⁺)', 'Baseline T cells (/µL)', 'Body-surface area (m²)']) {
      expect(slider(name)).toBeTruthy();
      expect(screen.getByRole('spinbutton', { name: `${name}, typed value` })).toBeTruthy();
    }
    expect(slider('Marrow blasts (%)').getAttribute('aria-valuetext')).toBe('50 %');
    // the EC90 line and the landmarks of label-rr drawn from the schedule
    expect(figure.querySelector('[data-chart="drug"] .ts-thresholds')?.textContent).toContain('EC90 470 pg/mL');
    expect(figure.querySelector('[data-chart="drug"] .ts-landmarks')?.textContent).toBe('9→28stop C1C2stop C2');
    expect(screen.getByRole('button', { name: /Go to Dose step 9 → 28 µg\/day/ })).toBeTruthy();
    expect(readout('response')).toBe('CR-like');
    expect(figure.textContent).toContain('Illustrative — not for dosing decisions');
  });

  it('offers a data table with all five quantities at every landmark', () => {
    render(<PkPdExplorer />);
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Serum blinatumomab (pg/mL)', 'Blood T cells (/µL)', 'CD19⁺ cells in blood (/µL)', 'Marrow blasts (%)', 'IL-6 (pg/mL)']));
    const rowHeads = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowHeads).toEqual(['Start of infusion (9 µg/day)', 'Dose step 9 → 28 µg/day', 'End of infusion, cycle 1', 'Cycle 2 starts (28 µg/day)', 'End of infusion, cycle 2', 'End of the run']);
  });
});

describe('PkPdExplorer — doing what the lesson asks', () => {
  it('steps to the dose step with "Next landmark" and describes the state there', () => {
    render(<PkPdExplorer />);
    expect(describeText()).toMatch(/^Day 0, 00:00 on label-rr/);
    fireEvent.click(screen.getByRole('button', { name: 'Next landmark' }));
    expect(describeText()).toMatch(/^Day 7, 00:00 on label-rr \(infusing 28 µg\/day\)/);
    expect(screen.getByRole('button', { name: 'Next landmark' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(describeText()).toMatch(/^Day 8, 00:00 .*above the 470 pg\/mL EC90/);
  });

  it('switching to flat 60 µg/m²/day grows the cycle-1 IL-6 peak and changes the landmarks', () => {
    render(<PkPdExplorer />);
    const before = readout('il6-1');
    fireEvent.change(screen.getByRole('combobox', { name: /Regimen/ }), { target: { value: 'flat-60' } });
    const after = readout('il6-1');
    expect(parseFloat(after)).toBeGreaterThan(2 * parseFloat(before));
    expect(describeText()).toContain('on flat-60');
    expect(screen.getByText(regimens['flat-60'].description)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Go to Dose step/ })).toBeNull();
    expect(readout('crs')).toContain('grade-3-like');
  });

  it('raising the marrow blasts re-simulates at once: bigger IL-6 burst, slower marrow clearance', () => {
    render(<PkPdExplorer />);
    const il6Before = parseFloat(readout('il6-1'));
    const marrowBefore = readout('marrow-28');
    const drugPath = path('drug', 'C');
    const marrowPath = path('marrow', 'Xpct');
    const il6Path = path('il6', 'I');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Marrow blasts (%), typed value' }), { target: { value: '90' } });
    expect(slider('Marrow blasts (%)').getAttribute('aria-valuetext')).toBe('90 %');
    expect(parseFloat(readout('il6-1'))).toBeGreaterThan(il6Before);
    expect(readout('marrow-28')).not.toBe(marrowBefore);
    expect(describeText()).toContain('Patient: marrow blasts 90 %');
    // only the charts whose data changed are redrawn: the drug level does not depend on the marrow
    expect(path('marrow', 'Xpct')).not.toBe(marrowPath);
    expect(path('il6', 'I')).not.toBe(il6Path);
    expect(path('drug', 'C')).toBe(drugPath);
    // a change in body-surface area does change the drug curve
    fireEvent.change(slider('Body-surface area (m²)'), { target: { value: '1.5' } });
    expect(path('drug', 'C')).not.toBe(drugPath);
  });

  it('moves the marrow slider by keyboard-style steps on a log scale', () => {
    render(<PkPdExplorer />);
    const s = slider('Marrow blasts (%)');
    fireEvent.change(s, { target: { value: String(Number(s.value) - 100) } }); // one decade down
    expect(s.getAttribute('aria-valuetext')).toBe('5 %');
    expect(describeText()).toContain('Patient: marrow blasts 5 %');
  });

  it('applies the MRD preset (inputs and regimen), and Reset returns to the defaults', () => {
    render(<PkPdExplorer />);
    const mrd = screen.getByRole('button', { name: 'MRD-positive' });
    fireEvent.click(mrd);
    expect(mrd.getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('combobox', { name: /Regimen/ }) as HTMLSelectElement).value).toBe('mrd');
    expect((screen.getByRole('spinbutton', { name: 'Marrow blasts (%), typed value' }) as HTMLInputElement).value).toBe('0.1');
    expect(readout('response')).toBe('MRD-negative-like');
    fireEvent.change(slider('Treg (% of CD4⁺)'), { target: { value: '12' } });
    expect(mrd.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('button', { name: 'R/R (default)' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('combobox', { name: /Regimen/ }) as HTMLSelectElement).value).toBe('label-rr');
    expect(slider('Treg (% of CD4⁺)').value).toBe('5');
  });

  it('zooms to the first 3 days (the clock follows) and keeps the reader’s time when the regimen changes', () => {
    render(<PkPdExplorer />);
    fireEvent.click(screen.getByRole('button', { name: 'Next landmark' })); // day 7
    fireEvent.click(screen.getByRole('radio', { name: 'Cycle 1' }));
    expect(timeSlider().max).toBe('42');
    expect(describeText()).toMatch(/^Day 7, 00:00/);
    fireEvent.change(screen.getByRole('combobox', { name: /Regimen/ }), { target: { value: 'nhl-step' } });
    expect(describeText()).toMatch(/^Day 7, 00:00 on nhl-step/);
    fireEvent.click(screen.getByRole('radio', { name: 'First 3 days' }));
    expect(timeSlider().max).toBe('3');
    expect(describeText()).toMatch(/^Day 3, 00:00/);
    expect(document.querySelector('[data-chart="il6"] .ts-grid')?.textContent).toContain('0.5');
  });

  it('switches the drug axis between linear and log, and hides the grey reference curves', () => {
    render(<PkPdExplorer />);
    expect(screen.getByRole('img', { name: /Serum blinatumomab \(pg\/mL\), linear scale/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Log' }));
    expect(screen.getByRole('img', { name: /Serum blinatumomab \(pg\/mL\), log scale/ })).toBeTruthy();
    expect(document.querySelectorAll('path.ts-faint')).toHaveLength(5);
    fireEvent.click(screen.getByRole('checkbox', { name: /Grey reference curves/ }));
    expect(document.querySelectorAll('path.ts-faint')).toHaveLength(0);
  });
});

describe('PkPdExplorer — advanced rate constants', () => {
  it('changes a raw rate constant within its range, says so in the description, links to its source, and resets', () => {
    render(<PkPdExplorer />);
    const before = describeText();
    const slider = screen.getByRole('slider', { name: /kBm/ }) as HTMLInputElement;
    expect(screen.getByRole('link', { name: 'Where kBm comes from (the Model page)' }).getAttribute('href')).toBe('#/model/param-kBm');
    fireEvent.change(slider, { target: { value: '120' } });
    expect(describeText()).toMatch(/Rate constants changed: kBm 0\.2 \(default 0\.036\)/);
    expect(describeText()).not.toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Reset the rate constants' }));
    expect(describeText()).toBe(before);
  });
});

describe('PkPdExplorer — playback', () => {
  it('with reduced motion, Play advances in stepped frames at the same simulated times', () => {
    vi.useFakeTimers();
    render(
      <InAtlas prefs={{ reducedMotion: true }}>
        <PkPdExplorer />
      </InAtlas>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => {
      vi.advanceTimersByTime(700 * 3);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(describeText()).toMatch(/^Day 3, 00:00 on label-rr/);
  });
});
