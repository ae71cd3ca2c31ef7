// @vitest-environment happy-dom
// The synapse figure as a reader uses it: jump between stages, step with the time controls, read the
// description and data table, switch the infusion rate, play (frames drawn through refs) and reduced motion.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../../../renderer/src/model';
import { SynapseFigure } from '../../../../renderer/src/figures/synapse/SynapseFigure';
import { formatElapsed } from '../../../../renderer/src/figures/synapse/describe';
import { buildTimeline, simulationInputFor } from '../../../../renderer/src/figures/synapse/schedule';
import { STAGES } from '../../../../renderer/src/figures/synapse/stages';
import { InAtlas } from '../../helpers/atlas-store';

const fullTimeline = buildTimeline(simulate(simulationInputFor('full')), 'full');
const startTimeline = buildTimeline(simulate(simulationInputFor('start')), 'start');

function stageButtons(): HTMLElement[] {
  const list = document.querySelector('.syn-stages') as HTMLElement;
  return within(list).getAllByRole('button');
}

function currentStage(): number {
  return stageButtons().findIndex((b) => b.getAttribute('aria-current') === 'step');
}

function describeText(): string {
  const button = screen.getByRole('button', { name: 'Describe' });
  return document.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent ?? '';
}

function liveRegionText(): string {
  return document.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

function tCellTransform(): string {
  return document.querySelector('[data-syn="t-cell"]')?.getAttribute('transform') ?? '';
}

/** Everything the frames set on the drawing (positions, opacities, outlines). */
function drawingSignature(): string {
  return Array.from(document.querySelectorAll('.syn-svg [transform], .syn-svg [opacity], .syn-svg path[d]'))
    .map((el) => `${el.getAttribute('transform')}|${el.getAttribute('opacity')}|${el.getAttribute('d')}`)
    .join(';');
}

function readout(id: string): string {
  return document.querySelector(`.syn-ro--${id} .syn-ro-value`)?.textContent ?? '';
}

beforeEach(() => {
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SynapseFigure — reading the stages', () => {
  it('renders without props as a labelled model-output figure with its stages, controls and sources', () => {
    render(<SynapseFigure />);
    expect(screen.getByRole('figure', { name: /The immune synapse, stage by stage/ })).toBeTruthy();
    expect(screen.getByText('Illustrative — not for dosing decisions')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Time controls for the immune-synapse figure' })).toBeTruthy();
    expect(screen.getByRole('img')).toBeTruthy();
    const buttons = stageButtons();
    expect(buttons).toHaveLength(STAGES.length);
    STAGES.forEach((s, i) => expect(buttons[i]!.textContent).toContain(s.name));
    expect(currentStage()).toBe(0);
    expect(describeText()).toContain('Stage 1 of 7 — no drug is bridging the cells yet');
    expect(readout('time')).toBe('0 h 00 min');
    expect(readout('conc')).toBe('0 pg/mL');
    const sourceKeys = Array.from(document.querySelectorAll('.ff-sources [data-reference-key]')).map((a) => a.getAttribute('data-reference-key'));
    for (const key of ['hoffmann2005', 'dreier2002', 'liu2023', 'ribera2015', 'atlas-model']) expect(sourceKeys).toContain(key);
    expect((screen.getByRole('radio', { name: '28 µg/day (full dose)' }) as HTMLInputElement).checked).toBe(true);
  });

  it('jumps the clock to the moment a stage is reached when its button is pressed', () => {
    render(<SynapseFigure />);
    fireEvent.click(stageButtons()[4]!);
    expect(currentStage()).toBe(4);
    expect(readout('time')).toBe(formatElapsed(fullTimeline.stageStartsHours[4]!));
    expect(describeText()).toContain('Stage 5 of 7 — perforin and granzyme enter the blast');
    expect(document.querySelector('.syn-now')?.textContent).toContain('Stage 5 of 7: Perforin and granzyme enter the blast.');
    expect(parseFloat(readout('conc'))).toBeGreaterThan(500);
    expect(readout('cd19')).toMatch(/^0\.\d+ %$/);
    fireEvent.click(stageButtons()[1]!);
    expect(currentStage()).toBe(1);
    expect(describeText()).toContain('Minute 3');
  });

  it('steps with the time controls: next landmark, step forward, reset', () => {
    render(<SynapseFigure />);
    fireEvent.click(screen.getByRole('button', { name: 'Next landmark' }));
    expect(currentStage()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(currentStage()).toBe(2);
    expect(describeText()).toContain('Stage 3 of 7');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the start' }));
    expect(currentStage()).toBe(0);
    expect(describeText()).toContain('Minute 0');
    const slider = screen.getByRole('slider');
    expect(slider.getAttribute('aria-valuetext')).toBe('0 h 00 min after start');
  });

  it('offers a data table with a row per stage', () => {
    render(<SynapseFigure />);
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + STAGES.length + 1);
    expect(within(table).getByRole('rowheader', { name: `3. ${STAGES[2]!.name}` })).toBeTruthy();
    expect(table.textContent).toContain(formatElapsed(fullTimeline.stageStartsHours[2]!));
  });

  it('re-simulates at 9 µg/day, keeping the reader at the same stage', () => {
    render(<SynapseFigure />);
    fireEvent.click(stageButtons()[5]!);
    const before = parseFloat(readout('conc'));
    fireEvent.click(screen.getByRole('radio', { name: '9 µg/day (R/R start)' }));
    expect(currentStage()).toBe(5);
    expect(describeText()).toContain('of an infusion of 9 µg/day');
    expect(readout('time')).toBe(formatElapsed(startTimeline.stageStartsHours[5]!));
    expect(parseFloat(readout('conc'))).toBeLessThan(before / 2);
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    expect(screen.getByRole('table').textContent).toContain('at 9 µg/day');
  });
});

describe('SynapseFigure — playing', () => {
  it('draws each frame through refs and does not announce while playing', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    render(<SynapseFigure />);
    const announced = liveRegionText();
    expect(announced).toContain('Stage 1 of 7');
    const start = tCellTransform();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    let wall = performance.now();
    const run = (frameCount: number): void => {
      for (let i = 0; i < frameCount; i++) {
        const cb = frames.shift();
        if (!cb) throw new Error('no frame requested');
        wall += 100;
        act(() => cb(wall));
      }
    };
    run(5);
    const moved = tCellTransform();
    expect(moved).not.toBe(start);
    run(5);
    expect(tCellTransform()).not.toBe(moved);
    expect(liveRegionText()).toBe(announced);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(liveRegionText()).not.toBe(announced);
    expect(liveRegionText()).toMatch(/^Minute \d+ of an infusion/);
  });

  it('plays in stepped frames, one per stage, under reduced motion', () => {
    vi.useFakeTimers();
    render(
      <InAtlas prefs={{ reducedMotion: true }}>
        <SynapseFigure />
      </InAtlas>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      act(() => {
        vi.advanceTimersByTime(700);
      });
      expect(currentStage()).toBe(i);
      seen.push(drawingSignature());
    }
    expect(new Set(seen).size).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    // within a stage the drawing is one still frame: scrubbing inside stage 4 does not move the T cell
    const slider = screen.getByRole('slider');
    fireEvent.change(slider, { target: { value: '3.3' } });
    const a = drawingSignature();
    fireEvent.change(slider, { target: { value: '3.8' } });
    expect(drawingSignature()).toBe(a);
    expect(currentStage()).toBe(3);
  });
});
