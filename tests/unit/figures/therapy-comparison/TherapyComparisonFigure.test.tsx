// @vitest-environment happy-dom
// The therapy-comparison figure as a reader uses it: the "Compare by" radio group changes what the three cards
// answer, the description follows, the data table holds every question, and every card cites its sources.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TherapyComparisonFigure } from '../../../../renderer/src/figures/therapy-comparison/TherapyComparisonFigure';

afterEach(cleanup);

function describeText(): string {
  const button = screen.getByRole('button', { name: 'Describe' });
  return document.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent ?? '';
}

describe('TherapyComparisonFigure', () => {
  it('shows the three treatments answering the first question, each with its sources', () => {
    render(<TherapyComparisonFigure />);
    const cards = document.querySelectorAll('.tc-card');
    expect([...cards].map((c) => c.getAttribute('data-therapy'))).toEqual(['blinatumomab', 'car-t', 'inotuzumab']);
    expect(cards[0]!.textContent).toMatch(/CD19 on the blast/);
    for (const card of cards) expect(card.querySelectorAll('a[data-reference-key]').length).toBeGreaterThan(0);
    expect((screen.getByRole('radio', { name: 'What it aims at' }) as HTMLInputElement).checked).toBe(true);
  });

  it('changes every card, the heading and the description when another question is chosen', () => {
    render(<TherapyComparisonFigure />);
    fireEvent.click(screen.getByRole('radio', { name: 'What it costs the patient' }));
    expect(document.querySelector('.tc-question')!.textContent).toBe('What it costs the patient');
    expect(document.querySelector('[data-therapy="inotuzumab"].tc-card')!.textContent).toMatch(/veno-occlusive/);
    expect(describeText()).toMatch(/“What it costs the patient”/);
    fireEvent.click(screen.getByRole('radio', { name: 'Remission in relapsed or refractory ALL' }));
    expect(document.querySelector('[data-therapy="blinatumomab"].tc-card')!.textContent).toMatch(/44 %.*Comparator arm: chemotherapy 25 %/);
    expect(document.querySelector('[data-therapy="car-t"].tc-card')!.textContent).toMatch(/67–100 %.*No comparator arm/);
  });

  it('draws one bar per treatment with a direct label, comparator ticks, and the warning against ranking', () => {
    render(<TherapyComparisonFigure />);
    const chart = document.querySelector('.tc-chart-svg')!;
    expect(chart.querySelectorAll('.tc-bar')).toHaveLength(3);
    expect([...chart.querySelectorAll('.tc-value')].map((t) => t.textContent)).toEqual(['44 %', 'range 67–100 %', '80.7 %']);
    expect([...chart.querySelectorAll('.tc-comparator text')].map((t) => t.textContent)).toEqual(['chemotherapy 25 %', 'standard chemotherapy 29.4 %']);
    expect(chart.getAttribute('aria-label')).toMatch(/Blinatumomab: 44 %/);
    expect(document.querySelector('.tc-caveat')!.textContent).toMatch(/not which treatment is better/);
  });

  it('offers the whole comparison as a data table: every question for every treatment', () => {
    render(<TherapyComparisonFigure />);
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(within(rows[0]!).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Question', 'Blinatumomab', 'CD19 CAR T cells', 'Inotuzumab ozogamicin']);
  });

  it('follows a controlled state', () => {
    render(<TherapyComparisonFigure state={{ dimension: 'needs' }} dispatch={() => undefined} />);
    expect((screen.getByRole('radio', { name: 'What it needs' }) as HTMLInputElement).checked).toBe(true);
    expect(document.querySelector('[data-therapy="car-t"].tc-card')!.textContent).toMatch(/off the shelf/);
  });
});
