// How much killing and expansion does a Treg share leave? (a magnitude). The model's brake
// fT = 1/(1 + (Treg/8.5)⁴) halves both at the 8.5 % cut-off and falls steeply past it. Distractors: the cut-off's
// half whatever the value, a straight-line brake, and the review's older 12.5 % cut-off.
import { parameters, resolveParameters, tregBrake } from '../../model';
import { formatSignificant, formatPercent } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, aboutPercent, explorerFigure, explorerReadout, figureTime, magnitudeOptions, shownNumbers } from './kit';
import { blastsText } from './marrow';
import type { ItemTemplate } from './template';

interface Inputs {
  tregPct: number;
}

/** The cut-off the source review reports (an earlier analysis); the atlas uses 8.5 %. */
const REVIEW_CUTOFF = 12.5;

const format = (fraction: number) => `${aboutPercent(fraction)} of full speed`;

export const tregBrakeShare: ItemTemplate<Inputs> = {
  id: 'treg-brake',
  lesson: 'clinical-evidence',
  section: 'why-blinatumomab-fails',
  tags: ['tregs', 'resistance', 'model'],
  difficulty: 2,
  title: 'What a Treg share leaves of killing and expansion',
  ranges: 'Blood Tregs 1–20 % of CD4⁺ cells (responders around 4.8 %, non-responders around 10.3 % in the published cohort).',
  draw: (rng) => ({ tregPct: rng.pick([1, 2, 3, 4, 4.5, 5, 6, 7, 8, 9, 10, 10.5, 11, 12, 13, 14, 15, 16, 18, 20]) }),
  build: ({ tregPct }) => {
    const fT = tregBrake(resolveParameters({ treg: tregPct }));
    const reviewFT = tregBrake(resolveParameters({ treg: tregPct, tregRef: REVIEW_CUTOFF }));
    const hill = parameters.tregHill.value;
    const fTShown = formatPercent(fT);
    const straight = 1 - (0.5 * tregPct) / 8.5;
    const side = tregPct < 8.5 ? 'below' : 'above';
    // A guess of the brake is the curve read at another Treg share: fT = 1/(1 + (Treg/8.5)^hill) solved for Treg.
    const tregFor = (value: number) => formatSignificant(8.5 * (1 / value - 1) ** (1 / hill), 2);
    const off = (value: number) =>
      `${value < fT ? 'Too strong a brake' : 'Too weak a brake'}: the curve leaves ${formatPercent(value)} at about ${tregFor(value)} % Tregs, not at ${tregPct} % (${side} the cut-off), where the model leaves ${fTShown}.`;
    return {
      stem:
        `A 29-year-old with relapsed B-ALL has regulatory T cells at ${tregPct} % of blood CD4⁺ cells before blinatumomab. ` +
        `The atlas’s teaching model brakes killing and T-cell expansion by fT = 1/(1 + (Treg/8.5)^${hill}), from the 8.5 % cut-off of a single-centre study. About how much of full speed does it leave this patient?`,
      options: magnitudeOptions(
        { value: fT, why: `Right: 1/(1 + (${tregPct}/8.5)^${hill}) = ${fTShown}.` },
        [
          { value: 0.5, why: 'Half is the brake exactly at the 8.5 % cut-off; away from it the steep curve gives more or less.' },
          { value: reviewFT, why: `That uses the review’s ${REVIEW_CUTOFF} % cut-off, an earlier report; the full study puts it at 8.5 %.` },
          ...(straight > 0.05 ? [{ value: straight, why: 'That draws the brake as a straight line (full speed without Tregs, half at the cut-off); the model’s brake is a steep Hill curve around the cut-off.' }] : []),
          ...[0.25, 0.1, 0.75, 0.97].map((value) => ({ value, why: off(value) })),
        ],
        4,
        format,
        1.25,
      ),
      explanation:
        `At ${tregPct} % Tregs the model’s brake is fT = ${fTShown}: it multiplies both marrow killing and T-cell expansion, so its effect compounds over a cycle. ` +
        'Tregs activated by blinatumomab release IL-10 and hold back the other T cells; in the published cohort of 42 patients responders had around 4.8 % and non-responders around 10.3 %, and every responder was below 8.5 %. ' +
        'The cut-off is a hypothesis from one centre, not a validated test for choosing patients. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ tregBrakePct: [fT * 100, fTShown] }),
      figure: explorerFigure({
        regimen: 'label-rr',
        clinical: { tregPct },
        tDays: 28,
        range: 'cycle-1',
        caption: `The PK/PD explorer with Tregs at ${tregPct} % (the default relapsed patient otherwise), paused at ${figureTime(28)}: the marrow curve ends at ${blastsText(explorerReadout({ regimen: 'label-rr', clinical: { tregPct }, tDays: 28 }).X)}, against ${blastsText(explorerReadout({ regimen: 'label-rr', clinical: {}, tDays: 28 }).X)} for the grey default patient (Tregs 5 %).`,
      }),
      refs: ['atlas-model', 'duell2017', 'ribera2015'],
    };
  },
};
