// Marrow blasts at day 28 for a lymphopenic patient (a magnitude). The drug borrows the patient's T cells, and the
// model scales marrow killing to their absolute count (against a fixed reference of 1000/µL), so few T cells clear
// less. The telling distractor is the default patient's value (as if serial killing made the count irrelevant).
import { parameters } from '../../model';
import { formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, aboutPercent, distractors, explorerFigure, figureTime, magnitudeOptions, rememberLast, shownNumbers } from './kit';
import { blastsText, marrowBlastsAt, marrowDistractors, responseWords } from './marrow';
import type { ItemTemplate } from './template';

interface Inputs {
  tCellsPerUl: number;
  marrowBlastsPct: number;
  tregPct: number;
}

const runs = rememberLast((i: Inputs) => ({
  x28: marrowBlastsAt('label-rr', { marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, tCellsPerUl: i.tCellsPerUl }),
  reference: marrowBlastsAt('label-rr', { marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregPct, tCellsPerUl: parameters.tRef.value }),
}));

export const tCellCountMarrow: ItemTemplate<Inputs> = {
  id: 't-cell-count-marrow',
  lesson: 'after-the-review',
  section: 'why-blinatumomab-fails',
  tags: ['resistance', 't-cell-kinetics', 'model'],
  difficulty: 3,
  title: 'Marrow blasts at day 28 with few T cells',
  ranges: 'Relapsed adult on the label schedule after intensive chemotherapy: blood T cells 200–800/µL; marrow blasts 40–60 %; Tregs 4–6 % of CD4⁺.',
  draw: (rng) => ({ tCellsPerUl: rng.uniform(200, 800, 50), marrowBlastsPct: rng.uniform(40, 60, 5), tregPct: rng.uniform(4, 6, 0.5) }),
  build: (inputs, rng) => {
    const { x28, reference } = runs(inputs);
    const tRef = parameters.tRef.value;
    const shown = blastsText(x28);
    const refShown = blastsText(reference);
    return {
      stem:
        `A 58-year-old with relapsed B-ALL after intensive chemotherapy has ${inputs.marrowBlastsPct} % marrow blasts, Tregs ${inputs.tregPct} % of CD4⁺ cells and only ${inputs.tCellsPerUl} T cells/µL in the blood. ` +
        `She starts the label schedule (9 → 28 µg/day). The atlas’s teaching model scales marrow killing to the absolute T-cell count, against a reference of ${formatSignificant(tRef, 4)}/µL. About what are her marrow blasts at day 28?`,
      options: magnitudeOptions(
        { value: x28, why: `Right: the model gives ${shown}, against ${refShown} with ${formatSignificant(tRef, 4)} T cells/µL.` },
        distractors(
          rng,
          [{ value: reference, why: `That is the model’s answer with ${formatSignificant(tRef, 4)} T cells/µL: serial killing helps, but fewer T cells still kill fewer blasts per day.` }],
          marrowDistractors(x28, inputs.marrowBlastsPct / 100),
        ),
        4,
        aboutPercent,
      ),
      explanation:
        `In the model she has ${shown} marrow blasts at day 28, ${responseWords(x28)}; with ${formatSignificant(tRef, 4)} T cells/µL and the same burden and Tregs it would be ${refShown}. ` +
        'Blinatumomab borrows the patient’s own T cells, so a drug like this is only as good as those cells: responders expand their T cells more, and in one resistant patient his own T cells could not kill his blasts while a healthy donor’s could. ' +
        'The fixed reference count is a teaching choice in the model’s marrow term; patients whose T cells were thinned by chemotherapy or a transplant can still respond, so treat the size of this effect as illustrative. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ blastsDay28: [x28 * 100, shown], referenceDay28: [reference * 100, refShown] }),
      figure: explorerFigure({
        regimen: 'label-rr',
        clinical: { marrowBlastsPct: inputs.marrowBlastsPct, tregPct: inputs.tregPct, tCellsPerUl: inputs.tCellsPerUl },
        tDays: 28,
        range: 'cycle-1',
        caption: `The PK/PD explorer with ${inputs.tCellsPerUl} T cells/µL, paused at ${figureTime(28)}, where the marrow curve ends at ${shown}; raise the T-cell slider to ${formatSignificant(tRef, 4)} to see ${refShown}.`,
      }),
      refs: ['atlas-model', 'nagele2017', 'kohnke2015', 'ribera2015'],
    };
  },
};
