// @vitest-environment happy-dom
// Tests of the BiTE-structure figure as a reader uses it: keyboard moves between parts update the info
// panel, hover selects, and the "Flex linker" animation (smooth via rAF, or stepped under reduced motion).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BiteStructureFigure } from '../../../../renderer/src/figures/bite-structure/BiteStructureFigure';
import { PART_ORDER, PARTS } from '../../../../renderer/src/figures/bite-structure/parts';
import { InAtlas } from '../../helpers/atlas-store';

function partButtons(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-part]'));
}

function partButton(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-part="${id}"]`);
  if (!el) throw new Error(`no part ${id}`);
  return el;
}

function infoPanelText(): string {
  return document.querySelector('.bs-info')?.textContent ?? '';
}

function describeText(): string {
  const button = screen.getByRole('button', { name: 'Describe' });
  return document.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent ?? '';
}

function swingAngle(): number {
  const transform = document.querySelector('.bs-swing')?.getAttribute('transform') ?? '';
  const match = /rotate\(([-\d.]+)/.exec(transform);
  return match ? Number(match[1]) : NaN;
}

beforeEach(() => {
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('BiteStructureFigure — exploring the parts', () => {
  it('renders without props as a titled figure with every part as a named button', () => {
    render(<BiteStructureFigure />);
    expect(screen.getByRole('figure', { name: 'Blinatumomab beside an IgG, drawn to scale' })).toBeTruthy();
    const buttons = partButtons();
    expect(buttons.map((b) => b.dataset.part)).toEqual(expect.arrayContaining([...PART_ORDER]));
    expect(buttons).toHaveLength(PART_ORDER.length);
    for (const b of buttons) {
      expect(b.getAttribute('role')).toBe('button');
      expect(b.getAttribute('aria-label')).toContain(PARTS[b.dataset.part as keyof typeof PARTS].name);
    }
    // One tab stop into the diagram (roving tabindex); the rest are reached with the arrow keys.
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('moves focus between parts with the arrow keys and shows each part in the info panel', () => {
    render(<BiteStructureFigure />);
    const first = partButton(PART_ORDER[0]);
    act(() => first.focus());
    expect(infoPanelText()).toContain(PARTS[PART_ORDER[0]].name);

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(partButton(PART_ORDER[1]));
    expect(infoPanelText()).toContain(PARTS[PART_ORDER[1]].name);
    expect(infoPanelText()).toContain('12.5 kDa');
    expect(partButton(PART_ORDER[1]).getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(partButton(PART_ORDER[2]));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(partButton(PART_ORDER[1]));

    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    const last = PART_ORDER[PART_ORDER.length - 1];
    expect(document.activeElement).toBe(partButton(last));
    expect(infoPanelText()).toContain(PARTS[last].about);

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first); // wraps round
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(partButton(last));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  it('puts the selected part into the generated description', () => {
    render(<BiteStructureFigure />);
    expect(describeText()).toContain('No part selected.');
    act(() => partButton('bite-no-fc').focus());
    expect(describeText()).toMatch(/^Selected: No Fc region/);
    expect(describeText()).toContain('continuous intravenous infusion');
  });

  it('shows a part in the info panel when hovered', () => {
    render(<BiteStructureFigure />);
    fireEvent.pointerEnter(partButton('igg-fc'));
    expect(infoPanelText()).toContain(PARTS['igg-fc'].name);
    expect(infoPanelText()).toContain('FcRn');
  });

  it('offers a data table with a row for every part', () => {
    render(<BiteStructureFigure />);
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    const table = screen.getByRole('table');
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    for (const id of PART_ORDER) expect(rowHeaders).toContain(PARTS[id].name);
  });
});

describe('BiteStructureFigure — the flexible linker', () => {
  it('animates through a ref each frame with the shared time controls, without re-rendering the description per frame', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    render(<BiteStructureFigure />);
    const controls = screen.getByRole('group', { name: 'Time controls for the linker swing' });
    expect(swingAngle()).toBe(0);

    fireEvent.click(within(controls).getByRole('button', { name: 'Play' }));
    expect(within(controls).getByRole('button', { name: 'Pause' })).toBeTruthy();
    const playingText = describeText();
    expect(playingText).toContain('Linker animation playing');

    const runFrame = (timeMs: number): void => {
      const cb = frames.shift();
      if (!cb) throw new Error('no frame requested');
      now = timeMs;
      cb(timeMs);
    };
    runFrame(50);
    runFrame(100);
    const angleA = swingAngle();
    runFrame(150);
    const angleB = swingAngle();
    expect(Math.abs(angleA)).toBeGreaterThan(1);
    expect(angleB).not.toBeCloseTo(angleA, 3);
    expect(Math.abs(angleB)).toBeLessThanOrEqual(40);
    expect(describeText()).toBe(playingText); // no React update per frame

    fireEvent.click(within(controls).getByRole('button', { name: 'Pause' }));
    expect(swingAngle()).toBeCloseTo(angleB, 1);
    const direction = angleB < 0 ? 'upwards' : 'downwards';
    expect(describeText()).toContain(`swung ${Math.round(Math.abs(angleB))}° ${direction}`);
  });

  it('steps through the poses at the same positions under reduced motion, and says which', () => {
    vi.useFakeTimers();
    render(
      <InAtlas prefs={{ reducedMotion: true }}>
        <BiteStructureFigure />
      </InAtlas>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      act(() => {
        vi.advanceTimersByTime(700);
      });
      seen.push(Math.round(swingAngle()));
    }
    expect(seen).toEqual([40, 0, -40, 0]);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(describeText()).toContain('anti-CD3 scFv at rest');
  });

  it('jumps between the poses with the landmark buttons', () => {
    render(<BiteStructureFigure />);
    const next = screen.getByRole('button', { name: 'Next landmark' });
    const angles = [0, 1, 2].map(() => {
      fireEvent.click(next);
      return Math.round(swingAngle());
    });
    expect(angles).toEqual([40, 0, -40]);
    expect(describeText()).toContain('anti-CD3 scFv swung 40° upwards about the central linker');
  });
});
