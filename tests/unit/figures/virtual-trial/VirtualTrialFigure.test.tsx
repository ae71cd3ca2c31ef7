// @vitest-environment happy-dom
// The virtual-trial figure as a reader uses it, where there is no Web Worker (cohorts run in main-thread
// slices): it shows progress, then 200 patients; a regimen change moves the response rate; going back is
// instant (cached); the waterfall is a listbox with one roving tab stop; Enter or a click opens the patient
// in the PK/PD explorer; the description and data table follow.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runCohort } from '../../../../renderer/src/model';
import { VirtualTrialFigure } from '../../../../renderer/src/figures/virtual-trial/VirtualTrialFigure';
import { CohortService, SliceBackend } from '../../../../renderer/src/figures/virtual-trial/cohort-service';
import { explorerHref, findExplorer } from '../../../../renderer/src/figures/virtual-trial/explorer-link';
import { InAtlas, storeWith } from '../../helpers/atlas-store';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const service = new CohortService(new SliceBackend({ budgetMs: 20 }));

function root(): HTMLElement {
  return document.querySelector('[data-figure="virtual-trial"]') as HTMLElement;
}

async function settled(key: string): Promise<void> {
  await waitFor(() => {
    expect(root().dataset.cohort).toBe(key);
    expect(root().dataset.status).toBe('done');
    expect(screen.getByRole('listbox')).toBeTruthy();
  }, { timeout: 20_000 });
}

function describeText(): string {
  const button = screen.getByRole('button', { name: 'Describe' });
  return document.getElementById(button.getAttribute('aria-controls') ?? '')?.textContent ?? '';
}

function value(row: string): string {
  return document.querySelector(`[data-value="${row}"]`)?.textContent ?? '';
}

describe('VirtualTrialFigure', () => {
  it('runs the trial off to the side, shows progress, then 200 patients against the trials, labelled as model output', async () => {
    render(<VirtualTrialFigure cohortService={service} />);
    const figure = screen.getByRole('figure', { name: /A virtual trial/ });
    expect(within(figure).getByText('Illustrative — not for dosing decisions')).toBeTruthy();
    expect(root().dataset.backend).toBe('main-thread');
    expect(root().dataset.status).toBe('running');
    expect(screen.getByRole('status').textContent).toMatch(/Simulating trial 1/);
    await settled('rr|label-rr|1|200');
    expect(screen.getAllByRole('option')).toHaveLength(200);
    expect(value('day28')).toBe('30 %');
    expect(value('day70')).toBe('48.5 %');
    await waitFor(() => expect(value('mrd')).toBe('74.5 %'), { timeout: 20_000 });
    const keys = Array.from(figure.querySelectorAll('.ff-sources [data-reference-key]')).map((a) => a.getAttribute('data-reference-key'));
    expect(keys).toEqual(['topp2015', 'kantarjian2017', 'gokbuget2018', 'duell2017', 'atlas-model']);
    expect(within(figure).getByRole('radio', { name: 'Label 9 → 28' })).toHaveProperty('checked', true);
    expect(within(figure).getByRole('list', { name: /Bar colours: Tregs/ })).toBeTruthy();
  });

  it('a regimen change moves the response rate; switching back is instant (cached)', async () => {
    render(<VirtualTrialFigure cohortService={service} />);
    await settled('rr|label-rr|1|200');
    fireEvent.click(screen.getByRole('radio', { name: 'Flat 5' }));
    expect(root().dataset.status).toBe('running');
    await settled('rr|flat-5|1|200');
    expect(value('day28')).toBe('15.5 %');
    expect(describeText()).toContain('31 of 200 (15.5 %)');
    fireEvent.click(screen.getByRole('radio', { name: 'Label 9 → 28' }));
    expect(root().dataset.status).toBe('done');
    expect(value('day28')).toBe('30 %');
  });

  it('"New trial" draws the next seed: the same cohort as the model’s runCohort for that seed', async () => {
    render(<VirtualTrialFigure cohortService={service} />);
    await settled('rr|label-rr|1|200');
    fireEvent.click(screen.getByRole('button', { name: 'New trial' }));
    expect(screen.getByText('Trial 2')).toBeTruthy();
    await settled('rr|label-rr|2|200');
    const expected = runCohort({ arm: 'rr', seed: 2 }).summary.responders28;
    expect(value('day28')).toBe(`${Number((expected * 100).toFixed(1))} %`);
  });

  it('the waterfall is operable by keyboard: one tab stop, arrows, Home/End, Enter opens the explorer', async () => {
    render(<VirtualTrialFigure cohortService={service} />);
    await settled('rr|label-rr|1|200');
    const options = screen.getAllByRole('option');
    expect(options.filter((o) => o.getAttribute('tabindex') === '0')).toHaveLength(1);
    const first = options[0]!;
    act(() => first.focus());
    const firstPatient = Number(first.getAttribute('data-patient'));
    expect(describeText()).toContain(`Focused: Patient ${firstPatient}:`);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = Number(options[1]!.getAttribute('data-patient'));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-patient')).toBe(String(second)));
    expect(screen.getByRole('option', { selected: true }).getAttribute('data-patient')).toBe(String(second));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    const last = Number(options.at(-1)!.getAttribute('data-patient'));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-patient')).toBe(String(last)));
    expect(describeText()).toContain(`Focused: Patient ${last}:`);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    const cohort = runCohort({ arm: 'rr', seed: 1 });
    expect(window.location.hash).toBe(explorerHref(cohort.patients[last - 1]!, 'label-rr', findExplorer()!));
  });

  it('a click opens that patient in the explorer; the card warns that kBm is not an explorer input', async () => {
    render(<VirtualTrialFigure cohortService={service} />);
    await settled('rr|label-rr|1|200');
    const option = screen.getAllByRole('option')[50]!;
    const patient = Number(option.getAttribute('data-patient'));
    fireEvent.mouseMove(option);
    expect(screen.getByText(`Patient ${patient}`)).toBeTruthy();
    expect(screen.getByText(/kBm is not one of them/)).toBeTruthy();
    const link = screen.getByRole('link', { name: `Open patient ${patient} in the PK/PD explorer` });
    fireEvent.click(option);
    expect(window.location.hash).toBe(link.getAttribute('href'));
    expect(window.location.hash).toMatch(/^#\/lesson\/kinetics-and-dosing\/fig-pkpd-explorer\?v=1&fig\.pkpd-explorer=marrow:/);
  });

  it('shows day 70, colours by burden, and keeps its state in the atlas store for links', async () => {
    const store = storeWith();
    render(
      <InAtlas store={store}>
        <VirtualTrialFigure cohortService={service} />
      </InAtlas>,
    );
    await settled('rr|label-rr|1|200');
    fireEvent.click(screen.getByRole('radio', { name: 'Day 70' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Burden' }));
    expect(screen.getByText(/Marrow blasts at day 70/)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: /Bar colours/ })).getByText('> 80 %')).toBeTruthy();
    expect(describeText()).toContain('By day 70, the end of cycle 2, 97 of 200 (48.5 %)');
    expect(store.getState().figures['fig-virtual-trial']).toEqual({ kind: 'VirtualTrialFigure', state: { regimen: 'label-rr', seed: 1, colourBy: 'burden', day: 70, patient: 0 } });
  });

  it('bars glide to their new places (Web Animations), except under reduced motion', async () => {
    const calls: number[] = [];
    const original = Element.prototype.animate;
    Element.prototype.animate = function (this: Element) {
      calls.push(1);
      return { cancel() {}, finish() {} } as unknown as Animation;
    } as typeof Element.prototype.animate;
    try {
      for (const reducedMotion of [false, true]) {
        calls.length = 0;
        render(
          <InAtlas prefs={{ reducedMotion }}>
            <VirtualTrialFigure cohortService={service} />
          </InAtlas>,
        );
        await settled('rr|label-rr|1|200');
        expect(root().classList.contains('vt-still')).toBe(reducedMotion);
        fireEvent.click(screen.getByRole('radio', { name: 'Day 70' }));
        await waitFor(() => expect(screen.getByText(/Marrow blasts at day 70/)).toBeTruthy());
        if (reducedMotion) expect(calls).toHaveLength(0);
        else await waitFor(() => expect(calls.length).toBeGreaterThan(50));
        cleanup();
      }
    } finally {
      Element.prototype.animate = original;
    }
  });

  it('offers a data table of every patient', async () => {
    render(<VirtualTrialFigure cohortService={service} />);
    await settled('rr|label-rr|1|200');
    fireEvent.click(screen.getByRole('button', { name: 'Data table' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 200);
    expect(within(table).getByRole('columnheader', { name: 'Marrow killing rate kBm (/day)' })).toBeTruthy();
  });
});
