// Marrow blasts at day 28 for a drawn burden (a magnitude). At high burden each T cell already kills at its top
// rate, so clearance is slower than in proportion; at low burden the same T cells clear the marrow far down.
// The telling distractor is "the same share killed as the default patient" (proportional clearance).
import { ILLUSTRATIVE, aboutPercent, distractors, explorerFigure, figureTime, magnitudeOptions, rememberLast, shownNumbers } from './kit';
import { blastsText, marrowBlastsAt, marrowDistractors, responseWords } from './marrow';
import type { ItemTemplate } from './template';

interface Inputs {
  marrowBlastsPct: number;
}

/** The model's default relapsed patient: 50 % marrow blasts. */
const DEFAULT_PCT = 50;

/** 20–95 % in steps of 1, leaving out 46–54 %: so close to the default patient the stem would give the answer away. */
const BURDENS: readonly number[] = Array.from({ length: 76 }, (_, k) => 20 + k).filter((pct) => Math.abs(pct - DEFAULT_PCT) > 4);

/** The EU product information's pre-phase threshold (marrow blasts ≥ 50 %). */
const PRE_PHASE_PCT = 50;

const runs = rememberLast((i: Inputs) => ({
  x28: marrowBlastsAt('label-rr', { marrowBlastsPct: i.marrowBlastsPct }),
  reference: marrowBlastsAt('label-rr', { marrowBlastsPct: DEFAULT_PCT }),
}));

export const burdenMarrow: ItemTemplate<Inputs> = {
  id: 'burden-marrow',
  lesson: 'serial-lysis',
  section: 'outnumbered-ratio-and-burden',
  tags: ['burden', 'serial-lysis', 'model'],
  difficulty: 3,
  title: 'Marrow blasts at day 28 for a given burden',
  ranges: 'Relapsed adult on the label schedule; marrow blasts 20–95 %, away from the default 50 % (other inputs the model’s defaults: Tregs 5 %, T cells 1000/µL).',
  draw: (rng) => ({ marrowBlastsPct: rng.pick(BURDENS) }),
  build: ({ marrowBlastsPct }, rng) => {
    const { x28, reference } = runs({ marrowBlastsPct });
    const x0 = marrowBlastsPct / 100;
    const proportional = x0 * (reference / (DEFAULT_PCT / 100));
    const shown = blastsText(x28);
    const refShown = blastsText(reference);
    return {
      stem:
        `A 52-year-old with relapsed B-ALL and ${marrowBlastsPct} % marrow blasts (Tregs 5 % of CD4⁺, blood T cells 1000/µL) starts the label schedule: 9 µg/day for a week, then 28 µg/day. ` +
        `The atlas’s teaching model leaves its default patient, with 50 % blasts, at ${refShown} on day 28. About what does it give this patient at day 28?`,
      options: magnitudeOptions(
        { value: x28, why: `Right: the model gives ${shown}, ${responseWords(x28)}.` },
        distractors(
          rng,
          [{ value: proportional, why: 'That assumes the same share is killed whatever the burden; but at high burden each T cell is already at its top rate, and at low burden the same T cells face far fewer blasts.' }],
          marrowDistractors(x28, x0),
        ),
        4,
        aboutPercent,
      ),
      explanation:
        `In the model this patient has ${shown} marrow blasts at day 28, ${responseWords(x28)}, against ${refShown} for the default patient with 50 %. ` +
        'Killing in the marrow is near zero-order at high burden: each T cell kills at its top rate and more blasts simply take longer, while at low burden killing becomes first-order and fast. ' +
        'So burden decides which side of the 5 % line a patient lands on, as in the pivotal trial, where the median patient sat near the line. ' +
        (marrowBlastsPct >= PRE_PHASE_PCT ? 'At 50 % blasts or more the EU product information asks for a dexamethasone pre-phase first; the model leaves it out. ' : '') +
        ILLUSTRATIVE,
      numbers: shownNumbers({ blastsDay28: [x28 * 100, shown], defaultPatientDay28: [reference * 100, refShown] }),
      figure: explorerFigure({
        regimen: 'label-rr',
        clinical: { marrowBlastsPct },
        tDays: 28,
        range: 'cycle-1',
        caption: `The PK/PD explorer with ${marrowBlastsPct} % marrow blasts, paused at ${figureTime(28)}, where the marrow curve ends at ${shown}; the grey curves are the default patient (50 %), ending at ${refShown}.`,
      }),
      refs: ['atlas-model', 'topp2015', 'ribera2015', 'label-eu'],
    };
  },
};
