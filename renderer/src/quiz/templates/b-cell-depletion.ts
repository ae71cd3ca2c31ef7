// When are normal blood B cells gone? (a time). CD19 marks every B cell, and killing in blood saturates at
// picogram levels, so an MRD-positive patient's normal B cells fall below 1 % of baseline within a day or two
// at the full dose; more T cells clear them sooner. Distractors: hours (as if lysis were instant), a week or
// more (as if blood behaved like marrow), never (as if only blasts were targets).
import { metrics, simulate, killingEngagement, steadyStatePgPerMl, parametersFor, type ClinicalInputs } from '../../model';
import { formatSpan, formatPercent } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, binEdges, binOptions, clearOf, contiguousBins, drawChildBsa, drawWhere, explorerFigure, figureTime, rememberLast, shownNumbers, withBloodBlasts } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  /** An adult (≥ 45 kg) on the label's 28 µg/day, or a child under 45 kg on its 15 µg/m²/day. */
  patient: 'adult' | 'child';
  marrowBlastsPct: number;
  tregPct: number;
  tCellsPerUl: number;
  bsaM2: number;
}

const BINS = contiguousBins([
  [0.25, 'Within 6 hours of the start'],
  [1, '6 to 24 hours after the start'],
  [3, '1 to 3 days after the start'],
  [7, '3 to 7 days after the start'],
  [21, '1 to 3 weeks after the start'],
  [Infinity, 'Not before the end of the cycle: only blasts are targets'],
]);

/** The label's MRD regimen: 28 µg/day from day 1 (adults), 15 µg/m²/day (< 45 kg; the cap of 28 µg/day is not reached below 1.87 m²). */
const REGIMEN = { adult: 'mrd', child: 'flat-15' } as const;

const clinicalOf = (i: Inputs): ClinicalInputs => withBloodBlasts({ marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, tCellsPerUl: i.tCellsPerUl, bsaM2: i.bsaM2 });

const depletionDay = rememberLast((i: Inputs) => metrics(simulate({ regimen: REGIMEN[i.patient], days: 6, clinical: clinicalOf(i) })).bCellDepletionDay ?? Infinity);

const WHO: Record<Inputs['patient'], (i: Inputs) => string> = {
  adult: (i) => `A 45-year-old in haematological remission but MRD-positive (marrow blasts ${i.marrowBlastsPct} % by flow cytometry, no blasts in the blood; blood T cells ${i.tCellsPerUl}/µL, Tregs ${i.tregPct} % of CD4⁺, body-surface area ${i.bsaM2} m²) starts blinatumomab at the label’s 28 µg/day from day 1.`,
  child: (i) => `A child under 45 kg in haematological remission but MRD-positive (marrow blasts ${i.marrowBlastsPct} % by flow cytometry, no blasts in the blood; blood T cells ${i.tCellsPerUl}/µL, Tregs ${i.tregPct} % of CD4⁺, body-surface area ${i.bsaM2} m²) starts blinatumomab at the label’s 15 µg/m²/day from day 1.`,
};

export const bCellDepletion: ItemTemplate<Inputs> = {
  id: 'b-cell-depletion',
  lesson: 'what-a-bite-is',
  section: 'why-cd19',
  tags: ['infections', 't-cell-kinetics', 'burden'],
  difficulty: 2,
  title: 'When normal blood B cells are gone',
  ranges:
    'MRD-positive, no blood blasts: an adult (body-surface area 1.6–2.2 m²) on 28 µg/day or a child under 45 kg (0.6–1.3 m²) on 15 µg/m²/day; marrow blasts 0.01–0.5 %; Tregs 2–6 % of CD4⁺; blood T cells 800–2000/µL.',
  draw: (rng) =>
    drawWhere(
      rng,
      (r) => {
        const patient = r.pick(['adult', 'child'] as const);
        return {
          patient,
          marrowBlastsPct: r.pick([0.01, 0.02, 0.05, 0.1, 0.2, 0.5]),
          tregPct: r.uniform(2, 6, 0.5),
          tCellsPerUl: r.uniform(800, 2000, 50),
          bsaM2: patient === 'adult' ? r.uniform(1.6, 2.2, 0.05) : drawChildBsa(r),
        };
      },
      (i) => clearOf(depletionDay(i), binEdges(BINS), 0.08),
    ),
  build: (inputs, rng) => {
    const day = depletionDay(inputs);
    const p = parametersFor({ clinical: clinicalOf(inputs) });
    const css = steadyStatePgPerMl(inputs.patient === 'adult' ? 28 : 15 * inputs.bsaM2, p);
    const ek = killingEngagement(css, p);
    const dayShown = formatSpan(day);
    const ekShown = formatPercent(ek);
    return {
      stem:
        `${WHO[inputs.patient](inputs)} ` +
        'In the atlas’s teaching model, when do the CD19⁺ cells in the blood (here normal B cells) first fall below 1 % of their starting count?',
      options: binOptions(day, BINS, 4, rng, (bin, right) =>
        right
          ? `Yes: the model’s blood CD19⁺ cells fall below 1 % after ${dayShown}. Every B cell carries CD19, and blood killing is near its maximum at this level.`
          : bin.hi <= 0.25
            ? `No: each T cell kills several targets a day, one after another, not all at once; the count takes ${dayShown} to fall below 1 %.`
            : bin.lo >= 21
              ? 'No: CD19 is on normal B cells too, so they are killed along with the blasts — the reason immunoglobulins fall.'
              : bin.lo >= 7
                ? 'No: weeks are how long the marrow takes; in blood, drug, T cells and targets meet easily and killing saturates at picogram levels.'
                : bin.lo >= 3
                  ? `No: the blood does not wait for T cells to expand over a week; at ${ekShown} engagement the T cells already there clear it in ${dayShown}.`
                  : bin.hi <= day
                    ? `No: ${bin.text.toLowerCase()} is too soon for this patient: with ${inputs.tCellsPerUl} T cells/µL and Tregs at ${inputs.tregPct} % the killing takes ${dayShown}.`
                    : `No: ${bin.text.toLowerCase()} is too slow: at ${ekShown} engagement, ${inputs.tCellsPerUl} T cells/µL clear the blood in ${dayShown}.`,
      ),
      explanation:
        `In the model blood CD19⁺ cells fall below 1 % of baseline after ${dayShown}. The drug level here gives a blood killing engagement of ${ekShown}: killing in blood is near its maximum at any clinical dose, ` +
        'and normal B cells carry CD19 just like the blasts. That is why B-cell loss and low immunoglobulins come with the drug; in patients it lasts through therapy, whereas the model’s B cells return within days of a stop. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ depletionDays: [day, dayShown], bloodEngagementPct: [ek * 100, ekShown] }),
      figure: explorerFigure({
        regimen: REGIMEN[inputs.patient],
        clinical: clinicalOf(inputs),
        tDays: day,
        range: 'first-3-days',
        caption: `The PK/PD explorer with this patient (no blood blasts), paused when blood CD19⁺ cells fall below 1 % of baseline, ${figureTime(day)}: ${dayShown} after the start.`,
      }),
      refs: ['atlas-model', 'klinger2012', 'ribera2015', 'dreier2002'],
    };
  },
};
