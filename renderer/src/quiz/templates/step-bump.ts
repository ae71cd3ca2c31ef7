// How big is the IL-6 bump at the day-8 step, against the cycle-start burst? (a magnitude, as a share). The
// step adds less activation novelty than the start, the release capacity has been used up and the targets are
// fewer: a small echo. Distractors: as big as the first burst, three times (the dose triples), half, a trace.
import { metrics, simulate, type ClinicalInputs } from '../../model';
import { formatSignificant, formatHours, formatPercent } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, aboutPercent, LABEL_DAYS_NOTE, distractors, drawChildBsa, explorerFigure, figureTime, magnitudeOptions, rememberLast, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  patient: 'adult' | 'child';
  marrowBlastsPct: number;
  tregPct: number;
  bsaM2: number;
}

const REGIMEN = { adult: 'label-rr', child: 'weight-lt-45' } as const;

const clinicalOf = (i: Inputs): ClinicalInputs => ({ marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, bsaM2: i.bsaM2 });

const bumpOf = rememberLast((i: Inputs) => {
  const m = metrics(simulate({ regimen: REGIMEN[i.patient], days: 10, clinical: clinicalOf(i), outputStepMinutes: 10 }));
  return { bump: m.il6StepBumps[0]!, start: m.il6CycleStartPeaks[0]! };
});

const format = (share: number) => `${aboutPercent(share)} of the first peak`;

export const stepBump: ItemTemplate<Inputs> = {
  id: 'step-bump',
  lesson: 'cns-toxicity-and-crs',
  section: 'what-the-step-costs-and-what-it-buys',
  tags: ['crs', 'dosing', 'model'],
  difficulty: 3,
  title: 'The IL-6 bump at the day-8 step',
  ranges: 'Adult (1.88 m²) on 9 → 28 µg/day or a child (0.6–1.3 m²) on 5 → 15 µg/m²/day; marrow blasts 5–95 %; Tregs 2–8 % of CD4⁺.',
  draw: (rng) => {
    const patient = rng.pick(['adult', 'child'] as const);
    return { patient, marrowBlastsPct: rng.uniform(5, 95, 5), tregPct: rng.uniform(2, 8, 0.5), bsaM2: patient === 'adult' ? 1.88 : drawChildBsa(rng) };
  },
  build: (inputs, rng) => {
    const { bump, start } = bumpOf(inputs);
    const share = bump.ratioToCycleStartPeak;
    const shareShown = formatPercent(share);
    const bumpShown = `${formatSignificant(bump.peakPgPerMl, 3)} pg/mL`;
    const startShown = `${formatSignificant(start.peakPgPerMl, 3)} pg/mL`;
    const afterShown = formatHours((bump.peakDay - bump.stepDay) * 24);
    const who =
      inputs.patient === 'adult'
        ? `An adult with relapsed B-ALL (${inputs.marrowBlastsPct} % marrow blasts, Tregs ${inputs.tregPct} % of CD4⁺) is on the label schedule: 9 µg/day for a week, then 28 µg/day from day 8.`
        : `A child with relapsed B-ALL (body-surface area ${inputs.bsaM2} m², ${inputs.marrowBlastsPct} % marrow blasts, Tregs ${inputs.tregPct} % of CD4⁺) is on 5 µg/m²/day for a week, then 15 µg/m²/day from day 8.`;
    return {
      stem: `${who} In the atlas’s teaching model, how high is the IL-6 bump after the day-8 step, compared with the IL-6 peak at the start of the cycle? ${LABEL_DAYS_NOTE}`,
      options: magnitudeOptions(
        { value: share, why: `Right: the model’s bump peaks at ${bumpShown}, ${shareShown} of the ${startShown} at the start.` },
        distractors(
          rng,
          [{ value: 1, why: 'As high as the first: the step adds less new activation than the start, and the release capacity used up in week 1 recovers only slowly.' }],
          [
            { value: 3, why: 'The dose triples, but the burst follows the novelty of the activation signal, not the dose, and priming is partly spent.' },
            { value: 0.6, why: 'Too high: picking it counts the step as most of a new start; but the T cells have already adapted to the week-1 level, so the step’s extra activation is smaller, and the release capacity is partly spent.' },
            { value: 0.08, why: 'Too small: picking it treats the release capacity as all but exhausted after week 1; it recovers only slowly, but enough is left for the threefold rise in the level to set off a clear second bump.' },
            { value: 0.02, why: 'A trace: as if the step brought no new activation at all; a threefold rise in the drug level is new signal, with a clear second bump (and a second T-cell dip).' },
          ],
        ),
        4,
        format,
      ),
      explanation:
        `In the model IL-6 peaks at ${startShown} after the start and at ${bumpShown} ${afterShown} after the step: ${shareShown} of the first peak. ` +
        'The step adds less activation novelty than the first dose, and the T cells’ readiness to release cytokines was used up in the first burst and recovers over months. ' +
        'The label still asks for dexamethasone before the step, and patients with relapsed disease spend the first 9 days of cycle 1 in hospital, past the step. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ share: [share * 100, shareShown], bumpPgPerMl: [bump.peakPgPerMl, bumpShown], startPgPerMl: [start.peakPgPerMl, startShown], hoursAfterStep: [(bump.peakDay - bump.stepDay) * 24, afterShown] }),
      figure: explorerFigure({
        regimen: REGIMEN[inputs.patient],
        clinical: clinicalOf(inputs),
        tDays: bump.peakDay,
        range: 'cycle-1',
        caption: `The PK/PD explorer with this patient, paused at the IL-6 bump, ${figureTime(bump.peakDay)}: ${afterShown} after the step.`,
      }),
      refs: ['atlas-model', 'klinger2012', 'label-us', 'hijazi2018'],
    };
  },
};
