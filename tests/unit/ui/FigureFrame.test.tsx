// @vitest-environment happy-dom
// Tests of the shared figure frame as a reader uses it: title and caption, Describe and Data-table
// toggles, the model-output badge, the live description region, controls and sources.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FigureFrame, MODEL_OUTPUT_BADGE, type FigureTable } from '../../../renderer/src/ui/FigureFrame';
import { FigurePrintContext } from '../../../renderer/src/ui/figure-print';

const table: FigureTable = {
  caption: 'Drug level by day',
  columns: ['Day', 'Concentration (pg/mL)'],
  rows: [
    ['Day 1', 215],
    ['Day 8', 668],
  ],
};

function renderFrame(extra: Partial<Parameters<typeof FigureFrame>[0]> = {}): ReturnType<typeof render> {
  return render(
    <FigureFrame id="fig-test" title="Test figure" caption="What the figure shows." description="Day 2: level steady." {...extra}>
      <svg role="img" aria-label="the visual" />
    </FigureFrame>,
  );
}

afterEach(cleanup);

describe('FigureFrame', () => {
  it('is a figure named by its title, described by its caption (after the visual), with the visual inside', () => {
    renderFrame();
    const figure = screen.getByRole('figure', { name: 'Test figure' });
    expect(figure.id).toBe('fig-test');
    expect(figure.querySelector('figcaption')?.textContent).toContain('Test figure');
    const caption = document.getElementById(figure.getAttribute('aria-describedby') ?? '');
    expect(caption?.textContent).toContain('What the figure shows.');
    // the caption follows the drawing, so the inputs, Play and the drawing come first on a screen
    expect(figure.querySelector('.ff-visual')!.compareDocumentPosition(caption!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(figure).getByRole('img', { name: 'the visual' })).toBeTruthy();
  });

  it('reveals the generated description with the Describe button, and hides it again', () => {
    renderFrame();
    const button = screen.getByRole('button', { name: 'Describe' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(true);
    expect(panel?.textContent).toBe('Day 2: level steady.');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
  });

  it('offers a real data table with column and row headers when given one', () => {
    renderFrame({ table });
    const button = screen.getByRole('button', { name: 'Data table' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(true);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    const shown = panel?.querySelector('table');
    expect(shown?.querySelector('caption')?.textContent).toBe('Drug level by day');
    const colHeaders = Array.from(shown?.querySelectorAll('th[scope="col"]') ?? []).map((th) => th.textContent);
    expect(colHeaders).toEqual(['Day', 'Concentration (pg/mL)']);
    const rowHeaders = Array.from(shown?.querySelectorAll('th[scope="row"]') ?? []).map((th) => th.textContent);
    expect(rowHeaders).toEqual(['Day 1', 'Day 8']);
    expect(shown?.querySelector('tbody tr:last-child td')?.textContent).toBe('668');
  });

  it('has no Data table button when there is no table', () => {
    renderFrame();
    expect(screen.queryByRole('button', { name: 'Data table' })).toBeNull();
  });

  it('shows the "not for dosing decisions" badge only on model output', () => {
    renderFrame({ modelOutput: true });
    expect(screen.getByText(MODEL_OUTPUT_BADGE)).toBeTruthy();
    cleanup();
    renderFrame();
    expect(screen.queryByText(MODEL_OUTPUT_BADGE)).toBeNull();
  });

  it('announces description changes politely, and holds them while announcing is paused', () => {
    const { rerender, container } = renderFrame();
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Day 2: level steady.');

    const frame = (description: string, announce?: boolean): ReactElement => (
      <FigureFrame id="fig-test" title="Test figure" description={description} announce={announce}>
        <svg />
      </FigureFrame>
    );
    act(() => rerender(frame('Day 3: IL-6 past its peak.')));
    expect(live?.textContent).toBe('Day 3: IL-6 past its peak.');

    act(() => rerender(frame('Day 4 (playing)', false)));
    expect(live?.textContent).toBe('Day 3: IL-6 past its peak.');
    act(() => rerender(frame('Day 5 (paused)', true)));
    expect(live?.textContent).toBe('Day 5 (paused)');
  });

  it('places controls before the visual and sources after it', () => {
    renderFrame({ controls: <button type="button">Play</button>, sources: 'Sources: ribera2015' });
    const figure = screen.getByRole('figure', { name: 'Test figure' });
    const play = within(figure).getByRole('button', { name: 'Play' });
    const visual = within(figure).getByRole('img', { name: 'the visual' });
    expect(play.compareDocumentPosition(visual) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Citation keys in a sources line read as "Author Year" and link to the references.
    expect(within(figure).getByRole('link', { name: 'Ribera 2015' }).getAttribute('data-reference-key')).toBe('ribera2015');
  });

  it('uses native buttons that take keyboard focus (Enter and Space come free)', () => {
    renderFrame({ table });
    for (const name of ['Describe', 'Data table']) {
      const button = screen.getByRole('button', { name });
      expect(button.tagName).toBe('BUTTON');
      button.focus();
      expect(document.activeElement).toBe(button);
    }
  });

  it('on paper (a handout) prints the description, the table and the host’s note, without toggles, the drawing block unbreakable', () => {
    const framed = vi.fn();
    render(
      <FigurePrintContext value={{ note: <p className="note">Scenario: high burden.</p>, framed }}>
        <FigureFrame id="fig-test" title="Test figure" caption="What the figure shows." description="Day 2: level steady." table={table} sources="Ribera 2015">
          <svg role="img" aria-label="the visual" />
        </FigureFrame>
      </FigurePrintContext>,
    );
    const figure = screen.getByRole('figure', { name: 'Test figure' });
    expect(within(figure).queryByRole('button')).toBeNull();
    expect(figure.querySelector('.ff-description')!.hasAttribute('hidden')).toBe(false);
    expect(figure.querySelector('.ff-table-wrap')!.hasAttribute('hidden')).toBe(false);
    const unit = figure.querySelector('.ff-print-unit')!;
    for (const part of ['.ff-caption', '.ff-visual', '.ff-caption-text', '.ff-sources', '.note']) expect(unit.querySelector(part), part).not.toBeNull();
    expect(unit.querySelector('.ff-description, .ff-table')).toBeNull();
    expect(framed).toHaveBeenCalledOnce();
  });
});
