// @vitest-environment happy-dom
// Tests of the management-case stepper as a reader uses it: pick options by role, check, read the feedback
// (which takes focus), go on, back and restart, switch case, and reach the summary of choices vs the label.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ManagementCase } from '../../../../renderer/src/figures/management-case/ManagementCase';
import { MANAGEMENT_CASES, TEACHING_DISCLAIMER, caseById } from '../../../../renderer/src/figures/management-case/cases';
import { correctOption, labelPath } from '../../../../renderer/src/figures/management-case/tree';

afterEach(cleanup);

function choose(name: RegExp | string): void {
  fireEvent.click(screen.getByRole('radio', { name }));
  fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
}

function feedback(): HTMLElement {
  return screen.getByRole('region', { name: 'Feedback' });
}

function stepHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 4 });
}

describe('ManagementCase', () => {
  it('renders without props: the teaching-case line, a case picker and the first question as a radio group', () => {
    render(<ManagementCase />);
    expect(screen.getByText(TEACHING_DISCLAIMER)).toBeTruthy();
    const picker = screen.getByRole('group', { name: 'Choose a case' });
    expect(within(picker).getAllByRole('button')).toHaveLength(MANAGEMENT_CASES.length);
    expect(within(picker).getByRole('button', { name: MANAGEMENT_CASES[0]!.name }).getAttribute('aria-pressed')).toBe('true');
    const first = caseById(MANAGEMENT_CASES[0]!.id);
    const q = first.nodes[first.start]!;
    expect(q.type).toBe('question');
    expect(screen.getByRole('group', { name: q.type === 'question' ? q.question : '' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(q.type === 'question' ? q.options.length : 0);
    expect((screen.getByRole('button', { name: 'Check answer' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(`Progress: 0 of ${labelPath(first).length - 1} questions answered`)).toBeTruthy();
  });

  it('gives immediate feedback with the rule and its source, and moves focus to it', () => {
    render(<ManagementCase />);
    choose(/^No pre-phase/);
    const fb = feedback();
    expect(fb.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(fb);
    expect(fb.textContent).toContain('Not what the label gives.');
    expect(fb.textContent).toContain('marrow blasts of 50 % or more call for the pre-phase');
    expect(fb.textContent).toMatch(/The rule\..*Sources: Amgen 2025, Amgen 2014/);
    // The options are locked once checked, and the label's answer is marked.
    const radios = screen.getAllByRole('radio');
    for (const radio of radios) expect((radio.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /^A dexamethasone pre-phase first/ }));
    expect(screen.queryByRole('button', { name: 'Check answer' })).toBeNull();
    expect(feedback().textContent).toContain('Not what the label gives.');
    expect(screen.getByText('✓ the rule’s answer')).toBeTruthy();
    expect(screen.getByText('✗ your choice')).toBeTruthy();
  });

  it('walks the CRS case along the label to the outcome and summarises the choices against the label', () => {
    render(<ManagementCase />);
    const data = caseById('crs-grade-3');
    choose(/^A dexamethasone pre-phase first/);
    expect(feedback().textContent).toContain('Matches the label.');
    fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    expect(document.activeElement).toBe(stepHeading());
    expect(stepHeading().textContent).toContain('Grade the CRS');
    choose('Grade 4');
    expect(feedback().textContent).toContain('Not what the ASTCT table gives.');
    fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    choose(/^Interrupt blinatumomab/);
    fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    choose(/restart at 9 µg\/day, and step up/);
    fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    choose(/then increase to 28 µg\/day$/);
    fireEvent.click(screen.getByRole('button', { name: /See the outcome/ }));
    expect(stepHeading().textContent).toContain('Outcome: She continues cycle 1 at 28 µg/day');
    const table = screen.getByRole('table');
    expect(within(table).getByText(/4 of 5 matched/)).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(labelPath(data).length - 1);
    expect(rows[1]!.textContent).toContain('Grade 4');
    expect(rows[1]!.textContent).toContain('✗ no');
    expect(screen.getByText('Case finished: 5 questions answered')).toBeTruthy();
  });

  it('ends early in a "left the label’s path" outcome, from which Back returns to the choice', () => {
    render(<ManagementCase case="icans-seizure" />);
    choose('Grade 3');
    fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    choose(/^Stop blinatumomab permanently: he has had a seizure/);
    fireEvent.click(screen.getByRole('button', { name: /See the outcome/ }));
    expect(stepHeading().textContent).toContain('Treatment stopped after one seizure');
    expect(screen.getByRole('table').textContent).toContain('left the label’s before the end');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    // Back on the question: the earlier choice is still selected but no longer checked.
    expect(stepHeading().textContent).toContain('Act on grade 3 neurotoxicity');
    expect((screen.getByRole('radio', { name: /^Stop blinatumomab permanently/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeTruthy();
    choose(/^Withhold blinatumomab/);
    expect(feedback().textContent).toContain('Matches the label.');
  });

  it('reaches permanent discontinuation after a second seizure in the neurotoxicity case', () => {
    render(<ManagementCase case="icans-seizure" />);
    const data = caseById('icans-seizure');
    for (const id of labelPath(data)) {
      const n = data.nodes[id]!;
      if (n.type === 'outcome') break;
      choose(correctOption(n).text);
      fireEvent.click(screen.getByRole('button', { name: /Next step|See the outcome/ }));
    }
    expect(stepHeading().textContent).toContain('Blinatumomab discontinued permanently');
    expect(screen.getByRole('table').textContent).toContain('4 of 4 matched');
  });

  it('restart clears the case; switching case keeps each case’s progress', () => {
    render(<ManagementCase />);
    choose(/^A dexamethasone pre-phase first/);
    fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    fireEvent.click(screen.getByRole('button', { name: MANAGEMENT_CASES[1]!.name }));
    expect(stepHeading().textContent).toContain('Grade the neurotoxicity');
    fireEvent.click(screen.getByRole('button', { name: MANAGEMENT_CASES[0]!.name }));
    expect(stepHeading().textContent).toContain('Grade the CRS');
    fireEvent.click(screen.getByRole('button', { name: 'Restart case' }));
    expect(stepHeading().textContent).toContain('Prepare and start cycle 1');
    expect(document.activeElement).toBe(stepHeading());
    expect((screen.getByRole('button', { name: 'Restart case' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
