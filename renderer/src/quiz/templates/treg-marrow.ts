// What do more Tregs do to the marrow at day 28? (a direction). The brake fT multiplies killing and expansion,
// so a higher Treg share leaves more blasts, and past the 8.5 % cut-off often above the 5 % line. The options
// split "higher" at the line; "about the same" means within ±20 % of each other.
import { CR_LIKE_MAX_BLASTS } from '../../model';
import { ILLUSTRATIVE, choiceOptions, clearOf, drawBalanced, explorerFigure, figureTime, rememberLast, shownNumbers } from './kit';
import { blastsText, marrowBlastsAt, responseWords } from './marrow';
import type { ItemTemplate } from './template';

interface Inputs {
  marrowBlastsPct: number;
  tregLowPct: number;
  tregHighPct: number;
}

/** "About the same": within ±20 % of each other. */
const SAME = 1.2;

const runs = rememberLast((i: Inputs) => ({
  low: marrowBlastsAt('label-rr', { marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregLowPct }),
  high: marrowBlastsAt('label-rr', { marrowBlastsPct: i.marrowBlastsPct, tregPct: i.tregHighPct }),
}));

/** The right option: higher and above the line (0), higher but at or below it (1), about the same (2), lower (3). */
function rightOf(low: number, high: number): number {
  const ratio = high / low;
  return ratio > SAME ? (high > CR_LIKE_MAX_BLASTS ? 0 : 1) : ratio >= 1 / SAME ? 2 : 3;
}

export const tregMarrow: ItemTemplate<Inputs> = {
  id: 'treg-marrow',
  lesson: 'serial-lysis',
  section: 'the-treg-brake',
  tags: ['tregs', 'burden', 'model'],
  difficulty: 2,
  title: 'More Tregs: marrow blasts at day 28',
  ranges: 'Relapsed adult on the label schedule; marrow blasts 10–80 %; Tregs 1–5 % against 1–10 points more (at most 15 %).',
  draw: (rng) =>
    drawBalanced(
      rng,
      [0, 1],
      (r) => {
        const tregLowPct = r.uniform(1, 5, 0.5);
        return { marrowBlastsPct: r.uniform(10, 80, 5), tregLowPct, tregHighPct: Math.min(15, tregLowPct + r.uniform(1, 10, 0.5)) };
      },
      (i) => {
        const { low, high } = runs(i);
        return clearOf(high / low, [SAME, 1 / SAME], 0.1) && clearOf(high, [CR_LIKE_MAX_BLASTS], 0.2) ? rightOf(low, high) : null;
      },
    ),
  build: (inputs) => {
    const { low, high } = runs(inputs);
    const right = rightOf(low, high);
    const lowShown = blastsText(low);
    const highShown = blastsText(high);
    const said = `the model gives ${highShown} with Tregs at ${inputs.tregHighPct} % against ${lowShown} at ${inputs.tregLowPct} %`;
    return {
      stem:
        `Two adults with relapsed B-ALL, each with ${inputs.marrowBlastsPct} % marrow blasts and the same blood T-cell count, start the label schedule (9 µg/day for a week, then 28 µg/day). ` +
        `Patient A has Tregs at ${inputs.tregLowPct} % of CD4⁺ cells, patient B at ${inputs.tregHighPct} %. In the atlas’s teaching model, how do B’s marrow blasts at day 28 compare with A’s?`,
      options: choiceOptions(
        [
          {
            text: 'Higher, and above the 5 % line (no CR-like response)',
            explanation:
              right === 0
                ? `Right: ${said}.`
                : right === 1
                  ? `No: ${said} — higher, but B still ends at or below 5 %: at ${inputs.tregHighPct} % the brake slows the clearance without stopping it.`
                  : `No: ${said}: at ${inputs.tregHighPct} % the brake barely differs from A’s, so B’s marrow does not end clearly higher.`,
          },
          {
            text: 'Higher, but still at or below the 5 % line',
            explanation:
              right === 1
                ? `Right: ${said}; the brake slows clearance without stopping it.`
                : right === 0
                  ? `No: ${said}, above the 5 % line: at ${inputs.tregHighPct} % Tregs the brake slows killing and expansion enough that B misses the line in one cycle.`
                  : `No: ${said}: B’s marrow is not clearly higher; the two brakes differ too little to matter here.`,
          },
          {
            text: 'About the same (within ±20 % of each other)',
            explanation:
              right === 2
                ? `Right: ${said}; below the cut-off the brake hardly bites.`
                : `No: ${said}, more than 20 % apart. The brake multiplies killing and expansion, and its effect compounds over the cycle.`,
          },
          { text: 'Lower: Tregs are T cells, so more of them kill more', explanation: 'No: Tregs release IL-10 and hold back the proliferation and killing of the other T cells; in the model they brake both.' },
        ],
        right,
      ),
      explanation:
        `In the atlas’s model, patient B has ${highShown} marrow blasts at day 28 against ${lowShown} for patient A: B ends ${responseWords(high)}. The Treg brake fT = 1/(1 + (Treg/8.5)⁴) multiplies both marrow killing and T-cell expansion, so its effect grows from day to day; ` +
        'at the 8.5 % cut-off it halves both. The cut-off comes from one cohort of 42 patients (every responder below it), a hypothesis, not a rule for choosing patients. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ blastsDay28LowTreg: [low * 100, lowShown], blastsDay28HighTreg: [high * 100, highShown] }),
      figure: explorerFigure({
        regimen: 'label-rr',
        clinical: { marrowBlastsPct: inputs.marrowBlastsPct, tregPct: inputs.tregHighPct },
        tDays: 28,
        range: 'cycle-1',
        caption: `The PK/PD explorer with patient B (Tregs ${inputs.tregHighPct} %), paused at ${figureTime(28)}, where the marrow curve ends at ${highShown}; move the Treg slider to ${inputs.tregLowPct} % to see patient A’s ${lowShown}.`,
      }),
      refs: ['atlas-model', 'duell2017', 'ribera2015'],
    };
  },
};
