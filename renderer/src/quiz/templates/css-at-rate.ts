// What steady-state serum level does a pump rate give? (a magnitude). Linear pharmacokinetics: Css = rate ÷
// clearance. The distractors are the usual slips: dose per m² read as per day, a factor of three between the
// 9 and 28 µg/day levels, clearance taken per m² without the body-surface area.
import { parameters, steadyStatePgPerMl } from '../../model';
import { formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, distractors, explorerFigure, explorerReadout, figureTime, magnitudeOptions, shownNumbers } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  rateUgPerDay: 9 | 28;
  bsaM2: number;
}

const format = (pgPerMl: number) => `About ${formatSignificant(pgPerMl, 2)} pg/mL`;

export const cssAtRate: ItemTemplate<Inputs> = {
  id: 'css-at-rate',
  lesson: 'kinetics-and-dosing',
  section: 'how-much-drug-is-enough',
  tags: ['pharmacokinetics', 'dosing'],
  difficulty: 2,
  title: 'Steady-state level at a pump rate',
  ranges: 'Body-surface area drawn from 1.5 to 2.3 m²; 9 or 28 µg/day.',
  draw: (rng) => ({ rateUgPerDay: rng.pick([9, 28] as const), bsaM2: rng.uniform(1.5, 2.3, 0.05) }),
  build: ({ rateUgPerDay, bsaM2 }, rng) => {
    const clPerM2 = parameters.clPerM2.value;
    const css = steadyStatePgPerMl(rateUgPerDay, { bsa: bsaM2, clPerM2 });
    const clearance = clPerM2 * bsaM2;
    const cssShown = `${formatSignificant(css, 2)} pg/mL`;
    const clShown = `${formatSignificant(clearance, 3)} L/day`;
    const other = rateUgPerDay === 9 ? 28 : 9;
    // The explorer runs the label schedule: 9 µg/day until day 7 of its clock, 28 µg/day after; paused at a plateau.
    const figureDay = rateUgPerDay === 9 ? 3 : 12;
    const seen = explorerReadout({ regimen: 'label-rr', clinical: { bsaM2 }, tDays: figureDay });
    const seenShown = `${formatSignificant(seen.C, 2)} pg/mL`;
    return {
      stem:
        `An adult (body-surface area ${bsaM2} m²) receives blinatumomab at ${rateUgPerDay} µg/day by continuous infusion. ` +
        `Clearance in the atlas’s model is ${formatSignificant(clPerM2, 3)} L/day per m² of body-surface area. About what serum level does the model give at steady state?`,
      options: magnitudeOptions(
        { value: css, why: `Right: Css = rate ÷ clearance = ${rateUgPerDay} µg/day ÷ ${clShown} ≈ ${cssShown} (1 µg/L = 1000 pg/mL).` },
        distractors(
          rng,
          [{ value: css * bsaM2, why: 'That uses the clearance per m² without multiplying by the body-surface area.' }],
          [
            { value: (css * other) / rateUgPerDay, why: `That is the level at ${other} µg/day: the level is proportional to the rate.` },
            { value: css / 10, why: 'A factor of ten too low: check the unit conversion (1 µg/L = 1000 pg/mL).' },
            { value: css * 10, why: 'A factor of ten too high: check the unit conversion (1 µg/L = 1000 pg/mL).' },
            { value: css / bsaM2, why: 'That divides by the body-surface area twice: clearance is 22.3 L/day per m² times the body-surface area, once.' },
          ],
        ),
        4,
        format,
      ),
      explanation:
        `With linear kinetics the steady-state level is the infusion rate divided by clearance: ${rateUgPerDay} µg/day ÷ ${clShown} ≈ ${cssShown}. ` +
        'The published means (228 pg/mL at 9 µg/day, 616 pg/mL at 28 µg/day) sit close to this, with wide variation between patients. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ cssPgPerMl: [css, cssShown], clearanceLPerDay: [clearance, clShown] }),
      figure: explorerFigure({
        regimen: 'label-rr',
        clinical: { bsaM2 },
        tDays: figureDay,
        range: 'cycle-1',
        caption: `The PK/PD explorer on the label schedule for a ${bsaM2} m² adult, paused at ${figureTime(figureDay)}, ${rateUgPerDay === 9 ? 'in the 9 µg/day week' : 'on 28 µg/day after the step'}: the drug curve has levelled off at ${seenShown}.`,
      }),
      refs: ['atlas-model', 'ribera2015', 'label-eu'],
    };
  },
};
