// When does IL-6 peak after the first dose? (a time). The model's cytokine burst follows the first T-cell
// engagement within hours, whatever the burden; the distractors are the slips a reader makes (the day-8 step,
// the day-2 T-cell return, a peak that waits for the marrow to be cleared).
import type { RegimenId } from '../../model';
import { formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, binOptions, contiguousBins, explorerFigure, figureTime, firstIl6Peak, shownNumbers, withBloodBlasts } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  marrowBlastsPct: number;
  regimen: Extract<RegimenId, 'flat-15' | 'label-rr'>;
}

const BINS = contiguousBins([
  [1 / 24, 'Within the first hour'],
  [6 / 24, 'Between 1 and 6 hours'],
  [1, 'Between 6 and 24 hours'],
  [3, 'On day 2 or 3'],
  [7, 'Between day 4 and day 7'],
  [14, 'In the second week (around the day-8 step)'],
  [Infinity, 'After two weeks, as the marrow clears'],
]);

const REGIMEN_WORDS: Record<Inputs['regimen'], string> = {
  'flat-15': 'a flat 15 µg/m²/day from the first hour (a what-if without the label’s step)',
  'label-rr': 'the label’s 9 µg/day for the first week',
};

export const il6PeakTime: ItemTemplate<Inputs> = {
  id: 'il6-peak-time',
  lesson: 'cns-toxicity-and-crs',
  section: 'the-activation-burst',
  tags: ['crs', 'model'],
  difficulty: 2,
  title: 'When IL-6 peaks after the first dose',
  ranges: 'Marrow blasts drawn from 5 to 95 %; start on a flat 15 µg/m²/day or on the label’s 9 µg/day.',
  draw: (rng) => ({ marrowBlastsPct: rng.uniform(5, 95, 5), regimen: rng.pick(['flat-15', 'label-rr'] as const) }),
  build: ({ marrowBlastsPct, regimen }, rng) => {
    const peak = firstIl6Peak({ regimen, clinical: withBloodBlasts({ marrowBlastsPct }) });
    const hours = peak.peakDay * 24;
    const hoursShown = `${formatSignificant(hours, 2)} h`;
    const peakShown = `${formatSignificant(peak.peakPgPerMl, 3)} pg/mL`;
    return {
      stem:
        `An adult with relapsed B-cell precursor ALL and ${marrowBlastsPct} % marrow blasts starts blinatumomab on ${REGIMEN_WORDS[regimen]}. ` +
        'In the atlas’s teaching model, when does serum IL-6 reach its highest level in cycle 1?',
      options: binOptions(peak.peakDay, BINS, 4, rng, (bin, right) =>
        right
          ? `Yes: the model’s IL-6 peaks ${hoursShown} after the start. T cells meet CD19⁺ cells as soon as the drug arrives, and the burst follows within hours.`
          : bin.lo >= 14
            ? 'No: that ties the burst to the killing of the marrow, which takes weeks; but the burst follows the newness of the drug signal to the T cells, greatest at the very first start, and the release capacity it spends recovers only over months.'
            : bin.lo >= 7
              ? 'No: later increases (the day-8 step) give a smaller second bump; the largest burst is at the very start, when the most CD19⁺ targets meet the T cells.'
              : bin.lo >= 3
                ? `No: by then the model’s first burst is long over; it peaked at ${hoursShown}, within the first day.`
                : bin.lo >= 1
                  ? `No: by day 2 the burst is subsiding — the target load has dropped and engaged T cells have left the blood; the peak came at ${hoursShown}.`
                  : bin.lo > 0
                    ? `No: by then IL-6 is already past its peak (${hoursShown}) and falling as engaged T cells leave the blood.`
                    : `No: in the first hour the drug level is still rising and few T cells have engaged; the model’s peak comes at ${hoursShown}.`,
      ),
      explanation:
        `In the model, IL-6 peaks ${hoursShown} after the start at ${peakShown}. The timing hardly depends on the burden (${marrowBlastsPct} % here): ` +
        'what the burden changes is the height of the burst, not when it comes. In patients too the release is brief and falls in the first day or two. That is why the label keeps relapsed patients in hospital for the first 9 days of cycle 1, past the day-8 step. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ peakHours: [hours, hoursShown], peakPgPerMl: [peak.peakPgPerMl, peakShown] }),
      figure: explorerFigure({
        regimen,
        clinical: { marrowBlastsPct },
        tDays: peak.peakDay,
        range: 'first-3-days',
        caption: `The PK/PD explorer with this patient, paused at the IL-6 peak, ${figureTime(peak.peakDay)}: ${hoursShown} after the start.`,
      }),
      refs: ['atlas-model', 'klinger2012', 'hijazi2018', 'label-us'],
    };
  },
};
