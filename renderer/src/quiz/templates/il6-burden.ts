// Does a pre-phase-level burden raise the first IL-6 peak? (a direction). The burst grows with the targets the
// activated T cells meet — steeply from MRD level to a few per cent, then towards a ceiling above about half the
// marrow. "About the same" means within ±10 %; the options split "higher" at twice as high.
import type { RegimenId } from '../../model';
import { formatSignificant } from '../../figures/pkpd-explorer/format';
import { ILLUSTRATIVE, choiceOptions, clearOf, drawBalanced, explorerFigure, figureTime, firstIl6Peak, shownNumbers, withBloodBlasts } from './kit';
import type { ItemTemplate } from './template';

interface Inputs {
  regimen: Extract<RegimenId, 'label-rr' | 'flat-15'>;
  highPct: number;
  lowPct: number;
}

const SAME = 1.1;
const DOUBLE = 2;

/** Patient B's burden, by the answer sought: the ratio falls as B's burden nears A's. */
const LOW_PCT: Record<number, readonly number[]> = {
  0: [0.05, 0.1, 0.5, 1, 2, 5],
  1: [2, 5, 10, 20, 30],
  2: [20, 30, 40, 45],
};

/** At least twice as high (0), higher (1), about the same (2), lower (3). */
const rightOf = (ratio: number): number => (ratio >= DOUBLE ? 0 : ratio > SAME ? 1 : ratio >= 1 / SAME ? 2 : 3);


const peakAt = (regimen: Inputs['regimen'], pct: number) => firstIl6Peak({ regimen, clinical: withBloodBlasts({ marrowBlastsPct: pct }) });

const peaks = (i: Inputs) => ({ high: peakAt(i.regimen, i.highPct), low: peakAt(i.regimen, i.lowPct) });

const REGIMEN_WORDS: Record<Inputs['regimen'], string> = {
  'label-rr': 'the label’s 9 µg/day',
  'flat-15': 'a flat 15 µg/m²/day (a what-if without the step)',
};

export const il6Burden: ItemTemplate<Inputs> = {
  id: 'il6-burden',
  lesson: 'cns-toxicity-and-crs',
  section: 'the-activation-burst',
  tags: ['crs', 'burden', 'prevention'],
  difficulty: 2,
  title: 'Pre-phase-level burden and the first IL-6 peak',
  ranges: 'Two adults on the same start (the label’s 9 µg/day, or a flat 15 µg/m²/day as a what-if): one with 50–95 % marrow blasts, the other with 0.05–45 %.',
  draw: (rng) =>
    drawBalanced(
      rng,
      [0, 1, 2],
      (r, target) => ({
        regimen: r.pick(['label-rr', 'flat-15'] as const),
        highPct: r.uniform(50, 95, 5),
        lowPct: r.pick(LOW_PCT[target]),
      }),
      (i) => {
        const { high, low } = peaks(i);
        const ratio = high.peakPgPerMl / low.peakPgPerMl;
        return clearOf(ratio, [SAME, DOUBLE], 0.06) ? rightOf(ratio) : null;
      },
    ),
  build: (inputs) => {
    const { high, low } = peaks(inputs);
    const ratio = high.peakPgPerMl / low.peakPgPerMl;
    const right = rightOf(ratio);
    const highShown = `${formatSignificant(high.peakPgPerMl, 3)} pg/mL`;
    const lowShown = `${formatSignificant(low.peakPgPerMl, 3)} pg/mL`;
    const ratioShown = `${formatSignificant(ratio, 2)} ×`;
    const same = highShown === lowShown;
    const said = same ? `the model’s cycle-1 peaks are ${highShown} for both A and B (${ratioShown})` : `the model’s cycle-1 peaks are ${highShown} for A and ${lowShown} for B (${ratioShown})`;
    return {
      stem:
        `Patient A has relapsed B-ALL with ${inputs.highPct} % marrow blasts — a burden at which the EU product information asks for a dexamethasone pre-phase; patient B has ${inputs.lowPct} % marrow blasts. ` +
        `For the comparison both start on ${REGIMEN_WORDS[inputs.regimen]}, and the atlas’s teaching model leaves the pre-phase out. How does A’s cycle-1 IL-6 peak compare with B’s in the model?`,
      options: choiceOptions(
        [
          {
            text: 'At least twice as high',
            explanation:
              right === 0
                ? `Right: ${said}. More targets, more cytokine from each newly activated T cell.`
                : `No: ${said}. Doubling would need the burst to keep growing in step with the blasts; above a few per cent it flattens towards a ceiling, so going from ${inputs.lowPct} % to ${inputs.highPct} % adds less.`,
          },
          {
            text: 'Higher, but less than twice as high',
            explanation:
              right === 1
                ? `Right: ${said}; the burst grows with burden but flattens towards a ceiling.`
                : right === 0
                  ? `No: ${said} — more than twice: from ${inputs.lowPct} % the burst is still on its steep stretch, where each extra target adds cytokine.`
                  : `No: ${said} — within 10 %: at ${inputs.lowPct} % the burst is already near its ceiling, so A’s extra blasts add almost nothing.`,
          },
          {
            text: 'About the same (within ±10 %)',
            explanation:
              right === 2
                ? `Right: ${said}; above about half the marrow the model’s burst is near its ceiling.`
                : `No: ${said}. The same peak would mean the burst ignores the targets; with ${inputs.lowPct} % blasts B’s burst is still well below the ceiling A reaches.`,
          },
          { text: 'Lower: more blasts soak up the drug', explanation: 'No: the drug works far below receptor saturation, and more targets give the activated T cells more to respond to, not less.' },
        ],
        right,
      ),
      explanation:
        (same
          ? `In the atlas’s model, A’s cycle-1 IL-6 peak with ${inputs.highPct} % blasts and B’s with ${inputs.lowPct} % are both ${highShown} (${ratioShown}). `
          : `In the atlas’s model, A’s cycle-1 IL-6 peak is ${highShown} with ${inputs.highPct} % blasts and B’s ${lowShown} with ${inputs.lowPct} %, ${ratioShown} as high. `) +
        `The IL-6 release of newly activated T cells grows with the CD19⁺ targets they meet in blood and marrow, steeply from MRD level to a few per cent and then towards a ceiling: ` +
        'above about half the marrow the burst hardly grows further. That is one reason for the pre-phase at high burden and for the gentle first week; in patients, cytokines also rise with dose. ' +
        ILLUSTRATIVE,
      numbers: shownNumbers({ peakHigh: [high.peakPgPerMl, highShown], peakLow: [low.peakPgPerMl, lowShown], ratio: [ratio, ratioShown] }),
      figure: explorerFigure({
        regimen: inputs.regimen,
        clinical: withBloodBlasts({ marrowBlastsPct: inputs.highPct }),
        tDays: high.peakDay,
        range: 'first-3-days',
        caption: `The PK/PD explorer with patient A, paused at the IL-6 peak (${highShown}), ${figureTime(high.peakDay)}; lower the marrow blasts to ${inputs.lowPct} % to see patient B’s ${lowShown}${inputs.lowPct < 5 ? ' (and set the blood blasts to 0, as for B)' : ''}.`,
      }),
      refs: ['atlas-model', 'label-eu', 'ribera2015', 'klinger2012'],
    };
  },
};
